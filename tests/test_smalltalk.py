"""Small talk people actually send gets a friendly word, not "nothing in my sources"; questions
stay questions, and safety still comes first."""

from __future__ import annotations

import json

import pytest
from conftest import ARTICLES_DIR, DATA_DIR

from bot.live_index import LiveIndex
from bot.pipeline import Pipeline, Route
from retrieval.scope import load_off_topics, off_topics_file
from retrieval.smalltalk import load_examples, model_for
from safety import Category, helplines_for


@pytest.fixture(scope="module")
def pipeline(searcher, built_index) -> Pipeline:
    return Pipeline(LiveIndex.ready(searcher, built_index), default_region="uk")


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA_DIR / name).open() if line.strip()]


def test_held_out_smalltalk_is_recognised_with_its_kind(searcher):
    model = model_for(searcher)
    examples = {text for _, text in load_examples()}
    rows = [row for row in _rows("smalltalk_eval.jsonl") if row["text"] not in examples]
    right = [row for row in rows
             if model.classify(row["text"], searcher.encode(row["text"])) == row["kind"]]
    assert len(rows) >= 40
    assert len(right) / len(rows) >= 0.85, [r["text"] for r in rows if r not in right]


def test_labelled_parent_questions_are_not_taken_for_smalltalk(searcher):
    model = model_for(searcher)
    questions = [row["q"] for name in ("retrieval_dev.jsonl", "retrieval_eval.jsonl",
                                       "retrieval_holdout.jsonl") for row in _rows(name)]
    taken = [q for q in questions if model.classify(q, searcher.encode(q)) is not None]
    assert len(taken) <= len(questions) * 0.01, taken


def test_every_example_phrasing_is_classed_as_its_own_kind(searcher):
    # "good night" sits among "good morning" and "good evening": the kind of an example the
    # message matches word for word must win over its neighbours' votes.
    # And none is lost: an example that is also a parent's question elsewhere (the off-topic
    # bank once held "are you chatgpt") would be refused as out of scope instead.
    model = model_for(searcher)
    wrong = [(kind, text) for kind, text in load_examples()
             if model.classify(text, searcher.encode(text)) != kind]
    assert not wrong


def test_no_smalltalk_phrasing_is_also_filed_as_an_off_topic_question():
    # The two banks must not contradict each other: the off-topic bank teaches "refuse", the
    # smalltalk examples "answer kindly", and the margin between them decides nothing then.
    off_topic = {question.lower().strip(" ?!.")
                 for subject in load_off_topics(off_topics_file(ARTICLES_DIR))
                 for question in subject.questions}
    both = [text for _, text in load_examples() if text.lower().strip(" ?!.") in off_topic]
    assert not both


@pytest.mark.parametrize("text", ["thank you that really helped", "good night", "ok",
                                  "hello?", "are you a bot", "are you a real person?"])
def test_what_the_issue_saw_refused_now_gets_a_friendly_word(pipeline, text):
    reply = pipeline.respond(text, "uk")
    assert reply.route is Route.SMALLTALK
    assert "don't have anything in my sources" not in reply.html


# Sign-offs, apologies and first hellos from writers' sets (none of them an example phrasing):
# they were answered "nothing in my sources" before the examples covered their kinds.
@pytest.mark.parametrize(("text", "same_as"), [
    ("sorry for all the questions", "sorry for rambling"), ("thanks for listening x", "thank you"),
    ("hi, first time using this", "hi"), ("is this free", "are you a bot"),
    ("brb nappy change", "ok"),
])
def test_apologies_sign_offs_and_first_hellos_get_their_kinds_word(pipeline, text, same_as):
    reply = pipeline.respond(text, "uk")
    assert reply.route is Route.SMALLTALK
    assert reply.html == pipeline.respond(same_as, "uk").html


@pytest.mark.parametrize("region", ["uk", "us", "au"])
def test_can_i_talk_to_someone_writes_out_the_regions_24_7_lines(pipeline, region):
    reply = pipeline.respond("can i talk to someone", region)
    assert reply.route is Route.SMALLTALK
    lines = [line for line in helplines_for(region, Category.DISTRESS)
             if line.hours == "24/7" and not line.emergency]
    assert lines and all(line.number in reply.html for line in lines)
    assert all(line.number in reply.html
               for line in helplines_for(region, None) if line.emergency)
    others = {line.number for other in ("uk", "us", "au") if other != region
              for line in helplines_for(other, None)} - {line.number for line in lines}
    assert not any(f"<b>{number}</b>" in reply.html for number in others)


@pytest.mark.parametrize("text", ["HELP!!", "someone help", "help pls"])
def test_a_bare_plea_for_help_gets_the_helplines_not_a_youre_welcome(pipeline, text):
    # "help" once sat nearest the thanks ("that helped") and was answered "You're very welcome".
    reply = pipeline.respond(text, "uk")
    assert reply.route is Route.SMALLTALK
    assert "welcome" not in reply.html.lower()
    assert all(line.number in reply.html for line in helplines_for("uk", None) if line.emergency)


def test_thanks_for_the_help_is_still_thanks(searcher):
    model = model_for(searcher)
    assert model.classify("thanks for your help", searcher.encode("thanks for your help")) == \
        "thanks"


def test_thanks_with_a_question_is_answered_as_a_question(pipeline):
    reply = pipeline.respond("thanks, but why won't she settle with me at night?", "uk")
    assert reply.route is not Route.SMALLTALK


def test_safety_runs_before_smalltalk(pipeline):
    reply = pipeline.respond("can i talk to someone, i want to kill myself", "uk")
    assert reply.route is Route.CRISIS
