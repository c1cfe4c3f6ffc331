"""The maintainers' YAML lists (curated questions, off-topic subjects), read node by node so that
every problem names its file and line.

Both files are a list of mappings with two keys, one of them a list of parents' questions; the
checks they share live here, the checks of their own stay with them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

from retrieval.corpus_problems import Problem, repeated_keys, yaml_problem

# How a loader reports a problem at a node: (node, message).
Report = Callable[[yaml.Node, str], None]


def compose_list(path: Path, text: str, shape: str) -> tuple[list[yaml.Node], list[Problem]]:
    """The entries of the YAML list in `text` (none for an empty file), or the problem.

    `shape` shows what an entry looks like, for the message when the file is not a list.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        return [], [yaml_problem(path, exc, text)]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [Problem(path, line_of(root), f"expected a list of '{shape}'")]
    problems: list[Problem] = []
    repeated_keys(root, lambda node, message: problems.append(
        Problem(path, line_of(node), message)))
    return root.value, problems


def entry_fields(entry: yaml.Node, keys: tuple[str, str], report: Report) -> dict | None:
    """key → value node of one list entry; unknown keys reported; None when not a mapping."""
    expected = f"'{keys[0]}' and '{keys[1]}'"
    if not isinstance(entry, yaml.MappingNode):
        report(entry, f"each entry must be a mapping with {expected}")
        return None
    for key, _ in entry.value:
        if key.value not in keys:
            report(key, f"unknown key '{key.value}' (expected {expected})")
    return {key.value: value for key, value in entry.value}


def question_list(
    node: yaml.Node | None, entry: yaml.Node, first_seen: dict[str, int], report: Report
) -> list[str] | None:
    """The entry's questions, whitespace tidied; bad and repeated ones reported and left out.

    `first_seen` maps each question (lower case) to its line, across the whole file. None when
    `node` is not a non-empty list.
    """
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        report(node or entry, "'questions' must be a non-empty list of questions")
        return None
    questions = []
    for item in node.value:
        if not is_text(item):
            report(item, "a question must be non-empty text")
            continue
        question = " ".join(item.value.split())
        if question.lower() in first_seen:
            report(item, f"question repeated (first on line {first_seen[question.lower()]})")
            continue
        first_seen[question.lower()] = line_of(item)
        questions.append(question)
    return questions


def is_text(node: yaml.Node | None) -> bool:
    return (isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null"
            and bool(node.value.strip()))


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1
