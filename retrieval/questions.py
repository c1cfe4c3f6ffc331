"""Maintainer-curated search questions: extra search keys that point at one passage each.

corpus/questions/<article id>.yaml (optional per article) lists anchors and questions:

    - anchor: "around a third of mums in the UK"   # verbatim phrase in exactly one passage
      questions:
        - "is it normal not to feel anything for my baby"

Each question is embedded as a view of the passage its anchor falls in, so that a parent's
wording ("I don't feel anything") can find a passage written in other words ("a third of mums
don't feel an instant bond"). Anchors, not passage numbers, so that re-chunking cannot silently
attach a question to another passage: an anchor that no longer resolves is an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from retrieval.articles import Article, CorpusError, Problem
from retrieval.chunking import Passage, chunk_article, match_key

QUESTIONS_SUFFIX = ".yaml"
# Sibling of the articles folder: corpus/articles → corpus/questions.
QUESTIONS_FOLDER = "questions"
# Stored as the "window size" of a question's view in the index (windows are 1–3 sentences).
QUESTION_VIEW = 0
_KEYS = frozenset({"anchor", "questions"})


@dataclass(frozen=True)
class SearchQuestion:
    """One curated question and the passage it is a search key for."""

    article_id: str
    position: int  # the passage's position within its article
    question: str


def questions_folder(articles_dir: Path | str) -> Path:
    """Where the questions for the articles in `articles_dir` live."""
    return Path(articles_dir).resolve().parent / QUESTIONS_FOLDER


def question_files(folder: Path | str) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"*{QUESTIONS_SUFFIX}") if p.is_file())


def load_questions(folder: Path | str, articles: Iterable[Article]) -> list[SearchQuestion]:
    """Every question in `folder`, resolved to its passage; all problems raised at once.

    A missing folder or a missing file for an article is fine: questions are optional.
    """
    passages_by_article = {article.id: chunk_article(article) for article in articles}
    questions: list[SearchQuestion] = []
    problems: list[Problem] = []
    for path in question_files(folder):
        found, file_problems = _parse(path, passages_by_article)
        questions.extend(found)
        problems.extend(file_problems)
    if problems:
        raise CorpusError(problems)
    return questions


def _parse(
    path: Path, passages_by_article: dict[str, list[Passage]]
) -> tuple[list[SearchQuestion], list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(path, 0, f"cannot read: {exc}")]
    passages = passages_by_article.get(path.stem)
    if passages is None:
        known = ", ".join(sorted(passages_by_article))
        return [], [Problem(path, 1, f"no article with id '{path.stem}' (known: {known})")]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return [], [Problem(path, line, f"bad YAML: {reason}")]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [Problem(path, _line(root), "expected a list of '- anchor: … questions: …'")]

    keys = [match_key(passage.text) for passage in passages]
    questions: list[SearchQuestion] = []
    problems: list[Problem] = []
    first_seen: dict[str, int] = {}

    def problem(node: yaml.Node, message: str) -> None:
        problems.append(Problem(path, _line(node), message))

    for entry in root.value:
        if not isinstance(entry, yaml.MappingNode):
            problem(entry, "each entry must be a mapping with 'anchor' and 'questions'")
            continue
        fields = {key.value: value for key, value in entry.value}
        for key, _ in entry.value:
            if key.value not in _KEYS:
                problem(key, f"unknown key '{key.value}' (expected 'anchor' and 'questions')")
        anchor_node, questions_node = fields.get("anchor"), fields.get("questions")
        if anchor_node is None or questions_node is None:
            missing = "anchor" if anchor_node is None else "questions"
            problem(entry, f"entry has no '{missing}'")
            continue
        position = _resolve_anchor(anchor_node, keys, problem)
        if not isinstance(questions_node, yaml.SequenceNode) or not questions_node.value:
            problem(questions_node, "'questions' must be a non-empty list of questions")
            continue
        for node in questions_node.value:
            if not _is_text(node):
                problem(node, "a question must be non-empty text")
                continue
            question = " ".join(node.value.split())
            seen_key = question.lower()
            if seen_key in first_seen:
                problem(node, f"question repeated (first on line {first_seen[seen_key]})")
                continue
            first_seen[seen_key] = _line(node)
            if position is not None:
                questions.append(SearchQuestion(path.stem, position, question))
    return questions, problems


def _resolve_anchor(
    node: yaml.Node, keys: list[str], problem: Callable[[yaml.Node, str], None]
) -> int | None:
    """The position of the one passage containing the anchor, or None (problem reported)."""
    if not _is_text(node):
        problem(node, "'anchor' must be a non-empty verbatim phrase from the article")
        return None
    anchor = match_key(node.value)
    containing = [position for position, key in enumerate(keys) if anchor in key]
    if not containing:
        problem(node, f"anchor {node.value!r} is not in any passage of this article")
        return None
    if len(containing) > 1:
        where = ", ".join(str(position) for position in containing)
        problem(node, f"anchor {node.value!r} is in {len(containing)} passages ({where}); "
                      "lengthen it so it names one")
        return None
    return containing[0]


def _is_text(node: yaml.Node) -> bool:
    return (isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null"
            and bool(node.value.strip()))


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1
