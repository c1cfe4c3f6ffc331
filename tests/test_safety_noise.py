"""Invisible and decorated characters never hide a crisis: every labelled crisis message, noised
every way copy-paste and keyboards noise it, takes the same safety route as its clean text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from noise import KINDS, noised

from safety import assess
from safety.normalise import normalise

DATA = Path(__file__).parent / "data"


def _crisis_rows() -> list[dict]:
    rows = []
    for path in sorted(DATA.glob("crisis_*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


CRISIS_ROWS = _crisis_rows()


def test_every_crisis_file_is_read():
    assert len(CRISIS_ROWS) > 3000
    assert {row["category"] for row in CRISIS_ROWS} >= {
        "baby_emergency", "self_harm_suicide", "harm_to_baby", "psychosis", "abuse"}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_noised_crisis_message_takes_the_same_safety_route_as_its_clean_text(kind):
    changed, noisy = [], 0
    for seed, row in enumerate(CRISIS_ROWS):
        text = noised(row["text"], kind, seed)
        noisy += text != row["text"]
        if assess(text).category != assess(row["text"]).category:
            changed.append(text)
    assert noisy > 0.9 * len(CRISIS_ROWS)  # the noise really is there
    assert not changed, f"{len(changed)}/{len(CRISIS_ROWS)} changed route, e.g. {changed[:3]}"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_noised_crisis_message_reads_as_the_same_plain_words(kind):
    differ = [row["text"] for seed, row in enumerate(CRISIS_ROWS)
              if normalise(noised(row["text"], kind, seed)) != normalise(row["text"])]
    assert not differ, f"{len(differ)} differ, e.g. {differ[:3]}"
