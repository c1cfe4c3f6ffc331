"""Inline keyboards and the callback data their buttons carry (≤ 64 bytes each)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.handlers.answer_memory import RememberedAnswer

REGION_NAMES = {
    "uk": "United Kingdom",
    "us": "United States",
    "ie": "Ireland",
    "ca": "Canada",
    "au": "Australia",
}

REGION_PREFIX = "region:"
TOPIC_PREFIX = "topic:"
HELPFUL_PREFIX = "fb:y:"
NOT_HELPFUL_PREFIX = "fb:n:"
MORE_PREFIX = "more:"


def answer_keyboard(token: str, answer: RememberedAnswer) -> InlineKeyboardMarkup | None:
    """Helpful / Not helpful until voted, and More while there is an unseen passage."""
    rows = []
    if not answer.voted:
        rows.append(
            [
                InlineKeyboardButton("👍 Helpful", callback_data=HELPFUL_PREFIX + token),
                InlineKeyboardButton("👎 Not helpful", callback_data=NOT_HELPFUL_PREFIX + token),
            ]
        )
    if answer.more and not answer.more_taken:
        rows.append([InlineKeyboardButton("More ›", callback_data=MORE_PREFIX + token)])
    return InlineKeyboardMarkup(rows) if rows else None


def region_keyboard(current: str) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            f"✓ {name}" if code == current else name, callback_data=REGION_PREFIX + code
        )
        for code, name in REGION_NAMES.items()
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def topics_keyboard(topics: list[str]) -> InlineKeyboardMarkup:
    # The index, not the topic, travels in the callback: topics can exceed 64 bytes.
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(topic, callback_data=f"{TOPIC_PREFIX}{i}")]
         for i, topic in enumerate(topics)]
    )
