"""The Bot API methods tests/fake_bot_api.py fakes, besides getUpdates: what Telegram answers
each, and the bot's settings (commands, descriptions, webhook) they keep."""

from __future__ import annotations

import itertools
import time
from typing import Any


class BotApiMethods:
    """FakeBotApi's `_api_<method>` handlers, found by name for each request."""

    # Set up by FakeBotApi.
    bot_id: int
    username: str
    webhook: dict[str, Any] | None
    commands: list[dict[str, Any]]
    descriptions: dict[str, str]
    _message_ids: itertools.count

    def _api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Nightlight",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(params)

    def _api_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(params)

    def _api_editmessagereplymarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message({**params, "text": "(unchanged)"})

    def _api_sendchataction(self, params: dict[str, Any]) -> bool:
        return True

    def _api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        return True

    def _api_setmycommands(self, params: dict[str, Any]) -> bool:
        self.commands = list(params.get("commands") or [])
        return True

    def _api_getmycommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands

    def _api_deletemycommands(self, params: dict[str, Any]) -> bool:
        self.commands = []
        return True

    def _api_setmydescription(self, params: dict[str, Any]) -> bool:
        self.descriptions["description"] = params.get("description", "")
        return True

    def _api_getmydescription(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"description": self.descriptions.get("description", "")}

    def _api_setmyshortdescription(self, params: dict[str, Any]) -> bool:
        self.descriptions["short_description"] = params.get("short_description", "")
        return True

    def _api_getmyshortdescription(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"short_description": self.descriptions.get("short_description", "")}

    def _api_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    def _api_setwebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = params
        return True

    def _api_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        url = (self.webhook or {}).get("url", "")
        return {"url": url, "has_custom_certificate": False, "pending_update_count": 0}

    def _bot_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message_id = int(params.get("message_id") or next(self._message_ids))
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": self._api_getme({}),
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message
