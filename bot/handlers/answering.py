"""Runs one text through the pipeline and sends the reply: the one place replies go out.

A crisis owns nothing it can wait on: safety has already decided, the region comes from
memory (or a 50 ms look at storage, else the default), the reply is rendered right here
without the index or a worker thread, no "typing…" is sent, and the send is retried until
delivered (bot/send_policy.py). Everything else shows "typing…" (fire-and-forget), runs
retrieval in a worker thread and is sent with bounded retries.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Chat, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ChatAction
from telegram.error import NetworkError, TelegramError
from telegram.ext import CallbackContext

from bot.handlers.keyboards import answer_keyboard, check_in_keyboard
from bot.handlers.services import services
from bot.pipeline import Reply, Route
from bot.send_policy import CRISIS, maybe_delivered
from bot.storage_service import CRISIS_REGION_WAIT
from safety import assess

log = logging.getLogger(__name__)

# "typing…" is a courtesy: it gets this long, and the reply never waits for it.
TYPING_TIMEOUT = 1.0
_background: set[asyncio.Task] = set()


async def answer_text(
    context: CallbackContext,
    chat: Chat,
    user_id: int | None,
    text: str,
    reply_to: Message | None = None,
    *,
    crisis: bool | None = None,
) -> Reply:
    """Answer `text` in `chat`, quoting `reply_to` when given (groups, edited messages).

    `crisis` is the safety verdict when the caller already has it (it is assessed otherwise).
    """
    shared = services(context)
    if crisis is None:
        crisis = assess(text).is_crisis
    if crisis:
        region = await shared.region_for(user_id, CRISIS_REGION_WAIT)
        # The patterns decided: respond() renders the crisis template without the index.
        reply = shared.pipeline.respond(text, region)
    else:
        region = await shared.region_for(user_id)
        send_typing(context, chat.id)
        # Retrieval is CPU work: off the event loop, so other chats never wait for it.
        reply = await asyncio.to_thread(shared.pipeline.respond, text, region)

    markup = None
    if reply.route is Route.ANSWER and reply.answer_state is not None:
        markup = answer_keyboard(reply.answer_state, more=reply.has_more)
    if reply.leaning is not None:  # a check-in: "are you safe?" answered with one tap
        markup = check_in_keyboard(reply.leaning, below=markup)
    await send_reply(
        context, chat.id, reply.html, crisis=reply.route is Route.CRISIS,
        reply_to=reply_to, markup=markup,
    )
    shared.storage.note_active(user_id)  # weekly, anonymous per-referrer counts
    return reply


async def send_reply(
    context: CallbackContext,
    chat_id: int,
    html: str,
    *,
    crisis: bool = False,
    reply_to: Message | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send one reply. A crisis reply that still fails after the retry policy's 60 s is
    logged and swallowed: the error handler must not replace it with the generic fallback."""
    kwargs: dict[str, object] = {"chat_id": chat_id, "text": html, "reply_markup": markup}
    if reply_to is not None:
        kwargs["reply_parameters"] = ReplyParameters(message_id=reply_to.message_id)
    if not crisis:
        try:
            return await context.bot.send_message(**kwargs)
        except NetworkError as error:
            if not maybe_delivered(error):
                raise  # certainly not delivered: the error handler sends the fallback
            # Most likely delivered (see bot/send_policy.py): no fallback on top of it.
            return None
    try:
        return await context.bot.send_message(**kwargs, rate_limit_args=CRISIS)
    except TelegramError as error:
        log.error("crisis reply NOT delivered: %s", type(error).__name__)
        return None


def send_typing(context: CallbackContext, chat_id: int) -> None:
    """Fire-and-forget "typing…": nobody awaits it, and a hanging server costs one second."""
    task = asyncio.create_task(_typing(context, chat_id), name="nightlight-typing")
    _background.add(task)
    task.add_done_callback(_background.discard)


async def _typing(context: CallbackContext, chat_id: int) -> None:
    try:
        await asyncio.wait_for(
            context.bot.send_chat_action(
                chat_id, ChatAction.TYPING, read_timeout=TYPING_TIMEOUT,
                write_timeout=TYPING_TIMEOUT, connect_timeout=TYPING_TIMEOUT,
                pool_timeout=TYPING_TIMEOUT,
            ),
            TYPING_TIMEOUT,
        )
    except (TelegramError, TimeoutError) as error:
        log.info("typing indicator skipped: %s", type(error).__name__)
