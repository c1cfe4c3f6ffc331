"""The safety layer stands alone: no ML libraries and no disk or network use per message."""

from __future__ import annotations

import builtins
import json
import socket
import subprocess
import sys

from safety import Category, assess

HEAVY = ("torch", "sentence_transformers", "faiss", "onnxruntime", "transformers", "numpy")


def test_importing_and_using_safety_loads_no_ml_library():
    code = (
        "import sys, json\n"
        "from safety import assess, helplines_for\n"
        "assess('i want to die'); helplines_for('uk')\n"
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_assess_touches_neither_disk_nor_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("safety.assess must not do I/O")

    assess("warm up")
    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(socket, "socket", refuse)
    assert assess("he's gone all limp and pale").category == Category.BABY_EMERGENCY
    assert assess("what helps with teething").category is None
