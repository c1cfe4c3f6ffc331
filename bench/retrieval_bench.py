"""Benchmark retrieval alone: cold start (import + load), search latency p50/p99, RSS.

Usage: .venv/bin/python bench/retrieval_bench.py [INDEX_DIR] [--queries FILE] [--rounds N]
Builds a throwaway index from corpus/articles when INDEX_DIR is not given. Prints numbers only;
nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUERIES = REPO_ROOT / "tests" / "data" / "retrieval_eval.jsonl"

# Run in a fresh interpreter so that import time is real, not cached by this process.
COLD_START = """
import json, sys, time
started = time.perf_counter()
from retrieval.search import Searcher
imported = time.perf_counter()
searcher = Searcher.load(sys.argv[1])
loaded = time.perf_counter()
searcher.search("how do I bond with my baby")
answered = time.perf_counter()
print(json.dumps({
    "import_s": imported - started, "load_s": loaded - imported,
    "first_search_s": answered - loaded, "total_s": answered - started,
    # VmHWM, not ru_maxrss: the latter is inherited across exec from the (index-building) parent.
    "rss_mb": int(next(line.split()[1] for line in open("/proc/self/status")
                       if line.startswith("VmHWM:"))) / 1024,
    "torch_imported": "torch" in sys.modules,
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir", nargs="?", type=Path)
    parser.add_argument("--queries", type=Path, default=DEFAULT_QUERIES)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        index_dir = args.index_dir or _build(Path(scratch) / "index")
        cold = json.loads(subprocess.run(
            [sys.executable, "-c", COLD_START, str(index_dir)],
            check=True, capture_output=True, text=True, cwd=REPO_ROOT,
        ).stdout)
        print(f"cold start: import {cold['import_s']:.2f} s + load {cold['load_s']:.2f} s "
              f"+ first search {cold['first_search_s'] * 1000:.1f} ms "
              f"= {cold['total_s']:.2f} s (torch imported: {cold['torch_imported']})")
        print(f"RSS after cold start (peak of a fresh process): {cold['rss_mb']:.0f} MB")
        _measure_searches(index_dir, args.queries, args.rounds, args.threads)


def _build(index_dir: Path) -> Path:
    from retrieval.embedding import DEFAULT_MODEL
    from retrieval.index import build_index

    started = time.perf_counter()
    build_index(REPO_ROOT / "corpus" / "articles", index_dir, DEFAULT_MODEL)
    print(f"index build: {time.perf_counter() - started:.1f} s")
    return index_dir


def _measure_searches(index_dir: Path, queries_file: Path, rounds: int, threads: int) -> None:
    from retrieval.search import Searcher

    searcher = Searcher.load(index_dir, threads=threads)
    queries = [json.loads(line)["q"] for line in queries_file.read_text().splitlines() if line]
    for query in queries[:10]:  # warm-up
        searcher.search(query)
    encode_ms, search_ms = [], []
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            searcher.encoder.encode_one(query)
            middle = time.perf_counter()
            searcher.search(query)
            search_ms.append((time.perf_counter() - middle) * 1000)
            encode_ms.append((middle - started) * 1000)
    print(f"queries: {len(queries)} × {rounds} rounds, {threads} onnxruntime thread(s), "
          f"{os.cpu_count()} cores")
    print(f"query encode only: p50 {_percentile(encode_ms, 50):.2f} ms, "
          f"p99 {_percentile(encode_ms, 99):.2f} ms")
    print(f"whole search:      p50 {_percentile(search_ms, 50):.2f} ms, "
          f"p99 {_percentile(search_ms, 99):.2f} ms, "
          f"throughput {1000 / statistics.mean(search_ms):.0f} searches/s")
    print(f"RSS of this process now: {_rss_now_mb():.0f} MB (includes the build when one ran)")


def _rss_now_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
