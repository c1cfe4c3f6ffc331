"""Fault injection for tests/fake_bot_api.py: what goes wrong between the bot and Telegram.

Injected faults (an error status, a call that hangs, a connection dropped after delivery, an
update the library cannot decode), and the texts Telegram itself refuses with 400 Bad Request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any


@dataclass
class Failure:
    """One queued fault, met by the next matching call."""

    status: int
    description: str
    retry_after: int | None = None
    kind: str = "error"  # "error", "hang" or "dropped"
    chat_id: int | None = None  # only calls to this chat meet the fault
    seconds: float = 3600.0  # how long a "hang" lasts (the client gives up first)

    def applies_to(self, params: dict[str, Any]) -> bool:
        return self.chat_id is None or str(params.get("chat_id")) == str(self.chat_id)


class FaultInjection:
    """FakeBotApi's fault methods; the server meets a queued fault with `_take_failure`.
    send_undecodable builds its update with FakeBotApi's `message` and `inject`."""

    # method -> faults queued for it, oldest first (set up by FakeBotApi).
    _failures: dict[str, list[Failure]]

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int | None = 1,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Make the next `times` calls to `method` (for `chat_id`, if given) fail
        (by default: 429 Too Many Requests)."""
        description = {429: f"Too Many Requests: retry after {retry_after}",
                       500: "Internal Server Error", 502: "Bad Gateway"}.get(status, "Error")
        for _ in range(times):
            self._failures.setdefault(method, []).append(
                Failure(status, description, retry_after, chat_id=chat_id)
            )

    def hang_next(
        self, method: str, times: int = 1, chat_id: int | None = None, seconds: float = 3600.0
    ) -> None:
        """The next `times` calls get no answer for `seconds`, and are not acted on."""
        for _ in range(times):
            self._failures.setdefault(method, []).append(
                Failure(0, "", kind="hang", chat_id=chat_id, seconds=seconds)
            )

    def drop_after_delivery_next(
        self, method: str, times: int = 1, chat_id: int | None = None
    ) -> None:
        """The next `times` calls are acted on (the message is delivered), then the
        connection closes before the answer: the bot cannot know it was delivered."""
        for _ in range(times):
            self._failures.setdefault(method, []).append(
                Failure(0, "", kind="dropped", chat_id=chat_id)
            )

    def send_undecodable(self, user_id: int = 1001) -> int:
        """An update python-telegram-bot 22.8 cannot decode: a poll without the fields it
        requires (as a newer Bot API, or an older local server, may send); the poll question
        is text the bot must never log."""
        message = self.message(None, user_id=user_id)
        message["poll"] = {"id": "1", "question": "SECRET POLL QUESTION"}
        return self.inject({"message": message})

    def _take_failure(self, method: str, params: dict[str, Any]) -> Failure | None:
        failures = self._failures.get(method) or []
        for index, failure in enumerate(failures):
            if failure.applies_to(params):
                return failures.pop(index)
        return None


TEXT_METHODS = {"sendMessage", "editMessageText"}
# The tags Telegram's HTML parse mode accepts.
_TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}
_BARE_AMPERSAND = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class _TelegramHtml(HTMLParser):
    """Rejects what Telegram rejects: unknown tags, unbalanced tags, bare < and &."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.problem: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in _TELEGRAM_TAGS:
            self.problem = f"can't parse entities: unsupported start tag \"{tag}\""
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.problem = f"can't parse entities: unexpected end tag \"{tag}\""

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.problem = "can't parse entities: unescaped < or >"


def check_text(params: dict[str, Any]) -> str | None:
    """Why Telegram would refuse this text, or None."""
    text = str(params.get("text", ""))
    if not text.strip():
        return "message text is empty"
    if len(text) > 4096:
        return "message is too long"
    if str(params.get("parse_mode", "")).upper() != "HTML":
        return None
    if _BARE_AMPERSAND.search(text):
        return "can't parse entities: unescaped &"
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    if parser.problem is None and parser.open:
        return f"can't parse entities: unclosed tag \"{parser.open[-1]}\""
    return parser.problem
