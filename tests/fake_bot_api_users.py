"""What a user does, for tests/fake_bot_api.py: messages, edits and button taps, as the
updates Telegram would deliver them."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable
from typing import Any


class UserActions:
    """FakeBotApi's methods that make updates from a user (delivered through `inject`)."""

    # Set up by FakeBotApi: message and callback query ids, and how an update is delivered.
    _message_ids: itertools.count
    inject: Callable[[dict[str, Any]], int]

    def send_text(self, text: str, user_id: int = 1001, **kwargs: Any) -> int:
        return self.inject({"message": self.message(text, user_id=user_id, **kwargs)})

    def edit_text(self, message_id: int, text: str, user_id: int = 1001, **kwargs: Any) -> int:
        message = self.message(text, user_id=user_id, message_id=message_id, **kwargs)
        message["edit_date"] = int(time.time())
        return self.inject({"edited_message": message})

    def press_button(
        self, callback_data: str, on_message: dict[str, Any], user_id: int = 1001
    ) -> int:
        """A tap on an inline button under `on_message` (a message dict the bot sent)."""
        return self.inject(
            {
                "callback_query": {
                    "id": str(next(self._message_ids)),
                    "from": _user(user_id),
                    "chat_instance": "1",
                    "message": on_message,
                    "data": callback_data,
                }
            }
        )

    def message(
        self,
        text: str | None = None,
        user_id: int = 1001,
        chat_id: int | None = None,
        chat_type: str = "private",
        message_id: int | None = None,
        entities: list[dict[str, Any]] | None = None,
        reply_to: dict[str, Any] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A Message dict from a user; commands get their bot_command entity automatically."""
        chat_id = chat_id if chat_id is not None else user_id
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "Parent"
        else:
            chat["title"] = "Parents group"
        message: dict[str, Any] = {
            "message_id": message_id if message_id is not None else next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": _user(user_id),
            **extra,
        }
        if text is not None:
            message["text"] = text
            entities = list(entities or [])
            if text.startswith("/"):
                command = text.split()[0]
                entities.insert(0, {"type": "bot_command", "offset": 0, "length": len(command)})
            # Telegram marks @mentions; offsets and lengths count UTF-16 code units.
            for match in re.finditer(r"(?<![\w/])@\w{4,32}", text):
                entities.append(
                    {
                        "type": "mention",
                        "offset": _utf16_len(text[: match.start()]),
                        "length": _utf16_len(match.group()),
                    }
                )
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return message


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Parent", "language_code": "en"}
