"""Problems in the maintainers' files, each naming its file and line, and YAML errors put in
plain words.

PyYAML reports where its parser gave up, which is often the line *after* the mistake (an
unclosed '[' is noticed on the next line); `yaml_problem` names the line where the mistake is
and says what to do about it, in words a maintainer who has never read the YAML spec follows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class CorpusError(Exception):
    """One or more corpus files are invalid; `problems` lists each file:line."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(sorted(problems, key=lambda p: (str(p.path), p.line)))
        first = self.problems[0]
        self.path = first.path
        self.line = first.line
        super().__init__("\n".join(str(p) for p in self.problems))


# (what PyYAML's context or problem says, whether the mistake is at the context mark, advice).
# The context mark is where the unfinished thing began: the '[' or quote left open.
_PLAIN_WORDS: tuple[tuple[str, bool, str], ...] = (
    ("while parsing a flow sequence", True,
     "a list opened with '[' here is not closed with ']' (or its items lack commas)"),
    ("while parsing a flow mapping", True,
     "a '{' opened here is not closed with '}' (or its entries lack commas)"),
    ("while scanning a quoted scalar", True, "a quotation mark opened here is never closed"),
    ("while scanning a simple key", True, "this line needs a ':' between the field and its value"),
    ("mapping values are not allowed", False,
     "unexpected ':' — put a value that contains ': ' in quotes, or check the indentation"),
    ("found character '\\t'", False, "a tab character: indent with spaces only"),
    ("that cannot start any token", False,
     "a value cannot start with this character: put the value in quotes"),
    ("expected <block end>", False,
     "this line does not line up with the ones above: check its indentation, and that text "
     "after a closing quote is inside the quotes"),
    ("expected '<document start>'", False,
     "unexpected text: check the indentation, and that each entry starts with '- '"),
)


def yaml_problem(path: Path, error: yaml.YAMLError, text: str, first_line: int = 1) -> Problem:
    """A YAMLError in `text` in plain words, at the file line of the mistake.

    `first_line` is the file line the YAML text began on (front matter starts on line 2).
    """
    context = getattr(error, "context", None) or ""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    context_mark = getattr(error, "context_mark", None)
    problem_mark = getattr(error, "problem_mark", None)
    # Every value in these files fits on one line, so a quote left open is the mistake, even
    # when PyYAML reads on and trips lines later, where the next quote closes it.
    last = problem_mark.line if problem_mark is not None else len(text.splitlines())
    for number, line in enumerate(text.splitlines()[: last + 1]):
        if _opens_unclosed_quote(line):
            return Problem(path, number + first_line,
                           "a quotation mark opened here is not closed on the same line")
    for phrase, at_context, advice in _PLAIN_WORDS:
        if phrase in context or phrase in problem:
            mark = context_mark if at_context and context_mark is not None else problem_mark
            return Problem(path, _file_line(mark, first_line), advice)
    return Problem(path, _file_line(problem_mark, first_line), f"YAML cannot read this: {problem}")


def repeated_keys(node: yaml.Node, report: Callable[[yaml.Node, str], None]) -> None:
    """Report every mapping key given twice, anywhere under `node` (PyYAML keeps the last one
    silently, so a maintainer's first value would vanish without a word)."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                report(key, f"'{name}' is given twice (first on line {seen[name]})")
            else:
                seen[name] = key.start_mark.line + 1
            repeated_keys(value, report)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            repeated_keys(item, report)


def _opens_unclosed_quote(line: str) -> bool:
    """A value starting with a quote ("key: \"…" or "- '…") that the line never closes."""
    value = line.strip().removeprefix("- ")
    if ": " in value and not value.startswith(("'", '"')):
        value = value.split(": ", 1)[1].strip()
    value = value.removeprefix("- ").strip()
    if not value or value[0] not in "'\"":
        return False
    quote = value[0]
    rest = value[1:].replace("\\\\", "").replace(f"\\{quote}", "") if quote == '"' \
        else value[1:].replace("''", "")
    return quote not in rest


def _file_line(mark: yaml.Mark | None, first_line: int) -> int:
    # Marks count lines from 0 within the YAML text.
    return first_line if mark is None else mark.line + first_line
