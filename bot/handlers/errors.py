"""The last resort: log what broke (never what was said) and still answer the parent."""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot.handlers.services import services
from bot.replies import render
from safety import DEFAULT_REGION, helplines_for

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
        await chat.send_message(
            render("error_fallback", helplines=helplines_for(_region(update, context), None)[:3])
        )
    except Exception as send_error:  # noqa: BLE001 - nothing more we can do but log
        log.error("fallback reply failed too: %s", type(send_error).__name__)


def _region(update: Update, context: CallbackContext) -> str:
    """The user's region if storage still answers; whatever broke may be storage itself."""
    user = update.effective_user
    try:
        return services(context).region_for(user.id if user else None)
    except Exception:  # noqa: BLE001 - the fallback reply must not fail on this
        return DEFAULT_REGION
