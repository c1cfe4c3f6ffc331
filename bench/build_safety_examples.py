"""Regenerate safety/examples.jsonl, the labelled bank the embedding second net compares against.

    .venv/bin/python bench/build_safety_examples.py

Copies the labelled crisis messages (with their category) and the ordinary ones (tricky
ordinary messages, retrieval-eval questions, curated search questions, off-topic questions)
into one shipped file, so the product never reads tests/ at run time. Re-run and commit
whenever those sets change; the held-out crisis set is left out on purpose so it stays an honest
check.
"""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.articles import load_corpus
from retrieval.questions import load_questions, questions_folder
from retrieval.scope import load_off_topics, off_topics_file

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = ROOT / "safety" / "examples.jsonl"
ARTICLES = ROOT / "corpus" / "articles"
ORDINARY = "ordinary"


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def labelled_examples() -> list[tuple[str, str]]:
    """(text, label) pairs; label is a crisis category or "ordinary"; duplicates dropped."""
    pairs = [(row["text"], row["category"]) for row in _rows("crisis_messages.jsonl")]
    pairs += [(row["text"], ORDINARY) for row in _rows("ordinary_messages.jsonl")]
    pairs += [(row["text"], row["category"] or ORDINARY) for row in _rows("crisis_indirect.jsonl")]
    pairs += [(row["q"], ORDINARY) for row in _rows("retrieval_eval.jsonl")]
    curated = load_questions(questions_folder(ARTICLES), load_corpus(ARTICLES))
    pairs += [(question.question, ORDINARY) for question in curated]
    # Parents' questions on subjects the articles skip: ordinary, and many sound medical.
    for topic in load_off_topics(off_topics_file(ARTICLES)):
        pairs += [(question, ORDINARY) for question in topic.questions]
    seen: set[str] = set()
    unique = []
    for text, label in pairs:
        if text not in seen:
            seen.add(text)
            unique.append((text, label))
    return unique


def main() -> None:
    examples = labelled_examples()
    with open(OUT, "w", encoding="utf-8") as handle:
        for text, label in examples:
            handle.write(json.dumps({"text": text, "label": label}, ensure_ascii=False) + "\n")
    print(f"wrote {len(examples)} examples to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
