"""The check-in's two buttons: "We need help now" and "We're safe".

A check-in asks "Are you and your baby safe right now?" (the learned net was unsure, so the
numbers are already on top). The buttons let a parent answer with one tap: "We need help now"
sends the crisis reply for the category the net leaned to, as any crisis reply is sent (the
region from memory or a short look at storage, no index, retried until delivered); "We're
safe" says thank you and the question's buttons go. The category rides in the button, so it
works after a restart; a damaged one still brings the crisis reply (bot/pipeline.py).
"""

from __future__ import annotations

import contextlib

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackContext, CallbackQueryHandler

from bot.handlers.answering import send_reply
from bot.handlers.keyboards import CHECK_IN_PREFIX, NOT_SAFE_PREFIX, SAFE_PREFIX, without_buttons
from bot.handlers.services import services
from bot.metrics import count_check_in_answer
from bot.replies import render
from bot.storage_service import CRISIS_REGION_WAIT


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(not_safe, pattern=f"^{NOT_SAFE_PREFIX}"),
        CallbackQueryHandler(safe, pattern=f"^{SAFE_PREFIX}"),
    ]


async def not_safe(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    chat_id = query.message.chat.id if query.message is not None else query.from_user.id
    shared = services(context)
    region = await shared.region_for(query.from_user.id, CRISIS_REGION_WAIT)
    reply = shared.pipeline.crisis_reply(query.data.removeprefix(NOT_SAFE_PREFIX), region)
    count_check_in_answer("help")  # in memory, cannot hold the reply up
    # The reply first: stopping the button's spinner is a courtesy that may fail.
    await send_reply(context, chat_id, reply.html, crisis=True)
    with contextlib.suppress(TelegramError):
        await query.answer()


async def safe(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    count_check_in_answer("safe")
    await query.answer(render("check_in_safe"))
    markup = query.message.reply_markup if query.message is not None else None
    # "Message is not modified" (a double tap) or a message too old to edit: harmless.
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(without_buttons(markup, CHECK_IN_PREFIX))
