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

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from retrieval.articles import Article
from retrieval.chunking import Passage, chunk_article, match_key
from retrieval.corpus_problems import CorpusError, Problem
from retrieval.yaml_entries import (
    Report,
    compose_list,
    entry_fields,
    is_text,
    line_of,
    question_list,
)

QUESTIONS_SUFFIX = ".yaml"
# Sibling of the articles folder: corpus/articles → corpus/questions.
QUESTIONS_FOLDER = "questions"
# Stored as the "window size" of a question's view in the index (windows are 1–3 sentences).
QUESTION_VIEW = 0
_KEYS = ("anchor", "questions")


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
    questions, problems = read_questions(folder, articles)
    if problems:
        raise CorpusError(problems)
    return questions


def read_questions(
    folder: Path | str, articles: Iterable[Article], unchecked: Iterable[str] = ()
) -> tuple[list[SearchQuestion], list[Problem]]:
    """Every question in `folder` and every problem found.

    `unchecked` names articles that exist but failed validation: their question files are still
    checked, all but the anchors, which need the article's passages.
    """
    passages_by_article = {article.id: chunk_article(article) for article in articles}
    unchecked = frozenset(unchecked)
    questions: list[SearchQuestion] = []
    problems: list[Problem] = []
    for path in question_files(folder):
        found, file_problems = _parse(path, passages_by_article, unchecked)
        questions.extend(found)
        problems.extend(file_problems)
    return questions, problems


def _parse(
    path: Path, passages_by_article: dict[str, list[Passage]], unchecked: frozenset[str]
) -> tuple[list[SearchQuestion], list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(path, 0, f"cannot read: {exc}")]
    passages = passages_by_article.get(path.stem)
    if passages is None and path.stem not in unchecked:
        known = ", ".join(sorted({*passages_by_article, *unchecked}))
        return [], [Problem(path, 1, f"no article with id '{path.stem}' (known: {known})")]
    entries, problems = compose_list(path, text, "- anchor: … questions: …")
    keys = None if passages is None else [match_key(passage.text) for passage in passages]
    questions: list[SearchQuestion] = []
    first_seen: dict[str, int] = {}

    def problem(node: yaml.Node, message: str) -> None:
        problems.append(Problem(path, line_of(node), message))

    for entry in entries:
        fields = entry_fields(entry, _KEYS, problem)
        if fields is None:
            continue
        anchor_node, questions_node = fields.get("anchor"), fields.get("questions")
        if anchor_node is None or questions_node is None:
            missing = "anchor" if anchor_node is None else "questions"
            problem(entry, f"entry has no '{missing}'")
            continue
        position = _resolve_anchor(anchor_node, keys, problem)
        found = question_list(questions_node, entry, first_seen, problem)
        if position is not None and found:
            questions += [SearchQuestion(path.stem, position, question) for question in found]
    return questions, problems


def _resolve_anchor(node: yaml.Node, keys: list[str] | None, problem: Report) -> int | None:
    """The position of the one passage containing the anchor, or None (problem reported, unless
    the article's passages are unknown: `keys` None)."""
    if not is_text(node):
        problem(node, "'anchor' must be a non-empty verbatim phrase from the article")
        return None
    if keys is None:
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
