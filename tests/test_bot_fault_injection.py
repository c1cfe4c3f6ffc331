"""Fault injection: whatever breaks, a crisis gets its helplines, once, and nobody waits on it.

Each test breaks one thing — a bad update, 429s, 500s, a hanging or dropped send, a hanging
"typing…" — through the fake Bot API, and asserts what the users received and in what order
(a crisis from an unaffected user arrives while the fault is still in force). No wall-clock
thresholds: the latencies are printed (`pytest -s`) for the README table.
"""

from __future__ import annotations

import asyncio
import io
import logging
from itertools import pairwise

import pytest
from bot_harness import RunningBot, running_bot
from fake_bot_api import Call
from markupsafe import escape

from bot import log_privacy
from bot.live_index import LiveIndex
from safety import Category, helplines_for

QUESTION = "how can i help my baby feel safe and loved?"
CRISIS = "i cant do this anymore i just want to end it all"
AFFECTED, OTHER = 1001, 2002


@pytest.fixture()
def live_index(searcher, built_index) -> LiveIndex:
    return LiveIndex.ready(searcher, built_index)


def assert_crisis_reply(call: Call, region: str) -> None:
    """The self-harm crisis template, with this region's numbers and no answer buttons."""
    for line in helplines_for(region, Category.SELF_HARM_SUICIDE):
        assert str(escape(line.number)) in call.text, (region, line.number, call.text)
    assert "went wrong" not in call.text
    assert not call.buttons


async def crisis_from(bot: RunningBot, user_id: int, fault: str) -> Call:
    """Send the crisis message; return the first delivered reply and print its latency."""
    before = len(bot.api.delivered("sendMessage", user_id))
    update_id = bot.api.send_text(CRISIS, user_id=user_id)
    reply = await bot.api.wait_for(
        "sendMessage", user_id, count=before + 1, where=lambda call: call.delivered, timeout=70
    )
    latency = reply.received - bot.api.injected_at[update_id]
    print(f"\ncrisis reply latency, {fault}: {latency * 1000:.0f} ms")
    return reply


async def set_region(bot: RunningBot, user_id: int, region: str) -> None:
    await bot.ask(f"/start {region}-ward7", user_id=user_id)


async def test_an_undecodable_update_is_skipped_and_everyone_else_is_answered(
    tmp_path, live_index
):
    log_output = io.StringIO()
    handler = logging.StreamHandler(log_output)
    log_privacy.install(handler, None)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        async with running_bot(tmp_path, live_index) as bot:
            await set_region(bot, OTHER, "us")
            bot.api.send_undecodable(AFFECTED)
            crisis = await crisis_from(bot, OTHER, "after an undecodable update")
            answer = await bot.ask(QUESTION, user_id=AFFECTED)
            await bot.api.wait_until_consumed()
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(logging.WARNING)

    assert_crisis_reply(crisis, "us")
    assert answer.buttons
    logged = log_output.getvalue()
    assert "skipped update" in logged
    for secret in ("SECRET POLL QUESTION", CRISIS, QUESTION):
        assert secret not in logged


async def test_a_crisis_reply_waits_out_five_429s_and_arrives_once_never_the_fallback(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.fail_next("sendMessage", status=429, retry_after=1, times=5, chat_id=AFFECTED)
        update_id = bot.api.send_text(CRISIS, user_id=AFFECTED)
        # Another parent in crisis is not held up by someone else's flood limit.
        other = await crisis_from(bot, OTHER, "while another chat gets 429s")
        assert not bot.api.delivered("sendMessage", AFFECTED)

        reply = await bot.api.wait_for(
            "sendMessage", AFFECTED, where=lambda call: call.delivered, timeout=30
        )
        attempts = bot.api.calls_to("sendMessage", AFFECTED)
        print(f"\ncrisis reply latency, after five 429s: "
              f"{(reply.received - bot.api.injected_at[update_id]) * 1000:.0f} ms")
        await asyncio.sleep(0.5)

        assert_crisis_reply(other, "uk")
        assert_crisis_reply(reply, "uk")
        assert len(attempts) == 6
        assert all(b.received - a.received >= 1.0 for a, b in pairwise(attempts))
        assert len(bot.api.delivered("sendMessage", AFFECTED)) == 1


async def test_a_crisis_reply_survives_six_500s_and_an_answer_survives_three(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        await set_region(bot, AFFECTED, "us")
        bot.api.fail_next("sendMessage", status=500, retry_after=None, times=6, chat_id=AFFECTED)
        crisis = await crisis_from(bot, AFFECTED, "after six 500s on its own send")
        bot.api.fail_next("sendMessage", status=500, retry_after=None, times=3, chat_id=OTHER)
        bot.api.send_text(QUESTION, user_id=OTHER)
        answer = await bot.api.wait_for(
            "sendMessage", OTHER, where=lambda call: call.delivered, timeout=20
        )
        await asyncio.sleep(0.5)

        assert_crisis_reply(crisis, "us")
        assert len(bot.api.delivered("sendMessage", AFFECTED)) == 2  # welcome + crisis
        assert answer.buttons
        assert len(bot.api.delivered("sendMessage", OTHER)) == 1


async def test_a_hanging_send_is_resent_for_a_crisis_and_holds_up_nobody_else(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.hang_next("sendMessage", chat_id=AFFECTED, seconds=30)
        bot.api.send_text(CRISIS, user_id=AFFECTED)
        await bot.api.wait_for("sendMessage", AFFECTED)  # the hanging attempt
        other = await crisis_from(bot, OTHER, "while another chat's send hangs")
        assert not bot.api.delivered("sendMessage", AFFECTED)

        resent = await bot.api.wait_for(
            "sendMessage", AFFECTED, where=lambda call: call.delivered, timeout=30
        )
        assert_crisis_reply(other, "uk")
        assert_crisis_reply(resent, "uk")
        assert len(bot.api.delivered("sendMessage", AFFECTED)) == 1


async def test_an_answer_dropped_after_delivery_is_not_sent_twice(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.drop_after_delivery_next("sendMessage", chat_id=AFFECTED)
        answer = await bot.ask(QUESTION, user_id=AFFECTED)
        other = await crisis_from(bot, OTHER, "after another chat's answer was dropped")
        await asyncio.sleep(1.0)

        assert answer.buttons and answer.outcome == "dropped"
        assert len(bot.api.delivered("sendMessage", AFFECTED)) == 1
        assert_crisis_reply(other, "uk")


async def test_a_crisis_reply_dropped_after_delivery_is_sent_again_at_least_once(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.drop_after_delivery_next("sendMessage", chat_id=AFFECTED)
        bot.api.send_text(CRISIS, user_id=AFFECTED)
        confirmed = await bot.api.wait_for("sendMessage", AFFECTED, count=2, timeout=10)

        assert_crisis_reply(confirmed, "uk")
        # At-least-once, by policy: the bot could not know the first copy arrived.
        assert [call.outcome for call in bot.api.calls_to("sendMessage", AFFECTED)] == [
            "dropped", "ok"
        ]


async def test_a_hanging_typing_indicator_delays_no_reply(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.hang_next("sendChatAction", times=10, seconds=30)
        answer = await bot.ask(QUESTION, user_id=AFFECTED)
        crisis = await crisis_from(bot, OTHER, "while typing... hangs")

        typing = bot.api.calls_to("sendChatAction", AFFECTED)
        assert answer.buttons
        assert typing and typing[0].outcome == "hang"
        assert_crisis_reply(crisis, "uk")
        # A crisis reply does not even ask for "typing…".
        assert not bot.api.calls_to("sendChatAction", OTHER)
