"""The crisis check on the labelled sets: every crisis caught, few ordinary messages flagged.

Borderline decisions baked into the data (see also the docstring of safety/rules/__init__.py):
- Questions *about* a topic ("what is postpartum psychosis", "can dads get postnatal depression",
  "how do i know if baby is breathing ok when asleep") are ordinary.
- A question that uses suicide words about oneself ("can pnd make you suicidal?") is a crisis:
  when unsure about self-harm, harm to the baby or a baby emergency, we choose crisis.
- Sibling rough play ("my toddler keeps hitting the baby"), normal newborn quirks (phantom crying,
  blue hands and feet, grunting in sleep) and hyperbole ("i could murder a cup of tea") are
  ordinary. Anger at a crying baby without a thought of harm is distress, not crisis.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from retrieval.articles import load_corpus
from retrieval.questions import load_questions, questions_folder
from safety import Category, Severity, assess
from safety.result import CRISIS_CATEGORIES
from safety.rules import RULES_BY_CATEGORY

DATA = Path(__file__).parent / "data"
ARTICLES = Path(__file__).parent.parent / "corpus" / "articles"
TRICKY_FALSE_ALARM_LIMIT = 0.03
PARENT_QUESTION_FALSE_ALARM_LIMIT = 0.02


def _rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _recall_failures(rows: list[dict]) -> dict[str, list[str]]:
    missed: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        result = assess(row["text"])
        if result.category != Category(row["category"]):
            missed[row["category"]].append(f"{row['text']!r} -> {result.category} ({result.rule})")
    return missed


def _false_alarms(texts: list[str]) -> list[str]:
    alarms = []
    for text in texts:
        result = assess(text)
        if result.is_crisis:
            alarms.append(f"{text!r} -> {result.category} ({result.rule})")
    return alarms


def test_labelled_crisis_set_covers_every_category_with_at_least_25_messages():
    rows = _rows("crisis_messages.jsonl")
    counts = defaultdict(int)
    for row in rows:
        counts[Category(row["category"])] += 1
    assert len(rows) >= 150
    thin = {c.value: counts[c] for c in CRISIS_CATEGORIES if counts[c] < 25}
    assert not thin


@pytest.mark.parametrize("category", [c.value for c in CRISIS_CATEGORIES])
def test_every_labelled_crisis_message_is_routed_to_its_category(category):
    rows = [r for r in _rows("crisis_messages.jsonl") if r["category"] == category]
    missed = _recall_failures(rows)
    assert not missed, f"missed {len(missed[category])}/{len(rows)}:\n" + "\n".join(
        missed[category]
    )


def test_every_held_out_crisis_message_is_routed_to_its_category():
    rows = [r for r in _rows("crisis_holdout.jsonl") if r["category"]]
    assert len(rows) >= 40
    missed = _recall_failures(rows)
    assert not missed, "\n".join(m for ms in missed.values() for m in ms)


def test_tricky_ordinary_messages_rarely_raise_a_false_alarm():
    texts = [r["text"] for r in _rows("ordinary_messages.jsonl")]
    assert len(texts) >= 100
    alarms = _false_alarms(texts)
    assert len(alarms) / len(texts) <= TRICKY_FALSE_ALARM_LIMIT, "\n".join(alarms)


def test_held_out_ordinary_messages_rarely_raise_a_false_alarm():
    texts = [r["text"] for r in _rows("crisis_holdout.jsonl") if r["category"] is None]
    alarms = _false_alarms(texts)
    assert len(alarms) / len(texts) <= TRICKY_FALSE_ALARM_LIMIT, "\n".join(alarms)


# crisis_indirect.jsonl: danger described without its word ("his lips have gone a funny grey
# colour", "he takes my bank card and gives me £20 a week"), written by people who never saw the
# rules; two thirds were used to write rules, one third only counted, so it is a regression
# floor, not a promise. Its held-out third reached ~65% when the rest reached 100%.
INDIRECT_RECALL_FLOOR = 0.85


def test_most_danger_described_without_its_word_is_still_routed_to_its_category():
    rows = [r for r in _rows("crisis_indirect.jsonl") if r["category"]]
    assert len(rows) >= 500
    missed = _recall_failures(rows)
    recall = 1 - sum(len(m) for m in missed.values()) / len(rows)
    assert recall >= INDIRECT_RECALL_FLOOR, f"recall {recall:.3f}"


def test_ordinary_messages_close_to_those_dangers_rarely_raise_a_false_alarm():
    texts = [r["text"] for r in _rows("crisis_indirect.jsonl") if r["category"] is None]
    assert len(texts) >= 500
    alarms = _false_alarms(texts)
    assert len(alarms) / len(texts) <= TRICKY_FALSE_ALARM_LIMIT, "\n".join(alarms)


def _search_questions() -> list[str]:
    """The curated parent questions in corpus/questions/*.yaml (realistic, all ordinary)."""
    curated = load_questions(questions_folder(ARTICLES), load_corpus(ARTICLES))
    return [question.question for question in curated]


def test_ordinary_parent_questions_from_the_retrieval_eval_rarely_raise_a_false_alarm():
    files = [DATA / "retrieval_eval.jsonl", DATA / "retrieval_holdout.jsonl"]
    questions = [r["q"] for f in files if f.exists() for r in _rows(f.name)]
    questions += _search_questions()
    assert len(questions) >= 400
    alarms = _false_alarms(questions)
    assert len(alarms) / len(questions) <= PARENT_QUESTION_FALSE_ALARM_LIMIT, "\n".join(alarms)


def test_messages_labelled_as_distress_get_the_gentle_distress_signal():
    rows = [r for r in _rows("ordinary_messages.jsonl") if r.get("distress")]
    assert rows
    missed = [r["text"] for r in rows if assess(r["text"]).severity != Severity.DISTRESS]
    assert not missed, "\n".join(missed)


@pytest.mark.parametrize(
    "text",
    [
        "i wouldnt actually do anything but i keep thinking theyd be better off without me",
        "I'm not suicidal or anything, I just wish I could stop existing",
        "dont worry i wont do anything stupid but i've been thinking about how to end things",
    ],
)
def test_saying_one_would_not_act_does_not_hide_a_crisis(text):
    assert assess(text).category == Category.SELF_HARM_SUICIDE


def test_a_crisis_phrase_inside_a_long_message_about_something_else_is_found():
    filler = "we tried the new bottles and the health visitor says her weight is fine. " * 20
    text = filler + "honestly i keep thinking i want to die. " + filler
    assert assess(text).category == Category.SELF_HARM_SUICIDE


def test_result_names_a_rule_and_never_carries_message_text():
    text = "i want to kill myself tonight"
    result = assess(text)
    assert result.is_crisis and result.severity == Severity.EMERGENCY
    known_rules = {rule_id for rules in RULES_BY_CATEGORY.values() for rule_id, _ in rules}
    assert result.rule in known_rules


def test_ordinary_message_is_no_concern_and_not_a_crisis():
    result = assess("how do i bond with my baby after a c section")
    assert result.category is None and result.severity == Severity.NONE
    assert not result.is_crisis


def test_distress_is_not_a_crisis():
    result = assess("i'm not coping and i feel so alone")
    assert result.category == Category.DISTRESS
    assert result.severity == Severity.DISTRESS
    assert not result.is_crisis


@pytest.mark.parametrize("text", ["", "   ", "🙂", "...", "\u200b"])
def test_empty_or_wordless_messages_are_no_concern(text):
    assert assess(text).severity == Severity.NONE


@pytest.mark.parametrize(
    "text",
    [
        "he shakes his head every time i offer the spoon",
        "she was kicking her legs and waving her arms on the playmat",
        "he keeps grabbing his ears when he is tired",
        "nana always pinches her chubby cheeks",
        "i held her hand while she had her jabs",
    ],
)
def test_the_babys_own_movements_and_affection_are_not_harm(text):
    assert not assess(text).is_crisis


@pytest.mark.parametrize(
    "text",
    ["my baby is choking on a grape", "help choking baby cant get it out", "hes choking no sound"],
)
def test_a_choking_baby_is_an_emergency_never_harm(text):
    assert assess(text).category == Category.BABY_EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "first aid course for a choking infant next week",
        "choking vs gagging in weaning, how to tell",
    ],
)
def test_learning_first_aid_for_choking_is_a_question(text):
    assert not assess(text).is_crisis


@pytest.mark.parametrize(
    "text",
    [
        "i dont think hes breathing",
        "cant tell if the baby is breathing",
        "im not sure shes still breathing",
        "is he breathing?? hes so still",
    ],
)
def test_doubt_about_breathing_is_a_baby_emergency(text):
    assert assess(text).category == Category.BABY_EMERGENCY


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how many sleeping tablets would it take to not wake up", Category.SELF_HARM_SUICIDE),
        ("honestly my son would be better off without me", Category.SELF_HARM_SUICIDE),
        ("he says hell hurt the baby if i ever leave", Category.ABUSE),
        ("my boyfriend said if she doesnt stop crying hell shut her up", Category.HARM_TO_BABY),
        ("my partner shakes the baby when he cries", Category.HARM_TO_BABY),
    ],
)
def test_the_category_follows_who_is_at_risk(text, category):
    assert assess(text).category == category


@pytest.mark.parametrize(
    ("question", "disclosure"),
    [
        ("what does a febrile seizure look like in a toddler", "i think hes having a seizure"),
        ("can sleep deprivation make you hallucinate", "i think im hallucinating"),
        ("is coercive control illegal in scotland", "i think this is coercive control"),
        ("are suicide rates higher after birth", "i feel suicidal since the birth"),
        ("is suicide common after birth", "how do i stop thinking about suicide"),
        ("how common is self harm in new mums", "is self harm a sign of pnd, ive started doing it"),
    ],
)
def test_topic_words_fire_in_a_first_person_situation_not_in_a_question(question, disclosure):
    assert not assess(question).is_crisis
    assert assess(disclosure).is_crisis


@pytest.mark.parametrize(
    "text",
    [
        "the baby is an absolute devil at bedtime haha",
        "the teething demon has taken over my son",
        "voices from the baby monitor next door keep waking me",
        "my phone is listening to me, suddenly all my ads are for breast pumps",
        "she choked on her milk, went red and then was totally fine",
    ],
)
def test_a_hedge_anywhere_in_the_clause_softens_a_strange_remark(text):
    assert not assess(text).is_crisis


@pytest.mark.parametrize("text", ["i want to die lol", "i could hurt the baby haha"])
def test_a_hedge_never_softens_self_harm_or_harm_to_the_baby(text):
    assert assess(text).is_crisis


@pytest.mark.parametrize("verb", ["pinches", "pinched", "pinching", "whacks", "thumped", "shoves"])
def test_every_form_of_a_harm_verb_is_read(verb):
    assert assess(f"my mum {verb} the baby when im not looking").category == Category.HARM_TO_BABY
