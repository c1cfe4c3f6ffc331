"""`nightlight run` itself, as a process, against a loopback Bot API."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import sys
from pathlib import Path

import aiohttp
from fake_bot_api import TOKEN, FakeBotApi

QUESTION = "is it normal not to feel a bond with my baby straight away?"


def _nightlight_command() -> list[str]:
    script = shutil.which("nightlight", path=str(Path(sys.executable).parent))
    if script is not None:
        return [script, "run"]
    return [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main(['run']))"]


async def test_nightlight_run_answers_over_a_loopback_bot_api_and_never_logs_the_token(
    tmp_path, built_index
):
    async with FakeBotApi() as api:
        env = _bot_env(api, tmp_path, built_index, NIGHTLIGHT_LOG_LEVEL="INFO")
        output = tmp_path / "bot.log"
        with output.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                *_nightlight_command(), env=env, stdout=log, stderr=log
            )
            try:
                answer = await _ask_until_answered(api)
                await api.wait_for("setMyCommands")
            finally:
                process.send_signal(signal.SIGINT)
                exit_code = await _wait_for_exit(process, api)

        logged = output.read_text(errors="replace")
        assert answer.params["parse_mode"] == "HTML"
        assert exit_code == 0, logged
        assert (tmp_path / "data" / "nightlight.sqlite3").exists()
        assert "Application started" in logged  # the log was captured at all
        assert TOKEN not in logged
        assert QUESTION not in logged


async def test_a_rejected_token_stops_the_bot_with_a_clear_message_that_omits_it(tmp_path):
    wrong = "999999:not-the-right-token-at-all"
    async with FakeBotApi() as api:  # accepts only TOKEN, so it answers 401 to `wrong`
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": wrong,
            "TELEGRAM_BASE_URL": api.base_url,
            "NIGHTLIGHT_DATA_DIR": str(tmp_path / "data"),
            "NIGHTLIGHT_INDEX_DIR": str(tmp_path / "no-index"),
            "NIGHTLIGHT_AUTO_REBUILD": "0",
        }
        process = await asyncio.create_subprocess_exec(
            *_nightlight_command(), env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await asyncio.wait_for(process.communicate(), 60)

    printed = output.decode(errors="replace")
    assert process.returncode != 0
    assert "rejected TELEGRAM_BOT_TOKEN" in printed
    assert wrong not in printed and "not-the-right-token" not in printed


async def test_nightlight_run_with_webhook_url_sets_a_secret_and_refuses_posts_without_it(
    tmp_path, built_index
):
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    async with FakeBotApi() as api:
        env = _bot_env(
            api, tmp_path, built_index,
            WEBHOOK_URL=url, WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port),
        )
        env.pop("WEBHOOK_SECRET", None)  # none configured: the bot must make its own
        process = await asyncio.create_subprocess_exec(
            *_nightlight_command(), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            registered = await api.wait_for("setWebhook", timeout=30)
            secret = registered.params.get("secret_token")
            assert registered.params["url"] == url
            assert secret and len(secret) >= 32
            update = {"update_id": 1, "message": api.message(QUESTION, user_id=3003)}
            await _until_listening(port)
            async with aiohttp.ClientSession() as http:
                statuses = []
                for headers in ({"X-Telegram-Bot-Api-Secret-Token": "guess"}, {}):
                    async with http.post(url, json=update, headers=headers) as response:
                        statuses.append(response.status)
                right = {"X-Telegram-Bot-Api-Secret-Token": secret}
                async with http.post(url, json=update, headers=right) as response:
                    statuses.append(response.status)
            reply = await api.wait_for("sendMessage", 3003, timeout=30)
        finally:
            process.send_signal(signal.SIGINT)
            exit_code = await _wait_for_exit(process, api)

        assert statuses == [403, 403, 200]
        assert reply.params["parse_mode"] == "HTML"
        assert exit_code == 0


async def _until_listening(port: int) -> None:
    """PTB registers the webhook a moment before its server accepts connections."""
    async with asyncio.timeout(20):
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.05)
                continue
            writer.close()
            return


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def _wait_for_exit(process: asyncio.subprocess.Process, api: FakeBotApi) -> int:
    """Wait for a clean exit, ending its pending long poll as Telegram would on timeout."""
    async with asyncio.timeout(20):
        while process.returncode is None:
            api.wake_pollers()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), 0.1)
    return process.returncode


async def _ask_until_answered(api: FakeBotApi, timeout: float = 60.0):
    """Ask until an indexed answer (with buttons) arrives; the first may say "one moment"."""
    async with asyncio.timeout(timeout):
        while True:
            sent = len(api.calls_to("sendMessage", 1001))
            api.send_text(QUESTION)
            reply = await api.wait_for("sendMessage", 1001, count=sent + 1, timeout=timeout)
            if reply.buttons:
                return reply
            await asyncio.sleep(0.2)


def _bot_env(api: FakeBotApi, tmp_path, built_index, **extra: str) -> dict[str, str]:
    """`nightlight run`'s environment: the fake Bot API, a fresh data folder, the test index."""
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": api.base_url,
        "NIGHTLIGHT_DATA_DIR": str(tmp_path / "data"),
        "NIGHTLIGHT_INDEX_DIR": str(built_index),
        # The shared test index must never be rebuilt underneath other tests.
        "NIGHTLIGHT_AUTO_REBUILD": "0",
        **extra,
    }
