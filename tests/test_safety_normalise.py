"""Messages typed in different ways read the same to the crisis rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from safety import assess
from safety.matcher import RuleSet
from safety.normalise import EVERYDAY_DOUBLED, clean_text, normalise
from safety.rules import RULES_BY_CATEGORY, prepare

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("I’m", "im"),  # curly apostrophe
        ("I'm", "im"),
        ("DON'T", "dont"),
        ("ＨＥＬＰ", "help"),  # full-width letters (NFKC)
        ("d\u200bie", "die"),  # zero-width space inside a word
        ("sooooo tired", "so tired"),
        ("fiancé", "fiance"),
        ("killllll", "kill"),  # a stretched run folds to the spelling the rules know
        ("gooood", "good"),  # ... never to a different word ("god")
        ("i wanna diiie", "i want to die"),
        ("  lots   of\tspace\n", "lots of space"),
    ],
)
def test_typing_variants_fold_to_one_plain_form(typed, plain):
    assert normalise(typed) == plain


@pytest.mark.parametrize(
    ("slang", "plain"),
    [
        ("kms", "kill myself"),
        ("i wanna", "i want to"),
        ("u r", "you are"),
        ("unaliving myself", "killing myself"),
    ],
)
def test_texting_shorthand_reads_as_words(slang, plain):
    assert normalise(slang) == plain


@pytest.mark.parametrize(
    ("misspelt", "word"),
    [("suicyde", "suicide"), ("suicydal", "suicidal"), ("myslef", "myself"),
     ("breathng", "breathing"), ("unconcious", "unconscious"), ("seizire", "seizure"),
     ("kil", "kill"), ("stoped", "stopped"), ("diee", "die"), ("thingz", "things"),
     ("movin", "moving")],
)
def test_one_slip_in_a_key_word_reads_as_the_word(misspelt, word):
    assert normalise(misspelt) == word


@pytest.mark.parametrize("word", ["strange", "cooking", "meditation", "tables", "seeing", "sloppy",
                                  "overdoing", "wallowed", "canister", "buttery", "breach"])
def test_everyday_words_near_a_key_word_are_left_alone(word):
    assert normalise(word) == word


def test_a_parent_overdoing_it_is_not_read_as_an_overdose():
    # One letter from "overdosing", and a real word: a blind set's parent question was given the
    # crisis reply. Other forms of a key word still read as it.
    message = "I keep checking he's breathing. Is this normal or am I overdoing it?"
    assert not assess(message).is_crisis
    assert normalise("been researching overdoses") == "been researching overdose"


COMMON_DOUBLED_WORDS = (
    "good feel see need off all will too soon keep sleep week feed food look book room too "
    "well tell still little happy sorry worry really better dinner bottle bottom kitten "
    "sitting running stopped shopping hopping supper latter comma balloon coffee three tree "
    "free seem seen been door floor poor cool pool loose wood wool odd add egg ill fell hell "
    "shell sell bell wall fall call ball kill miss kiss less mess boss glass class pass grass"
)


@pytest.mark.parametrize("word", COMMON_DOUBLED_WORDS.split())
def test_real_words_with_a_double_letter_survive_normalisation_unchanged(word):
    assert normalise(word) == word
    assert normalise(f"it is {word} i think") == f"it is {word} i think"


def test_every_everyday_doubled_word_survives_normalisation_unchanged():
    changed = [w for w in EVERYDAY_DOUBLED if normalise(w) != w]
    assert not changed


@pytest.mark.parametrize(
    "text",
    ["I WANT TO DIE", "i want to die", "i want to dieee", "I want to die.", "i want... to die"],
)
def test_capitals_stretching_and_punctuation_do_not_change_the_verdict(text):
    assert assess(text).is_crisis


def _all_labelled_texts() -> list[str]:
    texts = []
    for name in ("crisis_messages.jsonl", "ordinary_messages.jsonl", "crisis_holdout.jsonl"):
        with (DATA / name).open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def test_first_word_index_finds_exactly_what_a_plain_search_finds():
    """The index is only a speed-up: same rule as trying every pattern everywhere, in order."""
    for rules in RULES_BY_CATEGORY.values():
        indexed = RuleSet([(rule_id, prepare(p)) for rule_id, p in rules])
        plain = [(rule_id, re.compile(prepare(p))) for rule_id, p in rules]
        for text in _all_labelled_texts():
            folded = normalise(text)
            expected = next((rule_id for rule_id, p in plain if p.search(folded)), None)
            assert indexed.first_match(folded) == expected, folded


@pytest.mark.parametrize(
    "text",
    [
        "is it good to let him cry for a bit",  # "good" must not fold into "god"
        "its good to talk",
        "that's odd, she usually naps",  # "odd" must not fold into "od" (overdose)
        "see you soon, does the jab hurt soon after",  # "soon" must not fold into "son"
        "i feel sick and really sleepy today",  # "feel" must not read as "fell"
        "she's acting a bit odd today, off her food",
        "she's a good baby really, just hates the car seat",
        "he's good as gold",
        "is he a good baby",
        "it is good to see him smile",
        "he'll feel better after a nap, she'll settle too",
        "i'll see how we go, we'll try the bottle",
        "she shot off the sofa and fell asleep",
    ],
)
def test_words_that_letter_folding_would_merge_stay_ordinary(text):
    assert not assess(text).is_crisis


def test_a_real_fall_still_reads_as_a_fall():
    assert assess("he fell off the bed and now he's drowsy and vomiting").is_crisis


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("I\u200d want\u00ad to\ufeff die\u200e", "I want to die"),  # joiner, soft hyphen, BOM
        ("s̶u̶i̶c̶i̶d̶e̶", "suicide"),  # strike-through marks
        ("ｈｅｌｐ ｍｅ！", "help me!"),  # fullwidth letters and punctuation
        ("𝐈 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞", "I want to die"),  # mathematical bold
        ("𝑠ℎ𝑒'𝑠 𝑛𝑜𝑡 𝑏𝑟𝑒𝑎𝑡ℎ𝑖𝑛𝑔", "she's not breathing"),  # mathematical italic, ℎ included
        ("ⓗⓔⓛⓟ", "help"),  # circled letters
        ("і wаnt tо ԁіе", "i want to die"),  # Cyrillic look-alikes among Latin letters
        ("Ι want", "I want"),  # a capital look-alike of I reads as I, never l
        ("stop\ufe0f\U000e0101 it", "stop it"),  # variation selectors
        ("my\u3164baby", "mybaby"),  # a Hangul filler is a blank, not a letter
    ],
)
def test_invisible_and_decorated_characters_are_cleaned_away(typed, clean):
    assert clean_text(typed) == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [("¡Mi NIÑA no respira!", "¡Mi NINA no respira!"),
     ("J’ai peur, il ne respire plus.", "J’ai peur, il ne respire plus."),
     ("Naïve café", "Naive cafe"), ("How are you?", "How are you?")],
)
def test_cleaning_keeps_case_and_punctuation_and_drops_accents(text, clean):
    assert clean_text(text) == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [("Мой ребенок плачет", "Мой ребенок плачет"), ("Το μωρό μου κλαίει", "Το μωρό μου κλαίει"),
     ("Սա իմ երեխան է", "Սա իմ երեխան է")],
)
def test_text_in_cyrillic_greek_or_armenian_keeps_its_own_letters(text, clean):
    assert clean_text(text) == clean


def test_an_accent_typed_as_a_separate_mark_reads_like_a_composed_one():
    assert clean_text("nin\u0303a") == clean_text("niña") == "nina"


def test_the_patterns_load_without_the_word_list(monkeypatch):
    # The frequency list only spares real words; if it is missing, the map is built as before
    # and misspelt crisis words still read as the words.
    import sys

    from safety import normalise as normalise_module

    monkeypatch.setitem(sys.modules, "spellchecker", None)  # import fails
    assert normalise_module._real_english_words() == frozenset()
    word_map = normalise_module._build_word_map(normalise_module._RULE_WORDS)
    assert word_map["suicde"] == "suicide"
