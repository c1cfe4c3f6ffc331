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


# Words the articles' register uses in one form ("feeding", "failure", "slept" as "sleep").
FORMS_CORPUS = (
    "Feeding your baby at night is tiring. Feeling like a failure is common when you are "
    "unable to sleep or settle, and many parents feel disconnected for a while. Naming what "
    "your baby does helps.",
)


@pytest.mark.parametrize(("question", "form"), [
    ("i fed him at 2 and again at 4", "fed"),             # irregular past of "feed"
    ("i slept through her crying", "slept"),              # irregular past of "sleep"
    ("i feel like im failing", "failing"),                # "failure": one derivational ending
    ("why is my baby so unsettled with me", "unsettled"),  # "settle", negated
    ("she feeds and then she naps", "feeds"),             # a regular inflection
    ("what name do we use", "name"),                      # "naming"
])
def test_another_form_of_a_source_word_is_seen(question, form):
    coverage = SubjectCoverage(FORMS_CORPUS)
    assessed = coverage.assess(question)
    assert form in assessed.content
    assert form not in assessed.unseen


@pytest.mark.parametrize("question", [
    "my mother in law says i hold him too much",
    "im a stepmum and my grandson wont settle with me",
    "is it true that a proper hot bath before bed is the whole answer",
])
def test_family_words_and_everyday_adjectives_are_not_subjects(question):
    content = SubjectCoverage(FORMS_CORPUS).assess(question).content
    assert not {"law", "stepmum", "grandson", "proper", "hot", "whole", "true"} & set(content)


@pytest.mark.parametrize(("question", "unseen"), [
    ("can i feed her on a plane", ("plane",)),
    ("what formula is best for night feeds", ("formula",)),
    ("how do i burp him after feeding", ("burp",)),
    ("baby keeps getting wind after feeds", ("wind",)),  # a stem that begins "window" is not it
    ("can we take the baby to a wedding", ("wedding",)),
    ("how do i cut her nails", ("cut", "nails")),
])
def test_a_subject_the_sources_never_name_stays_unseen_in_any_form(question, unseen):
    corpus = (*FORMS_CORPUS, "Look out of the window together.")
    assert SubjectCoverage(corpus).assess(question).unseen == unseen


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
    # Without the off-topic subjects (which name these too), the unseen word alone declines it.
    unlisted = dataclasses.replace(searcher, off_topic_subjects=(),
                                   off_topic_vectors=searcher.off_topic_vectors[:0])
    result = unlisted.search(question)
    assert not result.answered
    assert "no source uses" in result.reason
    # The unseen word is what declines it: the other checks alone would answer.
    lenient = dataclasses.replace(unlisted, config=dataclasses.replace(
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
