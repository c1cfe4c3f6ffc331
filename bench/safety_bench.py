"""Safety check benchmark: cost per message, and recall / false alarms on the labelled sets.

    .venv/bin/python bench/safety_bench.py [--repeat N]

Prints p50/p99/max microseconds per assess() call, wall clock and thread CPU time, over every
labelled message (crisis, tricky ordinary, held-out, retrieval-eval questions, curated search
questions) repeated N times, then per-category recall and false-alarm rates. Message text is
never printed, only counts.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from retrieval.articles import load_corpus
from retrieval.questions import load_questions, questions_folder
from safety import Category, assess
from safety.result import CRISIS_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTICLES = ROOT / "corpus" / "articles"


def _rows(name: str) -> list[dict]:
    path = DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _search_questions() -> list[str]:
    curated = load_questions(questions_folder(ARTICLES), load_corpus(ARTICLES))
    return [question.question for question in curated]


def _percentile(sorted_values: list[float], fraction: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * fraction))]


def _timing(texts: list[str], repeat: int) -> None:
    for text in texts:  # warm up
        assess(text)
    wall, cpu = [], []
    gc.disable()  # measure the check, not the collector
    try:
        for _ in range(repeat):
            for text in texts:
                start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
                assess(text)
                cpu.append((time.thread_time_ns() - start_cpu) / 1000)
                wall.append((time.perf_counter_ns() - start) / 1000)
    finally:
        gc.enable()
    print(f"assess() over {len(texts)} messages x {repeat} = {len(wall)} calls")
    # CPU time leaves out the time spent waiting for a core, so it stays comparable between
    # runs on a busy machine, where the wall-clock tail is mostly other processes.
    for label, timings in (("wall", sorted(wall)), ("cpu ", sorted(cpu))):
        print(f"  {label} p50 {_percentile(timings, 0.50):7.1f} µs"
              f"   p99 {_percentile(timings, 0.99):7.1f} µs   max {timings[-1]:7.1f} µs"
              f"   mean {statistics.fmean(timings):7.1f} µs")


def _recall(label: str, rows: list[dict]) -> None:
    totals, caught = Counter(), Counter()
    for row in rows:
        category = Category(row["category"])
        totals[category] += 1
        caught[category] += assess(row["text"]).category == category
    print(f"{label}: recall per category")
    for category in CRISIS_CATEGORIES:
        if totals[category]:
            hit, total = caught[category], totals[category]
            print(f"  {category.value:<18} {hit:>4}/{total:<4} {hit / total:7.1%}")
    total = sum(totals.values())
    print(f"  {'all':<18} {sum(caught.values()):>4}/{total:<4} {sum(caught.values()) / total:7.1%}")


def _false_alarms(label: str, texts: list[str]) -> None:
    if not texts:
        print(f"{label}: (no messages)")
        return
    alarms = sum(assess(text).is_crisis for text in texts)
    distress = sum(assess(text).category == Category.DISTRESS for text in texts)
    print(f"{label}: false alarms {alarms}/{len(texts)} = {alarms / len(texts):.1%}"
          f"   (gentle distress note on {distress})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    crisis = _rows("crisis_messages.jsonl")
    ordinary = _rows("ordinary_messages.jsonl")
    holdout = _rows("crisis_holdout.jsonl")
    indirect = _rows("crisis_indirect.jsonl")
    questions = [r["q"] for r in _rows("retrieval_eval.jsonl") + _rows("retrieval_holdout.jsonl")]
    search_questions = _search_questions()

    texts = [r["text"] for r in crisis + ordinary + holdout] + questions + search_questions
    _timing(texts, args.repeat)
    print()
    _recall("main crisis set", crisis)
    _recall("held-out crisis set", [r for r in holdout if r["category"]])
    _recall("danger described without its word", [r for r in indirect if r["category"]])
    print()
    _false_alarms("tricky ordinary set", [r["text"] for r in ordinary])
    _false_alarms("held-out ordinary set", [r["text"] for r in holdout if r["category"] is None])
    _false_alarms("ordinary, close to those dangers",
                  [r["text"] for r in indirect if r["category"] is None])
    _false_alarms("retrieval eval questions", questions)
    _false_alarms("curated search questions", search_questions)
    _false_alarms("all parent questions", questions + search_questions)


if __name__ == "__main__":
    main()
