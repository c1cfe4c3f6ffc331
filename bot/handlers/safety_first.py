"""The first handler every message meets: safety before anything else can answer.

Message text, edited messages, captions and command arguments all pass through here.
A crisis is answered at once (helplines, via the pipeline), whatever the rate limit and
even in a group where the bot was not addressed: there the learned net is asked too, in a
worker thread, before the message is let go. Plain text is answered here too, so
later handler groups only ever see commands and non-text messages.
"""

from __future__ import annotations

import asyncio

from telegram import Chat, Update
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackContext,
    MessageHandler,
    filters,
)

from bot.handlers.addressing import read_inbound
from bot.handlers.answering import answer_text
from bot.handlers.commands import COMMAND_NAMES
from bot.handlers.services import services
from bot.metrics import count_skipped
from bot.rate_limit import Verdict
from bot.replies import render
from safety import assess


def handler() -> BaseHandler:
    # Status updates (someone joined, a title changed) carry nothing to read.
    return MessageHandler(filters.UpdateType.MESSAGES & ~filters.StatusUpdate.ALL, guard)


async def guard(update: Update, context: CallbackContext) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    inbound = read_inbound(message, context.bot)
    user_id = update.effective_user.id if update.effective_user else None
    to_check = inbound.command_args if inbound.command is not None else inbound.text
    is_crisis = bool(to_check) and assess(to_check).is_crisis
    # Quote the message in groups (who is answered?) and for edits (which version?).
    quote = message if (update.edited_message or chat.type != Chat.PRIVATE) else None

    if not inbound.addressed:
        if is_crisis or await _net_says_crisis(context, to_check):
            await answer_text(context, chat, user_id, to_check, reply_to=message, crisis=True)
        else:
            count_skipped("not_addressed")
        raise ApplicationHandlerStop

    if not is_crisis and user_id is not None:
        verdict = services(context).rate_limiter.check(user_id)
        if verdict is not Verdict.ALLOW:
            if await _net_says_crisis(context, to_check):
                await answer_text(context, chat, user_id, to_check, reply_to=quote)
                raise ApplicationHandlerStop
            if verdict is Verdict.WARN:
                await chat.send_message(render("rate_limited"))
            count_skipped("rate_limited")
            raise ApplicationHandlerStop

    if inbound.command is not None:
        known = inbound.command in COMMAND_NAMES
        if inbound.command_args and (is_crisis or not known):
            # "/ask is it normal…" or a crisis typed after a command: the words come first.
            await answer_text(
                context, chat, user_id, inbound.command_args, reply_to=quote, crisis=is_crisis
            )
            raise ApplicationHandlerStop
        return  # on to the command handlers

    if inbound.text is not None:
        await answer_text(context, chat, user_id, inbound.text, reply_to=quote, crisis=is_crisis)
        raise ApplicationHandlerStop
    # No text at all (a sticker, a voice note): the media handler explains.


async def _net_says_crisis(context: CallbackContext, text: str | None) -> bool:
    """Whether the learned net (with the index) routes a message the patterns let through to
    the crisis reply; False when there is no text or no index."""
    if not text:
        return False
    return await asyncio.to_thread(services(context).pipeline.is_crisis, text)
