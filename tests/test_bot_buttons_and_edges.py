"""Answer buttons, the informational commands, and the odd things people send."""

from __future__ import annotations

import pytest
from bot_harness import running_bot
from markupsafe import escape

from bot.live_index import LiveIndex
from bot.replies import TELEGRAM_LIMIT
from bot.storage import PassageFeedback

QUESTION = "is it normal not to feel a bond with my baby straight away?"


@pytest.fixture()
def live_index(searcher, built_index) -> LiveIndex:
    return LiveIndex.ready(searcher, built_index)


async def _answer_with_more(bot):
    """Ask questions until one has a More button (most do; none is hard-coded)."""
    for question in (
        QUESTION,
        "how does baby massage help my baby's mental health?",
        "what is mind-mindedness?",
        "why do the first 1001 days matter so much?",
    ):
        answer = await bot.ask(question)
        if any("More" in button["text"] for button in answer.buttons):
            return answer
    pytest.fail("no answer offered More")


async def test_helpful_is_counted_once_per_passage_shown_and_the_buttons_go(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        answer = await bot.ask(QUESTION)
        await bot.press(answer, "👍")
        edited = await bot.api.wait_for("editMessageReplyMarkup", 1001)
        await bot.press(answer, "👍")  # a double tap
        await bot.api.wait_for("answerCallbackQuery", count=2)

        counts = bot.storage.stats().feedback
        assert counts and all(c.helpful == 1 and c.not_helpful == 0 for c in counts)
        assert not any("Helpful" in button["text"] for button in edited.buttons)


async def test_not_helpful_is_stored_as_an_anonymous_count(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        answer = await bot.ask(QUESTION)
        await bot.press(answer, "Not helpful")
        await bot.api.wait_for("editMessageReplyMarkup", 1001)

        counts = bot.storage.stats().feedback
        assert counts and all(isinstance(c, PassageFeedback) for c in counts)
        assert all(c.not_helpful == 1 and c.helpful == 0 for c in counts)


async def test_more_shows_the_next_passage_with_its_own_buttons(tmp_path, live_index, searcher):
    async with running_bot(tmp_path, live_index) as bot:
        answer = await _answer_with_more(bot)
        sent_before = len(bot.api.calls_to("sendMessage", 1001))
        await bot.press(answer, "More")
        extra = await bot.api.wait_for("sendMessage", 1001, count=sent_before + 1)

        titles = [str(escape(meta.title)) for meta in searcher.articles.values()]
        assert any(title in extra.text for title in titles)
        assert extra.text != answer.text
        assert any("Helpful" in button["text"] for button in extra.buttons)


async def test_a_button_from_before_a_restart_says_kindly_that_it_expired(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        answer = await bot.ask(QUESTION)
        stale = bot.api.message("old", user_id=1001)
        bot.api.press_button("more:feedfacecafe", stale)
        bot.api.press_button("fb:y:feedfacecafe", answer.sent)
        replies = [await bot.api.wait_for("answerCallbackQuery", count=n) for n in (1, 2)]

        assert all("ask again" in reply.params["text"] for reply in replies)
        assert bot.storage.stats().feedback == ()


async def test_sources_about_and_privacy_say_what_they_should(tmp_path, live_index, searcher):
    async with running_bot(tmp_path, live_index) as bot:
        sources = await bot.ask("/sources")
        about = await bot.ask("/about")
        privacy = await bot.ask("/privacy")

        for meta in searcher.articles.values():
            assert str(escape(meta.title)) in sources.text
            assert str(escape(meta.publisher)) in sources.text
            if meta.url:
                assert str(escape(meta.url)) in sources.text
        assert "not medical advice" in about.text
        assert "No person reads" in about.text
        assert "never store what you write" in privacy.text and "/forget" in privacy.text


async def test_the_command_menu_is_registered_at_start_up(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        names = {command["command"] for command in bot.api.commands}

        assert {"start", "help", "helplines", "region", "topics", "sources"} <= names
        assert {"about", "privacy", "forget"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "🙂🙂🙂",
        "<b>my baby</b> & me <script>alert(1)</script> won't settle",
        "мой ребенок плачет",
        "please help " * 400 + "how do i bond with my baby",
    ],
    ids=["emoji-only", "markup", "non-english", "very-long"],
)
async def test_odd_messages_get_a_valid_reply_telegram_accepts(tmp_path, live_index, text):
    async with running_bot(tmp_path, live_index) as bot:
        reply = await bot.ask(text)

        # The fake Bot API refuses invalid HTML and over-long texts, as Telegram does.
        assert reply.result is not None
        assert 0 < len(reply.text) <= TELEGRAM_LIMIT
        assert "<script>" not in reply.text


async def test_a_photo_caption_is_read_like_a_message(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        photo = [{"file_id": "p", "file_unique_id": "pu", "width": 90, "height": 90}]
        bot.api.inject(
            {"message": bot.api.message(user_id=1001, photo=photo, caption=QUESTION)}
        )
        reply = await bot.api.wait_for("sendMessage", 1001)

        assert reply.buttons


async def test_in_a_group_a_reply_to_the_bot_is_answered(tmp_path, live_index):
    group = {"chat_id": -100600, "chat_type": "group"}
    async with running_bot(tmp_path, live_index) as bot:
        first = await bot.ask(f"@{bot.api.username} {QUESTION}", **group)
        followup = await bot.ask(
            "and what about dads?", reply_to=first.sent, **group
        )
        bot.api.send_text("/help@some_other_bot", **group)
        commanded = await bot.ask(f"/help@{bot.api.username}", **group)

        assert followup.params["reply_parameters"]
        assert "/helplines" in commanded.text
        assert len(bot.api.calls_to("sendMessage", -100600)) == 3


async def test_added_to_a_group_it_explains_how_to_talk_to_it_there(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        me = {"id": bot.api.bot_id, "is_bot": True, "first_name": "Nightlight",
              "username": bot.api.username}
        bot.api.inject(
            {"message": bot.api.message(chat_id=-100700, chat_type="group",
                                        new_chat_members=[me])}
        )
        hello = await bot.api.wait_for("sendMessage", -100700)

        assert f"@{bot.api.username}" in hello.text
        assert "/helplines" in hello.text
