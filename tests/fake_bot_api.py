"""A fake Telegram Bot API on 127.0.0.1, just real enough for a PTB Application to talk to.

Tests (and bench/bot_load_bench.py) inject updates, the bot long-polls `getUpdates`
exactly as it would against Telegram, and every call it makes is recorded so a test can
assert what the bot sent. Telegram itself is the one thing outside the machine, so it is
the one thing faked.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

TOKEN = "123:TEST"
BOT_ID = 123
BOT_USERNAME = "nightlight_test_bot"


@dataclass(frozen=True)
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]
    received: float  # time.perf_counter() when it arrived
    result: Any = None  # what the fake Telegram answered
    # "ok"; or the fault it met: "error" (an error status), "hang" (no answer, not acted on),
    # "dropped" (acted on, then the connection closed before the answer)
    outcome: str = "ok"

    @property
    def delivered(self) -> bool:
        """True when Telegram acted on the call (the user saw the message)."""
        return self.outcome in ("ok", "dropped")

    @property
    def sent(self) -> dict[str, Any]:
        """The Message Telegram returned (for sendMessage / editMessageText)."""
        assert isinstance(self.result, dict), f"{self.method} returned {self.result!r}"
        return self.result

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """Inline keyboard buttons, flattened row by row."""
        markup = self.params.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]

    def button_data(self, label_contains: str) -> str:
        for button in self.buttons:
            if label_contains.lower() in button["text"].lower():
                return button["callback_data"]
        raise AssertionError(f"no button containing {label_contains!r} in {self.buttons}")


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None = None
    kind: str = "error"  # "error", "hang" or "dropped"
    chat_id: int | None = None  # only calls to this chat meet the fault
    seconds: float = 3600.0  # how long a "hang" lasts (the client gives up first)

    def applies_to(self, params: dict[str, Any]) -> bool:
        return self.chat_id is None or str(params.get("chat_id")) == str(self.chat_id)


@dataclass
class FakeBotApi:
    token: str = TOKEN
    bot_id: int = BOT_ID
    username: str = BOT_USERNAME
    calls: list[Call] = field(default_factory=list)
    # update_id -> time.perf_counter() when the update became available to the bot
    injected_at: dict[int, float] = field(default_factory=dict)
    webhook: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Condition()
        self._failures: dict[str, list[_Failure]] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.commands: list[dict[str, Any]] = []
        self.descriptions: dict[str, str] = {}
        # Called with every recorded call (the load benchmark matches replies this way).
        self.listeners: list[Callable[[Call], None]] = []

    # --- lifecycle --------------------------------------------------------------------

    async def start(self) -> FakeBotApi:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        # A short shutdown: "hang" faults must not hold the test's teardown for a minute.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What to pass as TELEGRAM_BASE_URL (or PTB's base_url with '/bot' appended)."""
        return f"http://127.0.0.1:{self.port}"

    # --- injecting updates ------------------------------------------------------------

    def inject(self, update: dict[str, Any]) -> int:
        """Make an update available to getUpdates; returns its update_id."""
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **update}
        self._updates.append(update)
        self.injected_at[update_id] = time.perf_counter()
        self._new_update.set()
        return update_id

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

    def wake_pollers(self) -> None:
        """End a waiting long poll now (with no updates), so a stopping bot need not wait."""
        self._new_update.set()

    # --- failures ---------------------------------------------------------------------

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
                _Failure(status, description, retry_after, chat_id=chat_id)
            )

    def hang_next(
        self, method: str, times: int = 1, chat_id: int | None = None, seconds: float = 3600.0
    ) -> None:
        """The next `times` calls get no answer for `seconds`, and are not acted on."""
        for _ in range(times):
            self._failures.setdefault(method, []).append(
                _Failure(0, "", kind="hang", chat_id=chat_id, seconds=seconds)
            )

    def drop_after_delivery_next(
        self, method: str, times: int = 1, chat_id: int | None = None
    ) -> None:
        """The next `times` calls are acted on (the message is delivered), then the
        connection closes before the answer: the bot cannot know it was delivered."""
        for _ in range(times):
            self._failures.setdefault(method, []).append(
                _Failure(0, "", kind="dropped", chat_id=chat_id)
            )

    def send_undecodable(self, user_id: int = 1001) -> int:
        """An update python-telegram-bot 22.8 cannot decode: a poll without the fields it
        requires (as a newer Bot API, or an older local server, may send); the poll question
        is text the bot must never log."""
        message = self.message(None, user_id=user_id)
        message["poll"] = {"id": "1", "question": "SECRET POLL QUESTION"}
        return self.inject({"message": message})

    # --- reading what the bot did -----------------------------------------------------

    def delivered(self, method: str, chat_id: int | None = None) -> list[Call]:
        """The calls Telegram acted on (what the user actually received)."""
        return [call for call in self.calls_to(method, chat_id) if call.delivered]

    def calls_to(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [
            call
            for call in self.calls
            if call.method == method and (chat_id is None or call.chat_id == chat_id)
        ]

    async def wait_for(
        self,
        method: str,
        chat_id: int | None = None,
        count: int = 1,
        where: Callable[[Call], bool] = lambda call: True,
        timeout: float = 10.0,
    ) -> Call:
        """Wait until `count` matching calls have arrived; return the last of them."""

        def matching() -> list[Call]:
            return [call for call in self.calls_to(method, chat_id) if where(call)]

        async with self._new_call:
            try:
                await asyncio.wait_for(
                    self._new_call.wait_for(lambda: len(matching()) >= count), timeout
                )
            except TimeoutError:
                seen = [(c.method, c.chat_id, c.text[:60]) for c in self.calls[-10:]]
                raise AssertionError(
                    f"no {count}x {method} to chat {chat_id} within {timeout}s; last: {seen}"
                ) from None
        return matching()[count - 1]

    async def wait_until_consumed(self, timeout: float = 10.0) -> None:
        """Wait until the bot has confirmed (via the next offset) every update injected so far."""
        deadline = time.monotonic() + timeout
        while self._updates:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self._updates)} updates never fetched")
            await asyncio.sleep(0.01)

    # --- the Bot API ------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _read_params(request)
        received = time.perf_counter()

        failure = self._take_failure(method, params)
        if failure is not None and failure.kind == "hang":
            await self._record(Call(method, params, received, outcome="hang"))
            await asyncio.sleep(failure.seconds)
            return _error(504, "Gateway Timeout")
        if failure is not None and failure.kind == "error":
            await self._record(Call(method, params, received, outcome="error"))
            parameters = {"retry_after": failure.retry_after} if failure.retry_after else None
            return _error(failure.status, failure.description, parameters)

        problem = _check_text(params) if method in _TEXT_METHODS else None
        if problem is not None:
            await self._record(Call(method, params, received, outcome="error"))
            return _error(400, f"Bad Request: {problem}")

        handler = getattr(self, f"_api_{method.lower()}", None)
        if handler is None:
            await self._record(Call(method, params, received, outcome="error"))
            return _error(404, f"Not Found: method {method} is not faked")
        if method.lower() == "getupdates":
            # Long polls are not recorded: they would drown out what tests look for.
            return _ok(await handler(params))
        result = handler(params)
        if failure is not None and failure.kind == "dropped":
            await self._record(Call(method, params, received, result, outcome="dropped"))
            request.transport.close()  # delivered, but the answer never reaches the bot
            raise asyncio.CancelledError
        await self._record(Call(method, params, received, result))
        return _ok(result)

    def _take_failure(self, method: str, params: dict[str, Any]) -> _Failure | None:
        failures = self._failures.get(method) or []
        for index, failure in enumerate(failures):
            if failure.applies_to(params):
                return failures.pop(index)
        return None

    async def _record(self, call: Call) -> None:
        async with self._new_call:
            self.calls.append(call)
            self._new_call.notify_all()
        for listener in self.listeners:
            listener(call)

    async def _api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        # Telegram forgets updates below the offset: that is how the bot confirms them.
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), timeout)
            except TimeoutError:
                return []
        return self._updates[:limit]

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


async def _read_params(request: web.Request) -> dict[str, Any]:
    """PTB posts form fields whose complex values are JSON; accept JSON bodies as well."""
    if request.content_type == "application/json":
        return dict(await request.json())
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            continue
        try:
            params[key] = json.loads(value) if value[:1] in "[{" else value
        except json.JSONDecodeError:
            params[key] = value
    return params


_TEXT_METHODS = {"sendMessage", "editMessageText"}
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


def _check_text(params: dict[str, Any]) -> str | None:
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


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Parent", "language_code": "en"}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, parameters: dict | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)
