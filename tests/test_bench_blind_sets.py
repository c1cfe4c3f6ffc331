"""A spent blind set folds into the bank's files once, with the bank's category names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FOLD = Path(__file__).resolve().parent.parent / "bench" / "fold_blind_set.py"


def _write(folder: Path, name: str, rows: list[dict]) -> None:
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    (folder / f"{name}.jsonl").write_text(lines, encoding="utf-8")


def _fold(folder: Path, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(FOLD), str(folder), "99", "--data", str(data)],
                          capture_output=True, text=True)


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_writers_files_fold_into_the_three_bank_files_with_the_banks_categories(tmp_path):
    writers, data = tmp_path / "blind", tmp_path / "data"
    writers.mkdir()
    data.mkdir()
    _write(writers, "en_crisis", [{"text": "a", "category": "self_harm"},
                                  {"text": "b", "category": "baby_danger"}])
    _write(writers, "es_fr_crisis", [{"text": "c", "category": "abuse", "lang": "es"}])
    _write(writers, "tricky_ordinary", [{"text": "d", "category": None, "kind": "idiom"}])
    _write(writers, "parent_questions", [{"text": "e", "category": None}])

    assert _fold(writers, data).returncode == 0

    crisis = _read(data / "blind99_crisis.jsonl")
    assert [row["category"] for row in crisis] == ["self_harm_suicide", "baby_emergency", "abuse"]
    assert crisis[2]["lang"] == "es"
    assert _read(data / "blind99_ordinary.jsonl") == [
        {"text": "d", "category": None, "kind": "idiom"}]
    assert _read(data / "blind99_parent_questions.jsonl") == [{"text": "e", "category": None}]


def test_a_set_already_folded_is_left_as_it_was(tmp_path):
    writers, data = tmp_path / "blind", tmp_path / "data"
    writers.mkdir()
    data.mkdir()
    _write(writers, "en_crisis", [{"text": "new", "category": "abuse"}])
    (data / "blind99_crisis.jsonl").write_text('{"text": "old", "category": "abuse"}\n')

    folded = _fold(writers, data)

    assert folded.returncode != 0
    assert "already folded" in folded.stderr
    assert _read(data / "blind99_crisis.jsonl") == [{"text": "old", "category": "abuse"}]
    assert not (data / "blind99_ordinary.jsonl").exists()
