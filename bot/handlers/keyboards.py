"""Inline keyboards and the callback data their buttons carry (≤ 64 bytes each)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answer_pages import AnswerState
from bot.topics import Topic

REGION_NAMES = {
    "uk": "United Kingdom",
    "us": "United States",
    "ie": "Ireland",
    "ca": "Canada",
    "au": "Australia",
}

REGION_PREFIX = "region:"
TOPIC_PREFIX = "topic:"
FEEDBACK_PREFIX = "fb:"
HELPFUL_PREFIX = "fb:y:"
NOT_HELPFUL_PREFIX = "fb:n:"
MORE_PREFIX = "more:"
MENU_PREFIX = "menu:"
CHECK_IN_PREFIX = "ci:"
NOT_SAFE_PREFIX = "ci:help:"
SAFE_PREFIX = "ci:safe"


def answer_keyboard(state: AnswerState, more: bool) -> InlineKeyboardMarkup:
    """Helpful / Not helpful, and More while the answer has more to show.

    The buttons carry the answer's whole state (which passages, how much is shown), not a key
    into memory: they work the same after a restart, and no question is ever kept.
    """
    data = state.encode()
    rows = [[InlineKeyboardButton("👍 Helpful", callback_data=HELPFUL_PREFIX + data),
             InlineKeyboardButton("👎 Not helpful", callback_data=NOT_HELPFUL_PREFIX + data)]]
    if more:
        rows.append([InlineKeyboardButton("More ›", callback_data=MORE_PREFIX + data)])
    return InlineKeyboardMarkup(rows)


def check_in_keyboard(leaning: str, below: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup:
    """The check-in's answer in one tap, above the answer's own buttons (`below`)."""
    rows = [[InlineKeyboardButton("🆘 We need help now", callback_data=NOT_SAFE_PREFIX + leaning),
             InlineKeyboardButton("We're safe", callback_data=SAFE_PREFIX)]]
    return InlineKeyboardMarkup(rows + [list(row) for row in below.inline_keyboard]
                                if below is not None else rows)


def without_buttons(markup: InlineKeyboardMarkup | None, prefix: str) -> InlineKeyboardMarkup:
    """`markup` less the buttons whose data starts with `prefix` (a vote cast, More taken)."""
    rows = []
    for row in markup.inline_keyboard if markup is not None else ():
        kept = [b for b in row if not str(b.callback_data or "").startswith(prefix)]
        if kept:
            rows.append(kept)
    return InlineKeyboardMarkup(rows)


def region_keyboard(current: str) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            f"✓ {name}" if code == current else name, callback_data=REGION_PREFIX + code
        )
        for code, name in REGION_NAMES.items()
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def topics_keyboard(topics: tuple[Topic, ...]) -> InlineKeyboardMarkup:
    # The question's place and a hash of it travel, not the question: it can exceed 64 bytes.
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(topic.label, callback_data=f"{TOPIC_PREFIX}{topic.tag}:{i}")]
         for i, topic in enumerate(topics)]
    )


def welcome_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([
        [InlineKeyboardButton("💬 Topics", callback_data=MENU_PREFIX + "topics"),
         InlineKeyboardButton("☎️ Helplines", callback_data=MENU_PREFIX + "helplines")],
        [InlineKeyboardButton("🌍 Change region", callback_data=MENU_PREFIX + "region")],
    ])
