"""A question whose subject the sources never name is declined; feelings in any words are not."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from retrieval.coverage import SubjectCoverage
from retrieval.evaluation import evaluate, load_eval_items
from retrieval.lexical import SpellingCorrector

DATA_DIR = Path(__file__).resolve().parent / "data"

# A tiny corpus in the articles' register: bonding, feelings, crying, soothing.
BONDING_CORPUS = (
    "Bonding with your baby can take time. Many mums feel tired, low or not close to their "
    "baby at first.",
    "Responding to your baby when they cry helps them feel safe. Skin to skin and eye contact "
    "help to calm a baby that is distressed.",
    "Talk, read and sing to your baby every day, and watch how they respond.",
)


@pytest.fixture(scope="module")
def coverage() -> SubjectCoverage:
    return SubjectCoverage(BONDING_CORPUS, known_words=frozenset({"pension", "plane", "passport"}))


@pytest.mark.parametrize(("question", "unseen"), [
    ("when can i take the baby on a plane", ("plane",)),
    ("does my baby need a passport", ("passport",)),
    ("how do i burp a baby after a feed", ("burp",)),
])
def test_a_word_no_source_uses_is_unseen(coverage, question, unseen):
    assert coverage.assess(question).unseen == unseen


@pytest.mark.parametrize("question", [
    "im so tired and i dont feel close to him is that normal",
    "i feel useless and numb, is that weird",
    "honestly i feel like a terrible mum, will i ever bond with her",
])
def test_feelings_in_words_the_sources_do_not_use_are_not_a_new_subject(coverage, question):
    assert coverage.assess(question).unseen == ()


def test_a_slip_in_a_short_word_is_not_a_new_subject(coverage):
    assert coverage.assess("will she cry evry time i put her down").unseen == ()


def test_a_real_word_one_letter_from_a_source_word_stays_unseen():
    corpus = ("Stress and tension in pregnancy can affect the baby.",)
    assert SubjectCoverage(corpus).assess("what about my pension").unseen == ()
    assert SubjectCoverage(corpus, known_words=frozenset({"pension"})).assess(
        "what about my pension").unseen == ("pension",)


def test_an_article_covers_its_subject_just_by_containing_its_words():
    question = "when can i take the baby on a plane"
    assert SubjectCoverage(BONDING_CORPUS).assess(question).unseen == ("plane",)
    travel = "Flying with a baby: on a plane, feed during take off."
    assert SubjectCoverage((*BONDING_CORPUS, travel)).assess(question).unseen == ()


def test_the_spelling_corrector_leaves_real_words_alone():
    speller = SpellingCorrector(["tummy", "tension", "later"], known_words=frozenset({"dummy"}))
    assert speller.correct("dummy") == "dummy"
    assert speller.correct("pension") == "tension"  # not known as a real word here


@pytest.mark.parametrize("question", [
    "can i take my baby to a wedding",
    "how do i clip my newborns nails without cutting him",
])
def test_a_question_about_a_subject_the_articles_never_name_is_declined(searcher, question):
    result = searcher.search(question)
    assert not result.answered
    assert "no source uses" in result.reason
    # The unseen word is what declines it: the other checks alone would answer.
    lenient = dataclasses.replace(searcher, config=dataclasses.replace(
        searcher.config, uncovered_min_score=0.0))
    assert lenient.search(question).answered


@pytest.mark.parametrize("question", [
    "im so tired and i dont feel close to him is that normal",
    "is it ok to pop her in the cot and leave the room for a few mins when the crying gets too "
    "much",
    "i feel flat and numb with the baby, could it be depression",
])
def test_vague_emotional_questions_are_still_answered(searcher, question):
    assert searcher.search(question).answered


def test_the_development_set_refuses_most_practical_questions_and_answers_feelings(searcher):
    report = evaluate(searcher, load_eval_items(DATA_DIR / "retrieval_dev.jsonl"))
    assert report.in_scope >= 80 and report.out_of_scope >= 80
    assert report.answered_rate >= 0.95, report.format()
    assert report.refusal_rate >= 0.85, report.format()
