"""The last resort: log what broke (never what was said) and still answer the parent.

If the message that broke a handler was a crisis, the parent gets the crisis reply, not
the generic "something went wrong"; either way it carries their region's helplines.
"""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot.handlers.answering import send_reply
from bot.handlers.services import services
from bot.replies import render
from safety import DEFAULT_REGION, assess, helplines_for

log = logging.getLogger("bot.errors")


async def on_error(update: object, context: CallbackContext) -> None:
    error = context.error
    # Exception messages can quote user text (a KeyError of the message, say), so only
    # Telegram's own errors keep theirs; everything else logs its type and stack.
    detail = str(error) if isinstance(error, TelegramError) else "(message withheld)"
    stack = "".join(traceback.format_tb(error.__traceback__)) if error else ""
    log.error("handler failed: %s: %s\n%s", type(error).__name__, detail, stack)

    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is None:
        return
    try:
        region = _region(update, context)
        text = _text(update)
        if text and assess(text).is_crisis:
            reply = services(context).pipeline.respond(text, region)
            await send_reply(context, chat.id, reply.html, crisis=True)
            return
        await send_reply(
            context, chat.id,
            render("error_fallback", helplines=helplines_for(region, None)[:3]),
        )
    except Exception as send_error:  # noqa: BLE001 - nothing more we can do but log
        log.error("fallback reply failed too: %s", type(send_error).__name__)


def _text(update: Update) -> str | None:
    message = update.effective_message
    if message is None:
        return None
    return message.text if message.text is not None else message.caption


def _region(update: Update, context: CallbackContext) -> str:
    """The region from memory only: whatever broke may be storage itself."""
    user = update.effective_user
    try:
        return services(context).known_region(user.id if user else None)
    except Exception:  # noqa: BLE001 - the fallback reply must not fail on this
        return DEFAULT_REGION
