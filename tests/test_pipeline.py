"""The one pipeline every message takes: safety first, then retrieval, then a template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markupsafe import escape

from bot.answer_pages import FIRST_PAGE_CHARS, first_page
from bot.excerpt import passage_units
from bot.live_index import LiveIndex
from bot.pipeline import Pipeline, Route
from bot.replies import TELEGRAM_LIMIT, render
from retrieval.search import Hit
from safety import Category, helplines_for

DATA = Path(__file__).parent / "data"


def _jsonl(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def pipeline(searcher, built_index) -> Pipeline:
    return Pipeline(LiveIndex.ready(searcher, built_index), default_region="uk")


@pytest.fixture()
def pipeline_without_index(tmp_path) -> Pipeline:
    live = LiveIndex(tmp_path / "missing-index")
    live.fail()
    return Pipeline(live, default_region="uk")


def test_a_parent_question_gets_verbatim_passages_with_their_source(pipeline, searcher):
    reply = pipeline.respond("i dont feel a bond with my baby yet, is that normal?")
    assert reply.route is Route.ANSWER
    assert 1 <= len(reply.passages) <= 3
    for hit in reply.passages:
        assert str(escape(hit.passage.text)) in reply.html
        assert str(escape(searcher.articles[hit.passage.article_id].title)) in reply.html
    assert len(reply.html) <= TELEGRAM_LIMIT


def test_every_crisis_message_gets_helplines_and_never_a_corpus_answer(pipeline):
    for item in _jsonl("crisis_messages.jsonl"):
        reply = pipeline.respond(item["text"])
        assert reply.route is Route.CRISIS, item["text"]
        assert reply.category == item["category"], item["text"]
        assert reply.passages == ()


def test_crisis_routing_works_when_the_index_cannot_load(pipeline_without_index):
    reply = pipeline_without_index.respond("i keep thinking they'd all be better off without me")
    assert reply.route is Route.CRISIS
    assert reply.category == "self_harm_suicide"
    assert "116 123" in reply.html


def test_questions_get_a_kind_unavailable_reply_with_helplines_when_the_index_is_broken(
    pipeline_without_index,
):
    reply = pipeline_without_index.respond("how do i bond with my newborn")
    assert reply.route is Route.NO_MATCH
    assert "aren't available right now" in reply.html or "not available" in reply.html
    assert "999" in reply.html or "116 123" in reply.html


def test_while_the_index_is_loading_questions_get_one_moment_not_silence(tmp_path):
    loading = Pipeline(LiveIndex(tmp_path / "not-yet"), default_region="uk")
    reply = loading.respond("why does my baby cry when i put her down")
    assert reply.route is Route.NO_MATCH
    assert "One moment" in reply.html


def test_an_off_topic_question_is_refused_kindly_and_points_to_helplines(pipeline):
    reply = pipeline.respond("what's the best recipe for banana bread")
    assert reply.route is Route.NO_MATCH
    assert reply.passages == ()
    assert "/helplines" in reply.html


@pytest.mark.parametrize(("region", "number"), [("uk", "116 123"), ("us", "1-833-852-6262"),
                                                ("ie", "116 123"), ("ca", "988"),
                                                ("au", "13 11 14"), ("unknown", "116 123")])
def test_nothing_in_my_sources_writes_out_a_line_that_answers_day_and_night(
        pipeline, region, number):
    # A crisis told too indirectly for either safety layer can land here: the number is in
    # the reply itself, not one tap away.
    reply = pipeline.respond("what's the best recipe for banana bread", region=region)
    assert reply.route is Route.NO_MATCH
    assert f"<b>{number}" in reply.html
    assert "day or night" in reply.html


@pytest.mark.parametrize("text", ["hi", "thanks so much!", "bye x"])
def test_greetings_thanks_and_goodbyes_get_a_friendly_word(pipeline, text):
    reply = pipeline.respond(text)
    assert reply.route is Route.SMALLTALK
    assert reply.passages == ()


@pytest.mark.parametrize("text", ["", "   ", "😢😢😢", "?!..."])
def test_messages_without_words_get_a_gentle_nudge(pipeline, text):
    reply = pipeline.respond(text)
    assert reply.route is Route.NO_MATCH
    assert "type a question" in reply.html


def test_a_huge_message_still_gets_a_reply_within_telegrams_limit(pipeline):
    reply = pipeline.respond("how do i bond with my baby " * 600)
    assert len(reply.html) <= TELEGRAM_LIMIT
    assert reply.route in (Route.ANSWER, Route.NO_MATCH)


def test_a_crisis_at_the_end_of_a_huge_message_is_still_caught(pipeline):
    text = "my baby is 3 weeks old and feeding every two hours. " * 200
    reply = pipeline.respond(text + "honestly i want to kill myself")
    assert reply.route is Route.CRISIS


def test_markup_in_a_message_never_breaks_the_reply(pipeline):
    reply = pipeline.respond("<b>how</b> do i *bond* with my _baby_ & <script>x</script>")
    assert "<script>" not in reply.html
    assert reply.route in (Route.ANSWER, Route.NO_MATCH)


def test_distress_adds_one_gentle_support_line_to_the_answer(pipeline):
    note = render("distress_note", helplines=helplines_for("uk", Category.DISTRESS), region="uk")
    plain = pipeline.respond("how can i bond with my baby")
    low = pipeline.respond("i feel so low and alone, how can i bond with my baby")
    assert low.route is Route.ANSWER
    assert low.html.endswith(note)
    assert note not in plain.html


def test_the_region_changes_the_crisis_numbers(pipeline):
    uk = pipeline.respond("i want to end my life", region="uk")
    us = pipeline.respond("i want to end my life", region="us")
    assert "116 123" in uk.html
    assert "988" in us.html


def test_json_output_has_exactly_the_contract_fields(pipeline):
    for text in ["how do i bond with my baby", "i want to die", "hello", "football scores"]:
        data = pipeline.respond(text).as_json()
        assert set(data) == {"text", "route", "category", "safety", "passages", "reply"}
        assert data["text"] == text
        assert data["safety"] in ("crisis", "check_in", "distress", None)
        assert (data["safety"] == "crisis") == (data["route"] == "crisis")
        if data["route"] != "answer":
            assert data["passages"] == []
        for passage in data["passages"]:
            assert set(passage) == {"article", "section", "text", "score"}


@pytest.mark.parametrize("text", ["Мой ребенок всё время плачет", "我的宝宝一直哭"])
def test_a_message_in_another_script_is_told_kindly_that_only_english_is_read(pipeline, text):
    reply = pipeline.respond(text)
    assert reply.route is Route.NO_MATCH
    assert "English" in reply.html and "/helplines" in reply.html


def test_an_answer_stays_short_and_keeps_the_rest_for_more(pipeline):
    reply = pipeline.respond("why does my baby cry so much when i put him down")
    assert reply.route is Route.ANSWER
    # One passage, its answering sentences within the budget; the rest behind More.
    assert len(reply.passages) == 1 and reply.more and reply.has_more
    units = passage_units(reply.passages[0].passage)
    state = reply.answer_state
    shown = sum(len(unit.text) + 1 for unit in units[state.start : state.end + 1])
    assert shown <= FIRST_PAGE_CHARS or state.start == state.end
    assert not {hit.passage for hit in reply.passages} & {hit.passage for hit in reply.more}


def test_a_later_part_of_a_long_list_is_shown_under_its_lead_in(pipeline, searcher):
    continued = next(p for p in searcher.passages if p.lead_in)
    page = first_page(searcher, continued.lead_in, (Hit(continued, 1.0),), "uk")
    html = page.html
    first_item = passage_units(continued)[page.state.start].text
    assert str(escape(continued.lead_in)) in html
    assert html.index(str(escape(continued.lead_in))) < html.index(str(escape(first_item)))
