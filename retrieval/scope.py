"""What Nightlight's sources do not cover, so that near-miss questions are declined honestly.

Many baby questions share words with the articles (feeding, sleep, crying) but ask about
something they never discuss. corpus/off_topics.yaml lists such subjects, each with questions
parents ask about it:

    - subject: "feeding amounts, formula and bottle feeding"
      questions:
        - "how many oz should a 6 week old be drinking"

They are the "skip" class of the learned answer selector (retrieval/selector.py): a message
is declined when the selector, trained on these questions against the curated questions and the
passages, calls it skip. A new article about, say, sleep takes over those questions only when
the subject is deleted from the file too: the two would compete.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from retrieval.corpus_problems import CorpusError, Problem
from retrieval.yaml_entries import compose_list, entry_fields, is_text, line_of, question_list

OFF_TOPICS_FILE = "off_topics.yaml"
_KEYS = ("subject", "questions")


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
    subjects, problems = read_off_topics(path)
    if problems:
        raise CorpusError(problems)
    return subjects


def read_off_topics(path: Path | str) -> tuple[list[OffTopic], list[Problem]]:
    """Every valid subject in the file, and every problem found."""
    path = Path(path)
    if not path.is_file():
        return [], []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(path, 0, f"cannot read: {exc}")]
    entries, problems = compose_list(path, text, "- subject: … questions: …")
    subjects: list[OffTopic] = []
    first_seen: dict[str, int] = {}

    def problem(node: yaml.Node, message: str) -> None:
        problems.append(Problem(path, line_of(node), message))

    for entry in entries:
        fields = entry_fields(entry, _KEYS, problem)
        if fields is None:
            continue
        subject = fields.get("subject")
        if not is_text(subject):
            problem(subject or entry, "'subject' must be a short description of the subject")
            continue
        questions = question_list(fields.get("questions"), entry, first_seen, problem)
        if questions is not None:
            subjects.append(OffTopic(" ".join(subject.value.split()), tuple(questions)))
    return subjects, problems
