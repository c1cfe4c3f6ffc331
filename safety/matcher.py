"""Runs many phrase rules over a normalised message quickly, by indexing them on their first words.

One big alternation makes the regex engine try every rule at every character. Instead, each
rule is split into its top-level alternatives, and each alternative is filed under the words it
can start with (worked out from the regex itself); a message then only tries the alternatives
filed under its own words, and only at the start of those words. Where the regex also fixes its
second word, the alternative is filed under the pair ("the voices"), so a common first word
("the", "i", "he") does not make every rule that starts with it run at every "the". An
alternative whose first word cannot be worked out is simply searched everywhere, so the index
changes speed, never results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

try:  # the stdlib regex parser and compiler; the modules moved in 3.11
    from re import _compiler as _sre_compile
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Past this many first words (or word pairs), an alternative is filed less finely.
_MAX_STARTS = {1: 400, 2: 2000}


@dataclass(frozen=True)
class Rule:
    rule_id: str
    rank: int  # lower wins when several rules match one message
    pattern: re.Pattern[str]


class _Unknown(Exception):
    """The first word of an alternative cannot be listed."""


class _TooMany(Exception):
    """An alternative can start in too many ways to list."""


_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT)
_SPACE = (_sre_constants.LITERAL, ord(" "))


def _start_keys(parsed: object, depth: int) -> set[tuple[str, ...]]:
    """The first `depth` words (1 or 2) a parsed pattern can start with, as ("the", "voices");
    a start whose second word cannot be listed gives its first word alone, ("the",). Raises
    _Unknown when a first word cannot be listed and _TooMany when there are too many starts."""
    results: set[tuple[str, ...]] = set()
    _walk(list(parsed), 0, (), "", results, depth)  # type: ignore[call-overload]
    if not results or any(not key[0] for key in results):
        raise _Unknown
    return results


def _walk(items: list, index: int, words: tuple[str, ...], prefix: str,
          results: set[tuple[str, ...]], depth: int) -> None:
    # `words` holds the words a space has already ended; `prefix` is the word being read.
    if len(results) > _MAX_STARTS[depth]:
        raise _TooMany
    if index == len(items):
        results.add(words or (prefix,))  # a second word cut short here is not a whole word
        return
    op, arg = items[index]
    rest = items[index + 1:]
    space_first = op in _REPEATS and list(arg[2])[:1] == [_SPACE]
    if words and op is _sre_constants.AT and prefix and arg in (
            _sre_constants.AT_BOUNDARY, _sre_constants.AT_END):
        results.add(words + (prefix,))  # normalised text: after a letter, \b or $ ends the word
    elif op is _sre_constants.AT or op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
        _walk(items, index + 1, words, prefix, results, depth)  # zero-width: skip
    elif (op, arg) == _SPACE:
        if len(words) + 1 == depth:
            results.add(words + (prefix,) if prefix or not words else words)
        else:
            _walk(items, index + 1, (prefix,), "", results, depth)
    elif op is _sre_constants.LITERAL:
        _walk(items, index + 1, words, prefix + chr(arg), results, depth)
    elif op is _sre_constants.SUBPATTERN:
        _walk(list(arg[-1]) + rest, 0, words, prefix, results, depth)
    elif op is _sre_constants.BRANCH:
        for alternative in arg[1]:
            _walk(list(alternative) + rest, 0, words, prefix, results, depth)
    elif op in _REPEATS and arg[1] == 1 and arg[0] in (0, 1) and not space_first:
        _walk(list(arg[2]) + rest, 0, words, prefix, results, depth)
        if arg[0] == 0:
            _walk(rest, 0, words, prefix, results, depth)
    elif words:
        results.add(words)  # the second word cannot be listed: the first alone
    elif space_first:
        results.add((prefix,))  # each repetition starts a new word: the first one ends here
        if arg[0] == 0:
            _walk(rest, 0, words, prefix, results, depth)
    else:
        raise _Unknown


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a pattern on the "|" that are not inside a group or a character class."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


@lru_cache(maxsize=8)
def _word_starts(text: str) -> tuple[tuple[int, str, str | None], ...]:
    """(position, word, "word next") for each word of a normalised text (single spaces). Cached:
    every category's rule set reads the same message in turn."""
    words = text.split(" ")
    starts, position = [], 0
    for i, word in enumerate(words):
        starts.append((position, word, word + " " + words[i + 1] if i + 1 < len(words) else None))
        position += len(word) + 1
    return tuple(starts)


def _keys(parsed: object, pairs: bool) -> set[tuple[str, ...]] | None:
    """What to file an alternative under: word pairs where listed, else first words; None if
    not even its first word can be listed (it is searched everywhere)."""
    for depth in (2, 1) if pairs else (1,):
        try:
            return _start_keys(parsed, depth)
        except _TooMany:
            continue
        except _Unknown:
            return None
    return None


class RuleSet:
    """Rules for one category; `first_match` gives the best-ranked rule id that matches."""

    def __init__(self, rules: list[tuple[str, str]], pairs: bool = True) -> None:
        # pairs=False files every alternative by its first word only (the reference the tests
        # compare the pair index against).
        self._by_first_word: dict[str, list[Rule]] = {}
        self._by_word_pair: dict[str, list[Rule]] = {}  # "first second"
        self._anywhere: list[Rule] = []
        for rank, (rule_id, pattern) in enumerate(rules):
            for alternative in _top_level_alternatives(pattern):
                parsed = _sre_parse.parse(alternative)
                keys = _keys(parsed, pairs)
                # Compiled from the tree just parsed (as re.Scanner does): parsing once, not twice,
                # keeps importing the safety layer fast.
                rule = Rule(rule_id, rank, _sre_compile.compile(parsed))
                if keys is None:
                    self._anywhere.append(rule)
                for key in keys or ():
                    index = self._by_word_pair if len(key) == 2 else self._by_first_word
                    index.setdefault(" ".join(key), []).append(rule)

    def first_match(self, text: str) -> str | None:
        best: Rule | None = None
        for rule in self._anywhere:
            if (best is None or rule.rank < best.rank) and rule.pattern.search(text):
                best = rule
        for position, candidates in self._candidates(text):
            for rule in candidates:
                if (best is None or rule.rank < best.rank) and rule.pattern.match(text, position):
                    best = rule
        return best.rule_id if best else None

    def _candidates(self, text: str):
        """(position, rules filed under the words starting there) for each word of `text`."""
        by_word, by_pair = self._by_first_word, self._by_word_pair
        for position, word, pair in _word_starts(text):
            single = by_word.get(word)
            if single:
                yield position, single
            if pair:
                paired = by_pair.get(pair)
                if paired:
                    yield position, paired

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where any rule matches, for blanking out; overlapping spans are fine."""
        found = [m.span() for rule in self._anywhere for m in rule.pattern.finditer(text)]
        for position, candidates in self._candidates(text):
            for rule in candidates:
                match = rule.pattern.match(text, position)
                if match:
                    found.append(match.span())
        return found

    @property
    def unindexed(self) -> int:
        """How many alternatives are searched everywhere (for the benchmark printout)."""
        return len(self._anywhere)
