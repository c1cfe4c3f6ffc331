"""What a family sees of the bot before pressing Start: its description and short description.

Both come from templates (bot/templates/bot_description*.html.j2) and carry the two lines that
matter most: no person monitors the chat, and the region's emergency number. Telegram shows
them as plain text, so the rendered HTML escapes are undone here.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from telegram import Bot
from telegram.error import TelegramError

from bot.replies import render
from safety import helplines_for

log = logging.getLogger(__name__)

# Telegram's limits for setMyDescription / setMyShortDescription.
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120


@dataclass(frozen=True)
class Presence:
    description: str
    short_description: str


def emergency_number(region: str) -> str:
    """The region's emergency number as a person dials it (e.g. "999", "911")."""
    for line in helplines_for(region, None):
        if line.emergency:
            return line.number
    return "your local emergency number"


def presence_for(region: str) -> Presence:
    """The description texts for a bot whose default helpline region is `region`."""
    number = emergency_number(region)
    description = html.unescape(render("bot_description", emergency=number))
    short = html.unescape(render("bot_short_description", emergency=number))
    if len(description) > DESCRIPTION_LIMIT or len(short) > SHORT_DESCRIPTION_LIMIT:
        raise ValueError("bot description templates exceed Telegram's length limits")
    return Presence(description=description, short_description=short)


async def set_presence(bot: Bot, region: str) -> None:
    """Set both descriptions, only where Telegram's copy differs (they are rate-limited)."""
    wanted = presence_for(region)
    try:
        if (await bot.get_my_description()).description != wanted.description:
            await bot.set_my_description(wanted.description)
        current_short = (await bot.get_my_short_description()).short_description
        if current_short != wanted.short_description:
            await bot.set_my_short_description(wanted.short_description)
    except TelegramError as error:
        # A convenience for families, like the menu: never a reason to stop answering.
        log.warning("could not set the bot's description: %s", type(error).__name__)
