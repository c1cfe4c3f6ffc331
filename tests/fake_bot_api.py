"""A fake Telegram Bot API on 127.0.0.1, just real enough for a PTB Application to talk to.

Tests (and bench/bot_load_bench.py) inject updates, the bot long-polls `getUpdates`
exactly as it would against Telegram, and every call it makes is recorded so a test can
assert what the bot sent. Telegram itself is the one thing outside the machine, so it is
the one thing faked.

This module is the server: updates queued for getUpdates, calls recorded and awaited. Mixed
into FakeBotApi from beside it: what a user sends (fake_bot_api_users.py), what each other Bot
API method answers (fake_bot_api_methods.py), and injected faults and the texts Telegram refuses
(fake_bot_api_faults.py).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from fake_bot_api_faults import TEXT_METHODS, Failure, FaultInjection, check_text
from fake_bot_api_methods import BotApiMethods
from fake_bot_api_users import UserActions

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
class FakeBotApi(UserActions, BotApiMethods, FaultInjection):
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
        self._failures: dict[str, list[Failure]] = {}
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

    def wake_pollers(self) -> None:
        """End a waiting long poll now (with no updates), so a stopping bot need not wait."""
        self._new_update.set()

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

        problem = check_text(params) if method in TEXT_METHODS else None
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


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, parameters: dict | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)
