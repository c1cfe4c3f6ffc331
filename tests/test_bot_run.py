"""`nightlight run` itself, as a process, against a loopback Bot API."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

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
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "NIGHTLIGHT_DATA_DIR": str(tmp_path / "data"),
            "NIGHTLIGHT_INDEX_DIR": str(built_index),
            # The shared test index must never be rebuilt underneath other tests.
            "NIGHTLIGHT_AUTO_REBUILD": "0",
            "NIGHTLIGHT_LOG_LEVEL": "INFO",
        }
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
                exit_code = await asyncio.wait_for(process.wait(), 20)

        logged = output.read_text(errors="replace")
        assert answer.params["parse_mode"] == "HTML"
        assert exit_code == 0, logged
        assert (tmp_path / "data" / "nightlight.sqlite3").exists()
        assert "Application started" in logged  # the log was captured at all
        assert TOKEN not in logged
        assert QUESTION not in logged


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
