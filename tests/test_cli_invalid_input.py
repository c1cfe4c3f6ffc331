"""`nightlight ask --json` on bytes that are not UTF-8: replaced, answered, valid JSON out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_ask_json_replaces_invalid_bytes_and_every_output_line_is_valid_utf8_json(tmp_path):
    env = {**os.environ, "NIGHTLIGHT_INDEX_DIR": str(tmp_path / "no-index"),
           "NIGHTLIGHT_AUTO_REBUILD": "0"}
    stdin = b"my baby isnt breathing \xff\xfe\n\xc3\x28 bonding\r\nhello \xed\xa0\x80\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "--json"],
        input=stdin, capture_output=True, env=env, cwd=REPO, timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    lines = result.stdout.decode("utf-8").splitlines()  # strict: raises on invalid UTF-8
    objects = [json.loads(line) for line in lines]
    assert len(objects) == 3
    assert objects[0]["route"] == "crisis" and "\ufffd" in objects[0]["text"]
    assert objects[1]["text"] == "\ufffd( bonding"
    assert all("\ufffd" in o["text"] for o in objects)
