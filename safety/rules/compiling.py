"""How a rule's pattern is turned into the regex the matcher compiles."""

import re

_PLAIN_GROUP = re.compile(r"(?<!\\)\((?!\?)")


def prepare(pattern: str) -> str:
    """Make plain groups non-capturing, and end every "not followed by" list on a word
    boundary (so "(?! (a|on))" does not also rule out "and")."""
    return _PLAIN_GROUP.sub("(?:", _whole_words_in_lookaheads(pattern))


def _whole_words_in_lookaheads(pattern: str) -> str:
    out, i = [], 0
    while (start := pattern.find("(?!", i)) >= 0:
        end = _closing_paren(pattern, start)
        out.append(pattern[i:start] + "(?!(?:" + pattern[start + 3:end] + r")\b)")
        i = end + 1
    return "".join(out) + pattern[i:]


def _closing_paren(pattern: str, open_at: int) -> int:
    depth, escaped = 0, False
    for index in range(open_at, len(pattern)):
        char = pattern[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unbalanced pattern")
