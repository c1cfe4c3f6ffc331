"""`nightlight ask --json`, the stable interface the product is evaluated through."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _nightlight(args: list[str], env: dict[str, str], stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin, capture_output=True, text=True, env={**os.environ, **env}, cwd=REPO,
        timeout=300,
    )


def test_ask_json_reads_one_message_per_line_and_prints_one_object_per_line(built_index):
    env = {"NIGHTLIGHT_INDEX_DIR": str(built_index), "NIGHTLIGHT_AUTO_REBUILD": "0"}
    lines = ["how can i bond with my baby", "i want to kill myself", "hi", "cheap flights to rome"]
    result = _nightlight(["ask", "--json"], env, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["text"] for o in objects] == lines
    assert [o["route"] for o in objects] == ["answer", "crisis", "smalltalk", "no_match"]
    assert objects[1]["category"] == "self_harm_suicide"
    assert objects[0]["passages"] and objects[0]["passages"][0]["article"]


def test_ask_prints_the_reply_as_a_person_reads_it(built_index):
    env = {"NIGHTLIGHT_INDEX_DIR": str(built_index), "NIGHTLIGHT_AUTO_REBUILD": "0"}
    result = _nightlight(["ask", "how can i bond with my baby"], env)
    assert result.returncode == 0, result.stderr
    assert "<i>" not in result.stdout and "—" in result.stdout


def test_ask_still_routes_crises_when_the_index_is_missing(tmp_path):
    env = {"NIGHTLIGHT_INDEX_DIR": str(tmp_path / "nothing"), "NIGHTLIGHT_AUTO_REBUILD": "0"}
    result = _nightlight(["ask", "--json"], env, stdin="my baby isnt breathing\nhow to bond\n")
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["route"] == "crisis" and first["category"] == "baby_emergency"
    assert "999" in first["reply"]
    assert second["route"] == "no_match"


def test_helplines_command_prints_the_regions_numbers(tmp_path):
    result = _nightlight(["helplines", "--region", "us"], {})
    assert result.returncode == 0, result.stderr
    assert "988" in result.stdout and "911" in result.stdout


def test_console_chat_answers_menu_commands_with_the_bots_own_replies(built_index):
    env = {"NIGHTLIGHT_INDEX_DIR": str(built_index), "NIGHTLIGHT_AUTO_REBUILD": "0"}
    result = _nightlight(["chat", "--region", "uk"], env,
                         stdin="/topics\n/sources\n/helplines\n/quit\n")
    assert result.returncode == 0, result.stderr
    replies = result.stdout.split("nightlight › ")[1:]
    assert len(replies) == 3
    topics, sources, helplines = replies
    assert "don't have anything in my sources" not in result.stdout
    assert topics.count("\n• ") >= 3
    assert "NCT" in sources and "116 123" in helplines and "999" in helplines


def test_console_chat_reads_words_after_a_command_for_safety_first(built_index):
    env = {"NIGHTLIGHT_INDEX_DIR": str(built_index), "NIGHTLIGHT_AUTO_REBUILD": "0"}
    result = _nightlight(["chat", "--region", "uk"], env, stdin="/help i want to kill myself\n")
    assert result.returncode == 0, result.stderr
    reply = result.stdout.split("nightlight › ")[1]
    assert "116 123" in reply and "999" in reply and "/topics" not in reply
