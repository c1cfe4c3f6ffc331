"""Inline button taps: region choice, topics, Helpful / Not helpful, and More."""

from __future__ import annotations

import contextlib

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackContext, CallbackQueryHandler

from bot.handlers.answering import answer_text
from bot.handlers.keyboards import (
    HELPFUL_PREFIX,
    MORE_PREFIX,
    NOT_HELPFUL_PREFIX,
    REGION_NAMES,
    REGION_PREFIX,
    TOPIC_PREFIX,
    answer_keyboard,
)
from bot.handlers.services import services
from bot.replies import render

EXPIRED = "Sorry, that answer is too old for this button. Please ask again."


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(choose_region, pattern=f"^{REGION_PREFIX}"),
        CallbackQueryHandler(ask_topic, pattern=f"^{TOPIC_PREFIX}"),
        CallbackQueryHandler(feedback, pattern=f"^({HELPFUL_PREFIX}|{NOT_HELPFUL_PREFIX})"),
        CallbackQueryHandler(more, pattern=f"^{MORE_PREFIX}"),
        CallbackQueryHandler(stale_button),
    ]


async def choose_region(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    code = query.data.removeprefix(REGION_PREFIX)
    if code not in REGION_NAMES:
        await query.answer(EXPIRED)
        return
    services(context).storage.set_region(query.from_user.id, code)
    await query.answer(f"Helplines for {REGION_NAMES[code]}")
    await query.edit_message_text(render("region_set", region_name=REGION_NAMES[code]))


async def ask_topic(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    searcher = services(context).pipeline.live_index.searcher
    topics = searcher.topics() if searcher is not None else []
    index = query.data.removeprefix(TOPIC_PREFIX)
    if not index.isdigit() or int(index) >= len(topics):
        await query.answer(EXPIRED)
        return
    await query.answer()
    # Tapping a topic asks it, exactly as if the parent had typed it.
    await answer_text(context, query.message.chat, query.from_user.id, topics[int(index)])


async def feedback(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    helpful = query.data.startswith(HELPFUL_PREFIX)
    token = query.data.split(":", 2)[2]
    shared = services(context)
    answer = shared.answers.get(token)
    if answer is None:
        await query.answer(EXPIRED)
        return
    if answer.voted:
        await query.answer("Already noted — thank you.")
        return
    answer.voted = True
    # Anonymous: only which passage and which button, never who or what they asked.
    for hit in answer.shown:
        shared.storage.record_feedback(hit.passage.article_id, hit.passage.position, helpful)
    await query.answer("Thank you — that helps make Nightlight better.")
    await _refresh_buttons(query, token, answer)


async def more(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    token = query.data.removeprefix(MORE_PREFIX)
    shared = services(context)
    answer = shared.answers.get(token)
    if answer is None or not answer.more or answer.more_taken:
        await query.answer(EXPIRED if answer is None else "That's everything I have on this.")
        return
    answer.more_taken = True
    await query.answer()
    await _refresh_buttons(query, token, answer)

    shown, html = shared.pipeline.render_answer(answer.more[:1])
    rest = answer.more[len(shown):]
    next_token = shared.answers.remember(shown, rest)
    await query.message.chat.send_message(
        html, reply_markup=answer_keyboard(next_token, shared.answers.get(next_token))
    )


async def stale_button(update: Update, context: CallbackContext) -> None:
    """Buttons from an older version of the bot: answer, so the spinner stops."""
    await update.callback_query.answer(EXPIRED)


async def _refresh_buttons(query, token: str, answer) -> None:
    # "Message is not modified" (a double tap racing us) is harmless.
    with contextlib.suppress(BadRequest):
        await query.edit_message_reply_markup(answer_keyboard(token, answer))
