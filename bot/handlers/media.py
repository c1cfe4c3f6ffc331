"""Voice notes, stickers, photos without a caption, locations, files: the bot reads text."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackContext, MessageHandler, filters

from bot.replies import render


def handler() -> BaseHandler:
    # Text and captions never get here: the safety-first guard answered them already.
    return MessageHandler(
        filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL & ~filters.TEXT & ~filters.CAPTION,
        on_non_text,
    )


async def on_non_text(update: Update, context: CallbackContext) -> None:
    message = update.effective_message
    kind = _kind(message)
    await message.reply_html(render("non_text", kind=kind))


def _kind(message) -> str:
    """A plain word for what was sent, so the reply can name it."""
    for attribute, word in (
        ("voice", "voice note"),
        ("video_note", "video message"),
        ("sticker", "sticker"),
        ("photo", "photo"),
        ("video", "video"),
        ("animation", "GIF"),
        ("audio", "audio file"),
        ("location", "location"),
        ("venue", "location"),
        ("contact", "contact"),
        ("document", "file"),
        ("poll", "poll"),
    ):
        if getattr(message, attribute, None):
            return word
    return "message"
