"""The check-in's buttons: "We need help now" brings the crisis reply, "We're safe" thanks.

The bot runs against the fake Bot API with the real index, its learned net replaced by one that
is unsure about every message (so each reply is a check-in, whatever the model would say).
"""

from __future__ import annotations

import dataclasses

import pytest
from bot_harness import running_bot
from constant_nets import constant_net

from bot.handlers.keyboards import NOT_SAFE_PREFIX
from bot.live_index import LiveIndex
from bot.metrics import REGISTRY
from bot.pipeline import Pipeline
from safety import Category, helplines_for
from safety.net import Bands

QUESTION = "how can i help my baby settle at night?"


@pytest.fixture()
def unsure_index(searcher, built_index) -> LiveIndex:
    # P(crisis) = 0.5, as abuse, for every message: inside the check-in band.
    net = constant_net(0.5, searcher.encoder.dimension, Bands(crisis=0.9, check_in=0.2))
    return LiveIndex.ready(dataclasses.replace(searcher, crisis_net=net), built_index)


def _labels(call) -> list[str]:
    return [button["text"] for button in call.buttons]


def _taps(answer: str) -> float:
    return REGISTRY.get_sample_value("nightlight_check_in_answers_total", {"answer": answer}) or 0


async def test_a_check_in_offers_both_answers_above_the_answer_buttons(tmp_path, unsure_index):
    async with running_bot(tmp_path, unsure_index) as bot:
        reply = await bot.ask(QUESTION)
        assert "safe right now" in reply.text
        labels = _labels(reply)
        assert labels[:2] == ["🆘 We need help now", "We're safe"]
        assert "👍 Helpful" in labels, "the answer's own buttons stay below"


async def test_we_need_help_now_sends_the_crisis_reply_for_the_category_the_net_leaned_to(
    tmp_path, unsure_index
):
    async with running_bot(tmp_path, unsure_index) as bot:
        before = _taps("help")
        reply = await bot.ask(QUESTION)
        await bot.press(reply, "We need help now")
        crisis = await bot.api.wait_for("sendMessage", 1001, count=2)
        assert _taps("help") == before + 1, "counted for the operator (no text, no ids)"
        abuse_lines = helplines_for("uk", Category.ABUSE)
        assert abuse_lines and abuse_lines[0].number in crisis.text
        assert crisis.text == Pipeline(unsure_index).crisis_reply("abuse", "uk").html


async def test_we_need_help_now_is_sent_even_when_the_button_spinner_cannot_be_stopped(
    tmp_path, unsure_index
):
    async with running_bot(tmp_path, unsure_index) as bot:
        reply = await bot.ask(QUESTION)
        bot.api.fail_next("answerCallbackQuery", status=500, retry_after=None, times=3)
        await bot.press(reply, "We need help now")
        crisis = await bot.api.wait_for("sendMessage", 1001, count=2)
        assert helplines_for("uk", Category.ABUSE)[0].number in crisis.text


async def test_a_damaged_help_button_still_brings_a_crisis_reply(tmp_path, unsure_index):
    async with running_bot(tmp_path, unsure_index) as bot:
        reply = await bot.ask(QUESTION)
        bot.api.press_button(NOT_SAFE_PREFIX + "no-such-category", reply.sent)
        crisis = await bot.api.wait_for("sendMessage", 1001, count=2)
        emergency = [line for line in helplines_for("uk", Category.SELF_HARM_SUICIDE)
                     if line.emergency]
        assert emergency and emergency[0].number in crisis.text


async def test_we_are_safe_says_thank_you_and_only_the_question_buttons_go(
    tmp_path, unsure_index
):
    async with running_bot(tmp_path, unsure_index) as bot:
        before = _taps("safe")
        reply = await bot.ask(QUESTION)
        await bot.press(reply, "We're safe")
        thanks = await bot.api.wait_for("answerCallbackQuery")
        assert _taps("safe") == before + 1
        edited = await bot.api.wait_for("editMessageReplyMarkup", 1001)
        assert "thank you" in thanks.params.get("text", "").lower()
        assert "We're safe" not in _labels(edited) and "👍 Helpful" in _labels(edited)
        assert len(bot.api.calls_to("sendMessage", 1001)) == 1, "no message on top of it"


async def test_a_reply_without_a_check_in_has_no_safety_buttons(tmp_path, sure_index):
    async with running_bot(tmp_path, sure_index) as bot:
        reply = await bot.ask(QUESTION)
        assert "safe right now" not in reply.text
        assert not any("We need help now" in label for label in _labels(reply))


@pytest.fixture()
def sure_index(searcher, built_index) -> LiveIndex:
    net = constant_net(0.5, searcher.encoder.dimension, Bands(crisis=0.9, check_in=0.8))
    return LiveIndex.ready(dataclasses.replace(searcher, crisis_net=net), built_index)
