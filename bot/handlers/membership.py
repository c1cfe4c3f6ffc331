"""When someone adds Nightlight to a group: say how to talk to it there."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackContext, MessageHandler, filters

from bot.replies import render


def handler() -> BaseHandler:
    return MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, on_members_joined)


async def on_members_joined(update: Update, context: CallbackContext) -> None:
    members = update.effective_message.new_chat_members or ()
    if any(member.id == context.bot.id for member in members):
        await update.effective_chat.send_message(
            render("group_hello", username=context.bot.username)
        )
