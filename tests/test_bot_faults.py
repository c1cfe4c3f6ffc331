"""The bot under strain: flood limits, broken handlers, a loading or rebuilt index, webhooks."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import socket
import threading
from pathlib import Path

import aiohttp
import pytest
from bot_harness import make_settings, running_bot
from fake_bot_api import TOKEN, FakeBotApi
from markupsafe import escape

from bot.live_index import IndexState, LiveIndex
from bot.pipeline import Pipeline
from bot.storage_service import StorageService
from bot.telegram_app import (
    ALLOWED_UPDATES,
    build_application,
    configure_logging,
    start_services,
    stop_services,
)
from bot.web_server import Webhook, start_site, web_app
from retrieval.index import IndexNotReadyError
from safety import Category, helplines_for

QUESTION = "how can i help my baby feel safe and loved?"
CRISIS = "i cant do this anymore i just want to end it all"


@pytest.fixture()
def live_index(searcher, built_index) -> LiveIndex:
    return LiveIndex.ready(searcher, built_index)


async def test_a_429_with_retry_after_is_waited_out_and_the_reply_still_arrives(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.fail_next("sendMessage", status=429, retry_after=1)

        bot.api.send_text(QUESTION)
        reply = await bot.api.wait_for("sendMessage", 1001, count=2)

        attempts = bot.api.calls_to("sendMessage", 1001)
        assert attempts[1].received - attempts[0].received >= 1.0
        assert reply.buttons
        await asyncio.sleep(0.2)
        assert len(bot.api.calls_to("sendMessage", 1001)) == 2


async def test_a_network_failure_on_send_is_retried(tmp_path, live_index):
    async with running_bot(tmp_path, live_index) as bot:
        bot.api.fail_next("sendMessage", status=502, retry_after=None)

        bot.api.send_text(QUESTION)
        reply = await bot.api.wait_for("sendMessage", 1001, count=2)

        assert reply.buttons
        await asyncio.sleep(0.2)
        assert len(bot.api.calls_to("sendMessage", 1001)) == 2


class _BrokenSearcher:
    """A searcher whose every call fails, as a half-loaded or damaged index might."""

    def __getattr__(self, name):
        raise RuntimeError("index exploded")


async def test_an_exception_inside_a_handler_still_sends_the_fallback_with_the_regions_helplines(
    tmp_path, live_index, caplog
):
    async with running_bot(tmp_path, live_index) as bot:
        await bot.ask("/start us-ward7")
        live_index._searcher = _BrokenSearcher()  # every answer now raises

        with caplog.at_level(logging.ERROR, logger="bot.errors"):
            reply = await bot.ask(QUESTION)
            crisis = await bot.ask(CRISIS)

        assert "/helplines" in reply.text and "went wrong" in reply.text
        assert "911" in reply.text and "999" not in reply.text
        # A crisis never depends on the index: its own template, not the generic fallback.
        assert "went wrong" not in crisis.text
        for line in helplines_for("us", Category.SELF_HARM_SUICIDE):
            assert str(escape(line.number)) in crisis.text
        assert "handler failed" in caplog.text
        assert QUESTION not in caplog.text and CRISIS not in caplog.text


async def test_while_the_index_loads_questions_get_one_moment_and_crises_get_helplines(
    tmp_path, built_index
):
    release = threading.Event()
    live_index = LiveIndex(built_index)
    async with running_bot(tmp_path, live_index, prepare_index=release.wait) as bot:
        waiting = await bot.ask(QUESTION)
        crisis = await bot.ask(CRISIS)

        assert live_index.state is IndexState.LOADING
        assert "moment" in waiting.text and not waiting.buttons
        for line in helplines_for("uk", Category.SELF_HARM_SUICIDE):
            assert str(escape(line.number)) in crisis.text

        release.set()
        await _until(lambda: live_index.state is IndexState.READY)
        answer = await bot.ask(QUESTION)
        assert answer.buttons


async def test_a_rebuilt_index_is_picked_up_and_a_broken_one_refused(tmp_path, built_index):
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    live_index = LiveIndex(index_dir)
    live_index.load()
    serving = live_index.searcher
    original = (index_dir / "current").resolve()

    async with running_bot(tmp_path, live_index):
        _publish_copy(original, index_dir, "broken", corrupt=True)
        await asyncio.sleep(0.5)  # ten watcher checks
        assert live_index.searcher is serving

        _publish_copy(original, index_dir, "rebuilt", corrupt=False)
        await _until(lambda: live_index.searcher is not serving)
        assert live_index.state is IndexState.READY


async def test_a_stale_index_refused_at_start_is_never_served_but_a_new_build_is(
    tmp_path, built_index
):
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    original = (index_dir / "current").resolve()
    live_index = LiveIndex(index_dir)

    def stale_and_rebuilding_is_off() -> None:
        raise IndexNotReadyError("the index is stale; run `nightlight corpus build`")

    async with running_bot(tmp_path, live_index, prepare_index=stale_and_rebuilding_is_off) as bot:
        await _until(lambda: live_index.state is IndexState.FAILED)
        await asyncio.sleep(0.5)  # ten watcher checks
        unavailable = await bot.ask(QUESTION)
        assert live_index.searcher is None
        assert not unavailable.buttons and "/helplines" in unavailable.text

        _publish_copy(original, index_dir, "rebuilt", corrupt=False)
        await _until(lambda: live_index.state is IndexState.READY)
        assert (await bot.ask(QUESTION)).buttons


async def test_webhook_mode_rejects_a_wrong_secret_and_answers_with_the_right_one(
    tmp_path, live_index
):
    port = _free_port()
    hook = Webhook(url=f"http://127.0.0.1:{port}/telegram", path="/telegram",
                   secret="right-secret", listen="127.0.0.1", port=port,
                   allowed_updates=ALLOWED_UPDATES)
    async with running_bot(tmp_path, live_index, polling=False) as bot:
        # Nightlight's own webhook server (bot/web_server.py), as `nightlight run` serves it.
        runner = await start_site(web_app(bot.application, hook), hook.listen, hook.port)
        await bot.application.bot.set_webhook(hook.url, secret_token=hook.secret,
                                              allowed_updates=list(ALLOWED_UPDATES))
        assert bot.api.webhook["secret_token"] == "right-secret"
        update = {"update_id": 1, "message": bot.api.message(QUESTION, user_id=2002)}
        url = f"http://127.0.0.1:{port}/telegram"

        async with aiohttp.ClientSession() as http:
            for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
                async with http.post(url, json=update, headers=headers) as response:
                    assert response.status == 403
            right = {"X-Telegram-Bot-Api-Secret-Token": "right-secret"}
            async with http.post(url, json=update, headers=right) as response:
                assert response.status == 200

        reply = await bot.api.wait_for("sendMessage", 2002)
        await runner.cleanup()
        assert reply.buttons
        assert len(bot.api.calls_to("sendMessage", 2002)) == 1


async def test_logs_carry_neither_the_token_nor_what_parents_wrote(
    tmp_path, live_index, caplog
):
    async with running_bot(tmp_path, live_index) as bot:
        configure_logging(bot.settings)
        with caplog.at_level(logging.INFO):
            await bot.ask(QUESTION)
            await bot.ask(CRISIS)
            logging.getLogger("probe").error("request to /bot%s/getMe failed", TOKEN)

        records = [record.getMessage() for record in caplog.records]
        assert records, "expected some log lines to inspect"
        # The redaction filter sits on the root handlers; apply it as they would.
        root_filters = [f for h in logging.getLogger().handlers for f in h.filters]
        for record in caplog.records:
            for log_filter in root_filters:
                log_filter.filter(record)
        text = "\n".join(record.getMessage() for record in caplog.records)
        assert TOKEN not in text
        assert QUESTION not in text and CRISIS not in text


async def test_the_per_user_limit_replies_kindly_once_and_never_blocks_a_crisis(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index, rate_limit_per_minute=2) as bot:
        await bot.ask(QUESTION)
        await bot.ask(QUESTION)
        limited = await bot.ask(QUESTION)
        bot.api.send_text(QUESTION)  # over the limit again: no second warning
        crisis = await bot.ask(CRISIS)

        assert "minute" in limited.text
        for line in helplines_for("uk", Category.SELF_HARM_SUICIDE):
            assert str(escape(line.number)) in crisis.text
        assert len(bot.api.calls_to("sendMessage", 1001)) == 4
        other_user = await bot.ask(QUESTION, user_id=1002)
        assert other_user.buttons


def _publish_copy(original: Path, index_dir: Path, name: str, corrupt: bool) -> None:
    """Publish a copy of `original` as a new build, swapped in the way `corpus build` does."""
    build = index_dir / "builds" / name
    shutil.copytree(original, build)
    manifest = json.loads((build / "manifest.json").read_text())
    manifest["built_at"] = f"{manifest['built_at']}-{name}"
    (build / "manifest.json").write_text(json.dumps(manifest))
    if corrupt:
        for path in build.iterdir():
            if path.name != "manifest.json":
                path.write_bytes(b"not an index")
    link = index_dir / ".current.tmp-test"
    link.symlink_to(Path("builds") / name)
    os.replace(link, index_dir / "current")


async def _until(condition, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_a_server_that_refuses_the_command_menu_does_not_stop_the_bot(tmp_path, live_index):
    async with FakeBotApi() as api:
        api.fail_next("setMyCommands", status=404, retry_after=None)
        settings = make_settings(api, tmp_path, live_index.index_dir)
        storage = StorageService(settings.database_path)
        application = build_application(settings, Pipeline(live_index), storage)
        try:
            async with application:
                await start_services(application)  # must not raise
                await stop_services(application)
        finally:
            storage.close()
