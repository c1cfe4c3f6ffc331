"""Regenerate safety/examples.jsonl, the labelled bank the learned crisis net is trained on.

    .venv/bin/python bench/build_safety_examples.py

Copies the labelled crisis messages (with their category) and the ordinary ones (tricky
ordinary messages, greetings and one-word replies, retrieval-eval questions, curated search
questions, off-topic questions, the writers' training messages) into one shipped file, so the
product never reads tests/ at run time. Every line keeps the name of the set it came from
(`source`): bench/safety_net_compare.py cross-validates grouped by it, so a net is always
scored on a set written apart from the ones it learned from. Re-run and commit whenever those
sets change. Left out on purpose, as honest checks nothing is fitted on:
tests/data/crisis_holdout.jsonl, other_lang_ordinary_check.jsonl, retrieval_dev.jsonl and
retrieval_holdout.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.articles import load_corpus
from retrieval.questions import load_questions, questions_folder
from retrieval.scope import load_off_topics, off_topics_file
from safety.result import CRISIS_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = ROOT / "safety" / "examples.jsonl"
ARTICLES = ROOT / "corpus" / "articles"
ORDINARY = "ordinary"
CATEGORIES = {category.value for category in CRISIS_CATEGORIES}
# Labelled sets of messages ({"text", "category"}; no category means ordinary), in bank order.
MESSAGE_SETS = (
    "crisis_messages.jsonl",
    "ordinary_messages.jsonl",
    "crisis_indirect.jsonl",
    "ordinary_smalltalk.jsonl",
    "bank_crisis_train.jsonl",
    "bank_ordinary_train.jsonl",
    "bank8_crisis_train.jsonl",
    "bank8_ordinary_train.jsonl",
    "bank9_es_fr_crisis_train.jsonl",
    "bank9_es_fr_ordinary_train.jsonl",
    "bank10_crisis_train.jsonl",
    "bank10_ordinary_train.jsonl",
    # Spent blind sets (8-10, and 11-28 below): each was run once for its report, then became
    # training data.
    "blind8_crisis.jsonl",
    "blind8_ordinary.jsonl",
    "blind8_parent_questions.jsonl",
    "blind9_crisis.jsonl",
    "blind9_ordinary.jsonl",
    "blind9_parent_questions.jsonl",
    "blind10_crisis.jsonl",
    "blind10_ordinary.jsonl",
    "blind10_parent_questions.jsonl",
    "bank12_en_crisis_train.jsonl",
    "bank12_en_ordinary_train.jsonl",
    "bank12_es_fr_crisis_train.jsonl",
    "bank12_es_fr_ordinary_train.jsonl",
    "bank12_smalltalk_train.jsonl",
    "blind11_crisis.jsonl",
    "blind11_ordinary.jsonl",
    "blind11_parent_questions.jsonl",
    "blind12_crisis.jsonl",
    "blind12_ordinary.jsonl",
    "blind12_parent_questions.jsonl",
    "blind13_crisis.jsonl",
    "blind13_ordinary.jsonl",
    "blind13_parent_questions.jsonl",
    "bank14_en_crisis_train.jsonl",
    "bank14_en_ordinary_train.jsonl",
    "bank14_other_lang_crisis_train.jsonl",
    "bank14_other_lang_ordinary_train.jsonl",
    "blind14_crisis.jsonl",
    "blind14_ordinary.jsonl",
    "blind14_parent_questions.jsonl",
    "blind15_crisis.jsonl",
    "blind15_ordinary.jsonl",
    "blind15_parent_questions.jsonl",
    "blind16_crisis.jsonl",
    "blind16_ordinary.jsonl",
    "blind16_parent_questions.jsonl",
    "blind17_crisis.jsonl",
    "blind17_ordinary.jsonl",
    "blind17_parent_questions.jsonl",
    "blind18_crisis.jsonl",
    "blind18_ordinary.jsonl",
    "blind18_parent_questions.jsonl",
    "bank18_en_crisis_train.jsonl",
    "bank18_en_ordinary_train.jsonl",
    "bank18_signoffs_train.jsonl",
    "blind19_crisis.jsonl",
    "blind19_ordinary.jsonl",
    "blind19_parent_questions.jsonl",
    "bank20_en_crisis_train.jsonl",
    "bank20_en_ordinary_train.jsonl",
    "bank20_es_fr_crisis_train.jsonl",
    "bank20_es_fr_ordinary_train.jsonl",
    "blind20_crisis.jsonl",
    "blind20_ordinary.jsonl",
    "blind20_parent_questions.jsonl",
    "blind21_crisis.jsonl",
    "blind21_ordinary.jsonl",
    "blind21_parent_questions.jsonl",
    "bank22_en_crisis_train.jsonl",
    "bank22_en_ordinary_train.jsonl",
    "bank22_es_fr_crisis_train.jsonl",
    "bank22_es_fr_ordinary_train.jsonl",
    "bank22_short_replies_train.jsonl",
    "bank24_en_crisis_train.jsonl",
    "bank24_en_ordinary_train.jsonl",
    "bank24_es_fr_crisis_train.jsonl",
    "bank24_es_fr_ordinary_train.jsonl",
    "blind24_crisis.jsonl",
    "blind24_ordinary.jsonl",
    "blind24_parent_questions.jsonl",
    "blind25_crisis.jsonl",
    "blind25_ordinary.jsonl",
    "blind25_parent_questions.jsonl",
    "blind26_crisis.jsonl",
    "blind26_ordinary.jsonl",
    "blind26_parent_questions.jsonl",
    "bank30_en_crisis_train.jsonl",
    "bank30_en_ordinary_train.jsonl",
    "bank30_signoffs_train.jsonl",
    "bank31_other_lang_ordinary_train.jsonl",
    "blind27_crisis.jsonl",
    "blind27_ordinary.jsonl",
    "blind27_parent_questions.jsonl",
    "blind28_crisis.jsonl",
    "blind28_ordinary.jsonl",
    "blind28_parent_questions.jsonl",
    "blind29_crisis.jsonl",
    "blind29_ordinary.jsonl",
    "blind29_parent_questions.jsonl",
    "blind30_crisis.jsonl",
    "blind30_ordinary.jsonl",
    "blind30_parent_questions.jsonl",
    "blind31_crisis.jsonl",
    "blind31_ordinary.jsonl",
    "blind31_parent_questions.jsonl",
    "blind32_crisis.jsonl",
    "blind32_ordinary.jsonl",
    "blind32_parent_questions.jsonl",
    "blind33_crisis.jsonl",
    "blind33_ordinary.jsonl",
    "blind33_parent_questions.jsonl",
    "blind34_crisis.jsonl",
    "blind34_ordinary.jsonl",
    "blind34_parent_questions.jsonl",
    "blind35_crisis.jsonl",
    "blind35_ordinary.jsonl",
    "blind35_parent_questions.jsonl",
    "bank35_meta_train.jsonl",
)


def _rows(name: str) -> list[dict]:
    path = DATA / name
    if not path.is_file():
        return []
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            # A writer's own name for a category ("self_harm") would reach the net as a label
            # it cannot serve, and only fail at index build: stop here, naming the line.
            if row.get("category") and row["category"] not in CATEGORIES:
                raise SystemExit(f"{path.relative_to(ROOT)}:{number}: unknown category "
                                 f"{row['category']!r} (one of {sorted(CATEGORIES)}, or null)")
            rows.append(row)
    return rows


def labelled_examples() -> list[tuple[str, str, str]]:
    """(text, label, source) triples; label is a crisis category or "ordinary"; the first
    occurrence of a text wins."""
    triples = []
    for name in MESSAGE_SETS:
        triples += [(row["text"], row.get("category") or ORDINARY, name) for row in _rows(name)]
    eval_set = "retrieval_eval.jsonl"
    triples += [(row["q"], ORDINARY, eval_set) for row in _rows(eval_set)]
    curated = load_questions(questions_folder(ARTICLES), load_corpus(ARTICLES))
    triples += [(question.question, ORDINARY, "corpus/questions") for question in curated]
    # Parents' questions on subjects the articles skip: ordinary, and many sound medical.
    for topic in load_off_topics(off_topics_file(ARTICLES)):
        triples += [(question, ORDINARY, "corpus/off_topics.yaml") for question in topic.questions]
    seen: set[str] = set()
    unique = []
    for text, label, source in triples:
        if text not in seen:
            seen.add(text)
            unique.append((text, label, source))
    return unique


def main() -> None:
    examples = labelled_examples()
    with open(OUT, "w", encoding="utf-8") as handle:
        for text, label, source in examples:
            row = {"text": text, "label": label, "source": source}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(examples)} examples to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
