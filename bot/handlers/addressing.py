"""Whether a message is meant for the bot, and its text with the bot's @mention removed.

In private chats every message is. In groups the bot speaks only when mentioned,
replied to, or commanded, so it never butts into a conversation between parents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import Bot, Chat, Message, MessageEntity


@dataclass(frozen=True)
class Inbound:
    """The text a message carries for the bot, and whether it was addressed to it."""

    text: str | None
    addressed: bool
    command: str | None = None  # lower-case, without "/" or "@bot"
    command_args: str = ""


def read_inbound(message: Message, bot: Bot) -> Inbound:
    raw = message.text if message.text is not None else message.caption
    private = message.chat.type == Chat.PRIVATE
    username = (bot.username or "").lower()

    command, args, for_other_bot = _command(message, username)
    if command is not None:
        return Inbound(text=raw, addressed=not for_other_bot, command=command, command_args=args)

    addressed = private or _mentions(message, bot, username) or _replies_to(message, bot)
    text = _strip_mention(raw, username) if raw is not None and username else raw
    return Inbound(text=text, addressed=addressed)


def _command(message: Message, username: str) -> tuple[str | None, str, bool]:
    """(command, its arguments, whether it is addressed to some other bot)."""
    if message.text is None or not message.text.startswith("/"):
        return None, "", False
    entities = message.entities or ()
    if not any(e.type == MessageEntity.BOT_COMMAND and e.offset == 0 for e in entities):
        return None, "", False
    head, _, args = message.text.partition(" ")
    name, _, target = head[1:].partition("@")
    for_other_bot = bool(target) and target.lower() != username
    return name.lower(), args.strip(), for_other_bot


def _mentions(message: Message, bot: Bot, username: str) -> bool:
    entities = message.entities if message.text is not None else message.caption_entities
    text = message.text if message.text is not None else message.caption
    for entity in entities or ():
        if entity.type == MessageEntity.MENTION and text is not None:
            mention = message.parse_entity(entity) if message.text is not None else (
                message.parse_caption_entity(entity)
            )
            if mention.lstrip("@").lower() == username:
                return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
            return True
    return False


def _replies_to(message: Message, bot: Bot) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and (
        replied.from_user.id == bot.id
    )


def _strip_mention(text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()
