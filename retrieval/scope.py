"""What Nightlight's sources do not cover, so that near-miss questions are declined honestly.

Many baby questions share words with the articles (feeding, sleep, crying) but ask about
something they never discuss. corpus/off_topics.yaml lists such subjects, each with questions
parents ask about it:

    - subject: "feeding amounts, formula and bottle feeding"
      questions:
        - "how many oz should a 6 week old be drinking"

A message is declined when it is closer to one of these than to anything the sources hold: a
relative test, question against question, that needs no per-question threshold. A new article
about, say, sleep takes over those questions by matching them better, but delete the subject
from the file too: the two would compete.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from retrieval.articles import CorpusError, Problem

OFF_TOPICS_FILE = "off_topics.yaml"
_KEYS = frozenset({"subject", "questions"})


@dataclass(frozen=True)
class OffTopic:
    """One subject the sources skip, with parents' questions about it."""

    subject: str
    questions: tuple[str, ...]

    @property
    def texts(self) -> tuple[str, ...]:
        """Everything embedded for this subject: its description and its questions."""
        return (self.subject, *self.questions)


def off_topics_file(articles_dir: Path | str) -> Path:
    """Where the off-topic subjects for the articles in `articles_dir` live (corpus/)."""
    return Path(articles_dir).resolve().parent / OFF_TOPICS_FILE


def load_off_topics(path: Path | str) -> list[OffTopic]:
    """Every subject in the file; all problems raised at once, each with its line.

    A missing file means no subject is declined by resemblance.
    """
    path = Path(path)
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError([Problem(path, 0, f"cannot read: {exc}")]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = mark.line + 1 if mark is not None else 1
        raise CorpusError([Problem(path, line, f"bad YAML: {reason}")]) from exc
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise CorpusError([Problem(path, _line(root),
                                   "expected a list of '- subject: … questions: …'")])

    subjects: list[OffTopic] = []
    problems: list[Problem] = []
    first_seen: dict[str, int] = {}

    def problem(node: yaml.Node, message: str) -> None:
        problems.append(Problem(path, _line(node), message))

    for entry in root.value:
        if not isinstance(entry, yaml.MappingNode):
            problem(entry, "each entry must be a mapping with 'subject' and 'questions'")
            continue
        fields = {key.value: value for key, value in entry.value}
        for key, _ in entry.value:
            if key.value not in _KEYS:
                problem(key, f"unknown key '{key.value}' (expected 'subject' and 'questions')")
        subject, questions = fields.get("subject"), fields.get("questions")
        if not _is_text(subject):
            problem(subject or entry, "'subject' must be a short description of the subject")
            continue
        if not isinstance(questions, yaml.SequenceNode) or not questions.value:
            problem(questions or entry, "'questions' must be a non-empty list of questions")
            continue
        kept = []
        for node in questions.value:
            if not _is_text(node):
                problem(node, "a question must be non-empty text")
                continue
            question = " ".join(node.value.split())
            if question.lower() in first_seen:
                problem(node, f"question repeated (first on line {first_seen[question.lower()]})")
                continue
            first_seen[question.lower()] = _line(node)
            kept.append(question)
        subjects.append(OffTopic(" ".join(subject.value.split()), tuple(kept)))
    if problems:
        raise CorpusError(problems)
    return subjects


def _is_text(node: yaml.Node | None) -> bool:
    return (isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null"
            and bool(node.value.strip()))


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1
