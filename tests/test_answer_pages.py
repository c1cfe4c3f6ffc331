"""A short first reply (the answering sentences, cut only between sentences), "More" pages, and
article Markdown rendered for Telegram, not leaked."""

from __future__ import annotations

import html
import json
import re

import numpy as np
import pytest
from conftest import DATA_DIR

from bot.answer_pages import (
    FIRST_PAGE_CHARS,
    AnswerState,
    first_page,
    has_more,
    next_page,
)
from bot.excerpt import ELLIPSIS, choose, markdown_of, passage_units, sentence_scores
from bot.live_index import LiveIndex
from bot.pipeline import Pipeline, Route
from bot.telegram_html import markdown_to_telegram_html

_TAG = re.compile(r"<[^>]+>")
# What Markdown looks like when it leaks: emphasis, links, list markers, headings.
_LEAKED = re.compile(r"\*\*|__|\]\(|^\s*[-*+] |^\s*#", re.M)


def _visible(reply_html: str) -> str:
    return html.unescape(_TAG.sub("", reply_html))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _in_scope(limit: int | None = None) -> list[str]:
    rows = [json.loads(line) for line in (DATA_DIR / "retrieval_eval.jsonl").open()]
    questions = [row["q"] for row in rows if row.get("articles")]
    return questions[:limit]


@pytest.fixture(scope="module")
def pipeline(searcher, built_index) -> Pipeline:
    return Pipeline(LiveIndex.ready(searcher, built_index), default_region="uk")


def test_every_passage_rendered_holds_no_markdown_syntax(searcher):
    for passage in searcher.passages:
        for text in (passage.text, passage.lead_in):
            rendered = _visible(markdown_to_telegram_html(text))
            assert not _LEAKED.search(rendered), (passage.article_id, rendered[:200])


def test_every_sentence_shown_alone_holds_no_markdown_syntax(searcher):
    for passage in searcher.passages:
        units = passage_units(passage)
        for n in range(len(units)):
            rendered = _visible(markdown_to_telegram_html(markdown_of(passage, units, n, n)))
            assert not _LEAKED.search(rendered), (passage.article_id, rendered[:200])


def test_links_sit_behind_their_text_and_article_html_stays_text():
    rendered = markdown_to_telegram_html(
        "Look at [your baby's face](https://example.org/a?b=1&c=2) and <b>smile</b>.")
    assert '<a href="https://example.org/a?b=1&amp;c=2">your baby\'s face</a>' in rendered
    assert "&lt;b&gt;smile&lt;/b&gt;" in rendered
    assert "](" not in rendered


def test_lists_become_bullets_and_emphasis_bold():
    rendered = markdown_to_telegram_html("Try:\n\n- **Always** hold her\n- Sing")
    assert rendered == "Try:\n\n• <b>Always</b> hold her\n• Sing"


def test_an_excerpt_is_whole_sentences_of_the_passage_in_order(searcher):
    rng = np.random.default_rng(7)
    for passage in searcher.passages:
        units = passage_units(passage)
        for _ in range(3):
            start, end = choose(units, rng.random(len(units)), FIRST_PAGE_CHARS)
            shown = markdown_of(passage, units, start, end)
            bare = _flat(shown.replace(ELLIPSIS, ""))
            assert bare in _flat(passage.text)
            assert bare.startswith(_flat(units[start].marker + units[start].text))
            assert bare.endswith(_flat(units[end].text))
            assert (ELLIPSIS in shown) == (start > 0 or end < len(units) - 1)


def test_the_first_reply_leads_with_the_sentence_closest_to_the_question(searcher):
    for question in _in_scope(30):
        result = searcher.search(question)
        if not result.answered:
            continue
        page = first_page(searcher, question, result.hits, "uk")
        units = passage_units(page.passage)
        scores = sentence_scores(searcher, page.state.passage_id,
                                 searcher.encode(question), units)
        fitting = [n for n, unit in enumerate(units) if len(unit.text) < FIRST_PAGE_CHARS]
        best = max(fitting, key=lambda n: scores[n])
        # The best window of 1–3 sentences is kept: its best sentence or a neighbour of it.
        assert page.state.start - 2 <= best <= page.state.end + 2, question


def test_answer_replies_are_one_phone_screen_at_the_median(pipeline):
    replies = [pipeline.respond(q, "uk") for q in _in_scope()]
    answers = [r for r in replies if r.route is Route.ANSWER]
    assert len(answers) > 50
    lengths = sorted(len(_visible(r.html)) for r in answers)
    assert lengths[len(lengths) // 2] <= 800
    # The cap holds for every answer whose passage has more than one sentence.
    assert all(not _LEAKED.search(_visible(r.html)) for r in answers)


def test_more_shows_the_rest_of_the_passage_then_the_next_passages(pipeline, searcher):
    for question in _in_scope(40):
        reply = pipeline.respond(question, "uk")
        state = reply.answer_state
        if reply.route is not Route.ANSWER or len(state.passages) < 2:
            continue
        units = passage_units(searcher.passages[state.passage_id])
        if state.start == 0 and state.end == len(units) - 1:
            continue
        rest = next_page(searcher, state, "uk")
        assert rest is not None and rest.state.passage_id == state.passage_id
        assert (rest.state.start, rest.state.end) == (0, len(units) - 1)
        unseen = [u.text for n, u in enumerate(units) if not state.start <= n <= state.end]
        assert all(_flat(_visible(markdown_to_telegram_html(t))) in _flat(_visible(rest.html))
                   for t in unseen)
        following = next_page(searcher, rest.state, "uk")
        assert following is not None and following.state.current == 1
        assert following.state.passage_id == state.passages[1]
        pages = 2
        page = following
        while page.has_more:
            page = next_page(searcher, page.state, "uk")
            pages += 1
            assert page is not None and pages < 20
        assert next_page(searcher, page.state, "uk") is None
        assert not has_more(searcher, page.state)
        return
    pytest.fail("no answer with a cut first passage and a second passage")


def test_answer_buttons_fit_telegrams_64_bytes(pipeline):
    for question in _in_scope(40):
        reply = pipeline.respond(question, "uk")
        if reply.answer_state is not None:
            assert len(("fb:n:" + reply.answer_state.encode()).encode()) <= 64


@pytest.mark.parametrize("data", ["", "x", "ab:1.2:0:0", "ab:1.x:0:0:1", "ab::0:0:1",
                                  ":1:0:0:1", "ab:1:0:0:-1", "ab:1:a:0:1"])
def test_malformed_answer_state_is_refused(data):
    assert AnswerState.decode(data) is None


def test_a_state_from_another_index_build_shows_nothing(searcher):
    assert next_page(searcher, AnswerState("00000000", (0, 1), 0, 0, 0), "uk") is None
    assert next_page(searcher, AnswerState(searcher.manifest.content_hash[:8],
                                           (10**6,), 0, 0, 0), "uk") is None


def test_ask_json_keeps_the_verbatim_passage_text(pipeline, searcher):
    reply = pipeline.respond("is it normal not to feel a bond with my baby straight away?", "uk")
    payload = reply.as_json()
    texts = {p.text for p in searcher.passages}
    assert payload["passages"] and all(p["text"] in texts for p in payload["passages"])
    assert payload["passages"][0]["text"] == reply.passages[0].passage.text
