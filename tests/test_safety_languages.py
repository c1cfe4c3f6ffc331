"""Spanish and French crisis messages get helplines; language id keeps English English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safety import Category, assess
from safety.languages import CORES, assess_other_languages, crisis_language
from safety.languages.detect import ENGLISH, language_of
from safety.normalise import clean_text

DATA = Path(__file__).parent / "data"


def _jsonl(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _examples(kind: str) -> list[tuple[str, Category, str]]:
    return [(core.language, category, text) for core in CORES
            for category, texts in getattr(core, kind).items() for text in texts]


def test_every_core_covers_every_crisis_category_with_examples_both_ways():
    for core in CORES:
        for category in (Category.BABY_EMERGENCY, Category.SELF_HARM_SUICIDE,
                         Category.HARM_TO_BABY, Category.PSYCHOSIS, Category.ABUSE):
            assert core.phrases[category], (core.language, category)
            assert len(core.must_match[category]) >= 2, (core.language, category)
            assert len(core.must_not_match[category]) >= 2, (core.language, category)


@pytest.mark.parametrize(("language", "category", "text"), _examples("must_match"))
def test_a_core_catches_the_messages_listed_beside_its_category(language, category, text):
    result = assess(text)
    assert result.category == category
    assert crisis_language(result.rule) == language


@pytest.mark.parametrize(("language", "category", "text"), _examples("must_not_match"))
def test_a_core_leaves_alone_the_ordinary_messages_listed_beside_it(language, category, text):
    assert not assess_other_languages(text).is_crisis


@pytest.mark.parametrize("row", _jsonl("crisis_es_fr_check.jsonl"), ids=lambda row: row["text"])
def test_a_spanish_or_french_crisis_message_gets_its_crisis_category(row):
    assert assess(row["text"]).category == Category(row["category"])


def test_the_spanish_and_french_cores_never_fire_on_english_parents_messages():
    texts = [row["text"] for row in _jsonl("ordinary_messages.jsonl")]
    texts += [row["q"] for name in ("retrieval_eval.jsonl", "retrieval_dev.jsonl",
                                    "retrieval_holdout.jsonl") for row in _jsonl(name)]
    alarms = [text for text in texts if assess_other_languages(text).is_crisis]
    assert not alarms


def test_an_english_crisis_keeps_its_english_rule():
    result = assess("my baby is not breathing")
    assert result.category == Category.BABY_EMERGENCY
    assert crisis_language(result.rule) is None


def test_a_spanish_crisis_hidden_by_invisible_characters_is_still_caught():
    assert assess("mi ni\u200bña no res\u00adpira").category == Category.BABY_EMERGENCY


@pytest.mark.parametrize(
    "text",
    ["ok", "thanks x", "hi", "lo wont settle", "yes", "hmm", "cheers", "gracias",
     "thanks, gracias x", "merci, that helped", "my abuela says i should swaddle him",
     "my nonna thinks im spoiling her", "ok thank u", "dd is 3 wks", "no bond yet"],
)
def test_short_english_lines_and_english_with_a_foreign_word_stay_english(text):
    assert language_of(clean_text(text)) == ENGLISH


@pytest.mark.parametrize(
    ("text", "language"),
    [("estoy muy cansada y no duermo nada", "es"), ("mi hija no come bien", "es"),
     ("je suis épuisée ce soir", "fr"), ("mon bébé pleure tout le temps", "fr"),
     ("ich bin so müde", "de"), ("moje dziecko ciągle płacze", "pl"),
     ("Мой ребенок всё время плачет", "ru"), ("我的宝宝整晚都在哭", "zh")],
)
def test_a_message_in_another_language_is_named(text, language):
    assert language_of(clean_text(text)) == language
