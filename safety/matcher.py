"""Runs many phrase rules over a normalised message quickly, by indexing them on their first word.

One big alternation makes the regex engine try every rule at every character. Instead, each
rule is split into its top-level alternatives, and each alternative is filed under the words it
can start with (worked out from the regex itself); a message then only tries the alternatives
filed under its own words, and only at the start of those words. An alternative whose first
word cannot be worked out is simply searched everywhere, so the index changes speed, never
results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the stdlib regex parser; the module moved in 3.11
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_MAX_FIRST_WORDS = 400


@dataclass(frozen=True)
class Rule:
    rule_id: str
    rank: int  # lower wins when several rules match one message
    pattern: re.Pattern[str]


class _Unknown(Exception):
    """The first word of an alternative cannot be listed."""


def _first_words(parsed: object) -> set[str]:
    """Every word a parsed pattern can start with (text up to the first space)."""
    results: set[str] = set()
    _walk(list(parsed), 0, "", results)  # type: ignore[call-overload]
    if not results or "" in results:
        raise _Unknown
    return results


def _walk(items: list, index: int, prefix: str, results: set[str]) -> None:
    if len(results) > _MAX_FIRST_WORDS:
        raise _Unknown
    if index == len(items):
        results.add(prefix)  # the pattern ended inside its first word
        return
    op, arg = items[index]
    rest = items[index + 1:]
    if op is _sre_constants.AT or op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
        _walk(items, index + 1, prefix, results)  # zero-width: skip
    elif op is _sre_constants.LITERAL:
        char = chr(arg)
        if char == " ":
            results.add(prefix)
        else:
            _walk(items, index + 1, prefix + char, results)
    elif op is _sre_constants.SUBPATTERN:
        _walk(list(arg[-1]) + rest, 0, prefix, results)
    elif op is _sre_constants.BRANCH:
        for alternative in arg[1]:
            _walk(list(alternative) + rest, 0, prefix, results)
    elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
        low, high, body = arg
        body = list(body)
        if body and body[0] == (_sre_constants.LITERAL, ord(" ")):
            results.add(prefix)  # each repetition starts a new word: the first one ends here
        elif high == 1 and low in (0, 1):
            _walk(body + rest, 0, prefix, results)
        else:
            raise _Unknown
        if low == 0:
            _walk(rest, 0, prefix, results)
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


class RuleSet:
    """Rules for one category; `first_match` gives the best-ranked rule id that matches."""

    def __init__(self, rules: list[tuple[str, str]]) -> None:
        self._by_first_word: dict[str, list[Rule]] = {}
        self._anywhere: list[Rule] = []
        for rank, (rule_id, pattern) in enumerate(rules):
            for alternative in _top_level_alternatives(pattern):
                rule = Rule(rule_id, rank, re.compile(alternative))
                try:
                    words = _first_words(_sre_parse.parse(alternative))
                except _Unknown:
                    self._anywhere.append(rule)
                    continue
                for word in words:
                    self._by_first_word.setdefault(word, []).append(rule)

    def first_match(self, text: str) -> str | None:
        best: Rule | None = None
        for rule in self._anywhere:
            if (best is None or rule.rank < best.rank) and rule.pattern.search(text):
                best = rule
        position = 0
        for word in text.split(" "):
            for rule in self._by_first_word.get(word, ()):
                if (best is None or rule.rank < best.rank) and rule.pattern.match(text, position):
                    best = rule
            position += len(word) + 1
        return best.rule_id if best else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where any rule matches, for blanking out; overlapping spans are fine."""
        found = [m.span() for rule in self._anywhere for m in rule.pattern.finditer(text)]
        position = 0
        for word in text.split(" "):
            for rule in self._by_first_word.get(word, ()):
                match = rule.pattern.match(text, position)
                if match:
                    found.append(match.span())
            position += len(word) + 1
        return found

    @property
    def unindexed(self) -> int:
        """How many alternatives are searched everywhere (for the benchmark printout)."""
        return len(self._anywhere)
