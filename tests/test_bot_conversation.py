"""A parent's conversation with the real bot, over HTTP, through the fake Bot API."""

from __future__ import annotations

import pytest
from bot_harness import running_bot
from markupsafe import escape

from bot.live_index import LiveIndex
from safety import Category, assess, helplines_for

QUESTION = "i dont feel a bond with my baby yet, is that normal?"


@pytest.fixture()
def live_index(searcher, built_index) -> LiveIndex:
    return LiveIndex.ready(searcher, built_index)


def _numbers_shown(html: str, region: str, category: Category | None) -> None:
    for line in helplines_for(region, category):
        assert str(escape(line.number)) in html, (line.number, html)


async def test_a_question_gets_typing_then_a_sourced_answer_with_buttons(
    tmp_path, live_index, searcher
):
    async with running_bot(tmp_path, live_index) as bot:
        answer = await bot.ask(QUESTION)

        typing = bot.api.calls_to("sendChatAction", 1001)
        assert typing and typing[0].params["action"] == "typing"
        assert typing[0].received < answer.received
        assert answer.params["parse_mode"] == "HTML"
        titles = [str(escape(meta.title)) for meta in searcher.articles.values()]
        assert any(title in answer.text for title in titles), answer.text
        labels = [button["text"] for button in answer.buttons]
        assert any("Helpful" in label for label in labels)
        assert any("Not helpful" in label for label in labels)


async def test_a_crisis_message_gets_the_regions_helplines_and_no_corpus_answer(
    tmp_path, live_index, searcher
):
    async with running_bot(tmp_path, live_index) as bot:
        await bot.ask("/start us-clinic1")
        reply = await bot.ask("i cant do this anymore i just want to end it all")

        _numbers_shown(reply.text, "us", Category.SELF_HARM_SUICIDE)
        assert not reply.buttons
        for meta in searcher.articles.values():
            assert str(escape(meta.title)) not in reply.text


async def test_start_with_a_deep_link_sets_the_region_and_counts_the_referrer(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        welcome = await bot.ask("/start us-clinic1")

        assert "United States" in welcome.text
        assert bot.storage.region_of(1001) == "us"
        assert [(r.code, r.starts) for r in bot.storage.stats().referrers] == [("clinic1", 1)]


async def test_start_with_a_broken_payload_still_welcomes_without_storing_junk(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        welcome = await bot.ask("/start zz-not%20valid!")

        assert "Nightlight" in welcome.text
        assert bot.storage.region_of(1001) is None
        assert bot.storage.stats().referrers == ()


async def test_region_buttons_change_the_helplines_shown(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        menu = await bot.ask("/region")
        await bot.press(menu, "Australia")
        edited = await bot.api.wait_for("editMessageText", 1001)
        await bot.api.wait_for("answerCallbackQuery")

        assert "Australia" in edited.text
        assert bot.storage.region_of(1001) == "au"
        helplines = await bot.ask("/helplines")
        _numbers_shown(helplines.text, "au", None)


async def test_forget_deletes_what_was_stored_and_confirms(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        await bot.ask("/start ie-ward7")
        assert bot.storage.user(1001) is not None

        confirmation = await bot.ask("/forget")

        assert bot.storage.user(1001) is None
        assert "deleted" in confirmation.text


async def test_a_sticker_gets_the_text_only_reply_with_a_pointer_to_helplines(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.inject(
            {"message": bot.api.message(sticker=_sticker(), user_id=1001)}
        )
        reply = await bot.api.wait_for("sendMessage", 1001)

        assert "sticker" in reply.text
        assert "/helplines" in reply.text


async def test_an_edited_message_is_checked_by_safety_again(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        first = await bot.ask("how do i bond with my baby", message_id=77)
        assert first.buttons  # an ordinary answer

        bot.api.edit_text(77, "how do i bond with my baby. honestly i want to end it all")
        crisis = await bot.api.wait_for("sendMessage", 1001, count=2)

        _numbers_shown(crisis.text, "uk", Category.SELF_HARM_SUICIDE)
        assert crisis.params["reply_parameters"]["message_id"] == 77


async def test_a_group_message_without_a_mention_is_ignored(tmp_path, live_index):
    group = {"chat_id": -100500, "chat_type": "supergroup"}
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.send_text(QUESTION, user_id=1001, **group)
        mentioned = await bot.ask(f"@{bot.api.username} {QUESTION}", **group)

        assert len(bot.api.calls_to("sendMessage", -100500)) == 1
        assert mentioned.buttons
        assert mentioned.params["reply_parameters"]["message_id"]


async def test_command_arguments_go_through_safety_first(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        reply = await bot.ask("/help i want to end it all")

        _numbers_shown(reply.text, "uk", Category.SELF_HARM_SUICIDE)


def _sticker() -> dict:
    return {
        "file_id": "s1",
        "file_unique_id": "s1u",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }


async def test_a_crisis_in_a_group_gets_helplines_even_without_a_mention(tmp_path, live_index):
    group = {"chat_id": -100800, "chat_type": "supergroup"}
    async with running_bot(tmp_path, live_index) as bot:
        reply = await bot.ask("my baby is not breathing and has gone blue", **group)

        _numbers_shown(reply.text, "uk", Category.BABY_EMERGENCY)
        assert reply.params["reply_parameters"]["message_id"]


# The patterns miss this; the learned net routes it (tests/test_safety_net.py NET_CRISES).
NET_ONLY_CRISIS = "i want everything to just stop forever"


async def test_a_crisis_only_the_learned_net_names_is_answered_in_a_group_without_a_mention(
    tmp_path, live_index
):
    assert not assess(NET_ONLY_CRISIS).is_crisis
    group = {"chat_id": -100510, "chat_type": "supergroup"}
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.send_text(QUESTION, user_id=1001, **group)  # not addressed: left alone
        crisis = await bot.ask(NET_ONLY_CRISIS, user_id=1001, **group)

        assert len(bot.api.calls_to("sendMessage", -100510)) == 1
        _numbers_shown(crisis.text, "uk", Category.SELF_HARM_SUICIDE)


async def test_a_rate_limited_parent_still_gets_a_crisis_only_the_learned_net_names(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index, rate_limit_per_minute=1) as bot:
        await bot.ask(QUESTION)
        limited = await bot.ask(QUESTION)
        crisis = await bot.ask(NET_ONLY_CRISIS)

        assert "minute" in limited.text
        _numbers_shown(crisis.text, "uk", Category.SELF_HARM_SUICIDE)
