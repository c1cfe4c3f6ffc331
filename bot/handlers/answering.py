"""Runs one text through the pipeline and sends the reply: typing first, buttons under answers."""

from __future__ import annotations

import asyncio
import contextlib

from telegram import Chat, Message
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot.handlers.keyboards import answer_keyboard
from bot.handlers.services import services
from bot.pipeline import Reply, Route


async def answer_text(
    context: CallbackContext,
    chat: Chat,
    user_id: int | None,
    text: str,
    reply_to: Message | None = None,
) -> Reply:
    """Answer `text` in `chat`, quoting `reply_to` when given (groups, edited messages)."""
    shared = services(context)
    region = shared.region_for(user_id)

    # "typing…" goes out while the pipeline works; awaited before the reply so it lands first.
    typing = asyncio.create_task(chat.send_action(ChatAction.TYPING))
    try:
        # Retrieval is CPU work: off the event loop, so other chats never wait for it.
        reply = await asyncio.to_thread(shared.pipeline.respond, text, region)
    finally:
        with contextlib.suppress(TelegramError):
            await typing

    markup = None
    if reply.route is Route.ANSWER and reply.answer_state is not None:
        markup = answer_keyboard(reply.answer_state, more=reply.has_more)

    if reply_to is not None:
        await reply_to.reply_html(reply.html, reply_markup=markup, do_quote=True)
    else:
        await chat.send_message(reply.html, reply_markup=markup)
    return reply
