"""Buttons through the real Telegram application: they survive a restart, malformed taps are
answered and ignored, the welcome menu, /topics in parents' words, and /about's operator."""

from __future__ import annotations

import logging

import pytest
from bot_harness import running_bot
from markupsafe import escape

from bot.live_index import LiveIndex
from bot.topics import topic_questions

QUESTIONS = (
    "is it normal not to feel a bond with my baby straight away?",
    "how does baby massage help my baby's mental health?",
    "what is mind-mindedness?",
    "why do the first 1001 days matter so much?",
)


@pytest.fixture()
def live_index(searcher, built_index) -> LiveIndex:
    return LiveIndex.ready(searcher, built_index)


async def test_more_and_helpful_buttons_still_work_after_a_restart(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        for question in QUESTIONS:
            answer = await bot.ask(question)
            if any("More" in button["text"] for button in answer.buttons):
                break
        else:
            pytest.fail("no answer offered More")

    # A new process: nothing in memory, the same index and data folder.
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.press_button(answer.button_data("More"), answer.sent)
        more = await bot.api.wait_for("sendMessage", 1001)
        bot.api.press_button(answer.button_data("👍"), answer.sent)
        replies = await bot.api.wait_for("answerCallbackQuery", count=2)

        assert more.text != answer.text and more.buttons
        assert "ask again" not in str(replies.params.get("text", ""))
        assert [c.helpful for c in bot.storage.stats().feedback] == [1]


async def test_malformed_button_taps_are_answered_and_ignored(tmp_path, live_index, caplog):
    caplog.set_level(logging.ERROR)
    async with running_bot(tmp_path, live_index) as bot:
        menu = await bot.ask("/topics")
        topic = menu.button_data("")
        user = {"id": 1001, "is_bot": False, "first_name": "Parent"}
        bot.api.inject({"callback_query": {"id": "1", "from": user, "chat_instance": "1",
                                           "message": menu.sent}})  # no data at all
        bot.api.inject({"callback_query": {"id": "2", "from": user, "chat_instance": "1",
                                           "inline_message_id": "abc", "data": topic}})
        bot.api.inject({"callback_query": {"id": "3", "from": user, "chat_instance": "1",
                                           "inline_message_id": "abc",
                                           "data": "more:" + "9" * 40}})
        bot.api.press_button("topic:zz:99999", menu.sent)
        bot.api.press_button("menu:nonsense", menu.sent)
        bot.api.press_button("more:abc:1.2:0:0:5", menu.sent)
        answered = await bot.api.wait_for("answerCallbackQuery", count=6)
        reply = await bot.ask("hello")

        assert answered and reply.text
        assert len(bot.api.calls_to("sendMessage", 1001)) == 2  # /topics and hello: no more
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_the_welcome_offers_topics_helplines_and_region(tmp_path, live_index):
    async with running_bot(tmp_path, live_index, default_region="us") as bot:
        welcome = await bot.ask("/start")
        labels = " ".join(button["text"] for button in welcome.buttons)
        assert "Topics" in labels and "Helplines" in labels and "region" in labels

        await bot.press(welcome, "Helplines")
        helplines = await bot.api.wait_for("sendMessage", 1001, count=2)
        await bot.press(welcome, "region")
        region = await bot.api.wait_for("sendMessage", 1001, count=3)
        await bot.press(welcome, "Topics")
        topics = await bot.api.wait_for("sendMessage", 1001, count=4)

        assert "988" in helplines.text and "116 123" not in helplines.text
        assert any("United Kingdom" in b["text"] for b in region.buttons)
        assert len(topics.buttons) >= 5


async def test_topics_ask_a_parents_question_for_every_article(tmp_path, live_index, searcher):
    topics = topic_questions(searcher)
    async with running_bot(tmp_path, live_index) as bot:
        menu = await bot.ask("/topics")
        labels = [button["text"] for button in menu.buttons]
        assert labels == [topic.label for topic in topics]

        answered_from = set()
        for count, label in enumerate(labels, start=2):
            await bot.press(menu, label)
            answer = await bot.api.wait_for("sendMessage", 1001, count=count)
            answered_from |= {meta.id for meta in searcher.articles.values()
                              if str(escape(meta.title)) in answer.text}
        # Every article is behind some topic, asked in a parent's words.
        assert answered_from == set(searcher.articles)


async def test_about_names_who_runs_the_bot_and_how_to_reach_them(tmp_path, live_index,
                                                                   monkeypatch):
    monkeypatch.setenv("NIGHTLIGHT_OPERATOR", "Ward 7 Health Visiting Team")
    monkeypatch.setenv("NIGHTLIGHT_CONTACT", "nightlight@example.org")
    async with running_bot(tmp_path, live_index) as bot:
        about = await bot.ask("/about")
        assert "Ward 7 Health Visiting Team" in about.text
        assert "nightlight@example.org" in about.text
