"""Cross-validate the embedding second net: what it adds beyond the pattern layer, and at what cost.

    .venv/bin/python bench/second_net_cv.py [--index corpus/index] [--folds 5]

The example bank (safety/examples.jsonl) is split into folds; each fold's messages are asked
against a net built from the other folds, and only what the net ADDS counts: crisis messages
the pattern layer misses (recall gain) and ordinary messages it leaves alone (false alarms).
Because the patterns were written on this very bank they miss few of its crisis messages, so
the net's recall on all held-out crisis messages is printed too, as a proxy for the unseen
messages the patterns will miss; tests/data/crisis_holdout.jsonl is checked last against the
whole bank. With --since COMMIT it also runs a time split: the bank as it was at COMMIT, asked
with the messages added since (the crisis ones were added because the patterns of the day
missed them, so this is the closest measure of what the net adds on real misses).
Prints counts only, never message text.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from itertools import product
from pathlib import Path

import numpy as np

from retrieval.crisis_net import ORDINARY, CrisisNet, Vote, read_examples
from retrieval.embedding import Encoder
from retrieval.index import current_build
from safety import assess

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "data" / "crisis_holdout.jsonl"
GRID = [Vote(k, m, t) for k, m, t in product((3, 5, 7, 9), (2, 3, 4, 5, 6, 7), (0.6, 0.65, 0.7,
                                                                           0.75, 0.8, 0.85))
        if m <= k]


def cross_validate(vectors: np.ndarray, labels: np.ndarray, pattern: np.ndarray, folds: int,
                   vote: Vote) -> dict[str, int]:
    fold_of = np.random.default_rng(7).permutation(len(labels)) % folds
    counts = dict.fromkeys(("missed", "gained", "crisis", "caught", "ordinary", "alarms"), 0)
    for fold in range(folds):
        bank, asked = fold_of != fold, np.flatnonzero(fold_of == fold)
        net = CrisisNet(vectors[bank], list(labels[bank]), vote)
        for n in asked:
            added = not pattern[n] and net.check(vectors[n]) is not None
            if labels[n] == ORDINARY:
                counts["ordinary"] += 1
                counts["alarms"] += added
            else:
                counts["crisis"] += 1
                counts["caught"] += net.check(vectors[n]) is not None
                counts["missed"] += not pattern[n]
                counts["gained"] += added
    return counts


def _rows_at(commit: str, name: str) -> list[dict]:
    shown = subprocess.run(["git", "show", f"{commit}:tests/data/{name}"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout
    return [json.loads(line) for line in shown.splitlines() if line.strip()]


def time_split(encoder: Encoder, commit: str) -> None:
    old_crisis = {row["text"]: row["category"] for row in _rows_at(commit, "crisis_messages.jsonl")}
    old_ordinary = {row["text"] for row in _rows_at(commit, "ordinary_messages.jsonl")}
    now = read_examples()
    questions = [(t, label) for t, label in now if label == ORDINARY and t not in
                 {row["text"] for row in _rows_at("HEAD", "ordinary_messages.jsonl")}]
    bank = list(old_crisis.items()) + [(t, ORDINARY) for t in old_ordinary] + questions
    new_crisis = [(t, label) for t, label in now if label != ORDINARY and t not in old_crisis]
    new_ordinary = [t for t, label in now if label == ORDINARY and t not in old_ordinary
                    and (t, label) not in questions]
    net = CrisisNet(encoder.encode([t for t, _ in bank]), [label for _, label in bank])
    verdicts = [net.check(v) for v in encoder.encode([t for t, _ in new_crisis])]
    caught = sum(v is not None for v in verdicts)
    right = sum(v == label for v, (_, label) in zip(verdicts, new_crisis, strict=True))
    alarms = sum(net.check(v) is not None for v in encoder.encode(new_ordinary))
    print(f"time split since {commit}: bank {len(bank)}; catches {caught}/{len(new_crisis)} "
          f"crisis messages added since ({right} in the right category); false alarms on "
          f"ordinary messages added since {alarms}/{len(new_ordinary)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default=str(ROOT / "corpus" / "index"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--since", help="also run a time split against this commit's sets")
    args = parser.parse_args()
    build = current_build(args.index)
    if build is None:
        raise SystemExit("no index: run `nightlight corpus build` first")
    encoder = Encoder(build, threads=2)
    examples = read_examples()
    texts = [text for text, _ in examples]
    labels = np.asarray([label for _, label in examples])
    vectors = encoder.encode(texts)
    pattern = np.asarray([assess(text).is_crisis for text in texts])

    print(f"{len(texts)} examples, {int((labels != ORDINARY).sum())} crisis; "
          f"pattern layer misses {int(((labels != ORDINARY) & ~pattern).sum())} of them and "
          f"flags {int(((labels == ORDINARY) & pattern).sum())} ordinary")
    print(" k  m    t  net-recall  gain-on-misses  added-false-alarms")
    results = []
    for vote in GRID:
        c = cross_validate(vectors, labels, pattern, args.folds, vote)
        results.append((vote, c))
        print(f"{vote.k:2d} {vote.min_crisis:2d} {vote.min_cosine:.2f}  "
              f"{c['caught'] / c['crisis']:9.1%}  {c['gained']:4d}/{c['missed']:<4d}        "
              f"{c['alarms']:4d}/{c['ordinary']} = {c['alarms'] / c['ordinary']:.2%}")

    net = CrisisNet(vectors, list(labels))
    with open(HOLDOUT, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    held = encoder.encode([row["text"] for row in rows])
    missed = [n for n, row in enumerate(rows) if row.get("category") and not
              assess(row["text"]).is_crisis]
    gained = sum(net.check(held[n]) is not None for n in missed)
    alarms = sum(not row.get("category") and not assess(row["text"]).is_crisis
                 and net.check(held[n]) is not None for n, row in enumerate(rows))
    ordinary = sum(not row.get("category") for row in rows)
    print(f"holdout with default {net.vote}: gains {gained}/{len(missed)} pattern misses, "
          f"adds {alarms}/{ordinary} false alarms")

    if args.since:
        time_split(encoder, args.since)

    timings = []
    for text in texts[:500]:
        started = time.perf_counter()
        net.check(encoder.encode_one(text))
        timings.append(time.perf_counter() - started)
    check_only = []
    for vector in vectors[:500]:
        started = time.perf_counter()
        net.check(vector)
        check_only.append(time.perf_counter() - started)
    print(f"latency per message: encode+vote p50 {np.percentile(timings, 50) * 1e3:.2f} ms, "
          f"p99 {np.percentile(timings, 99) * 1e3:.2f} ms; vote alone p99 "
          f"{np.percentile(check_only, 99) * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
