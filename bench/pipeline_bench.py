"""Benchmark the whole in-process path: safety → retrieval → template, as the bot runs it.

Prints cold start to first answer, single-message latency p50/p99, throughput, the safety
check's own cost and peak RSS. Run with `make bench`.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import Settings, set_offline_environment  # noqa: E402

set_offline_environment()


def _messages() -> list[str]:
    """Every labelled message we have: parent questions, out-of-scope, crises, ordinary."""
    texts: list[str] = []
    for name in ("retrieval_eval.jsonl", "crisis_messages.jsonl", "ordinary_messages.jsonl"):
        path = REPO / "tests" / "data" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    texts.append(item.get("q") or item.get("text"))
    return texts


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def cold_start() -> float:
    """Seconds from launching `nightlight ask` to its first answer (index already built)."""
    started = time.perf_counter()
    subprocess.run(
        [str(REPO / ".venv" / "bin" / "nightlight"), "ask", "--json",
         "how can i bond with my baby"],
        check=True, capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    cold = [cold_start() for _ in range(3)]
    print(f"cold start to first answer (nightlight ask, 3 runs): "
          f"min {min(cold):.2f} s, median {statistics.median(cold):.2f} s")

    from bot.cli import _open_index
    from bot.pipeline import Pipeline
    from safety import assess
    from safety.grading import grade
    from safety.net import net_text

    settings = Settings.from_env()
    pipeline = Pipeline(_open_index(settings), settings.default_region)
    messages = _messages()
    for message in messages[:20]:  # warm-up
        pipeline.respond(message)

    rounds = 5
    latencies: list[float] = []
    routes: dict[str, int] = {}
    started = time.perf_counter()
    for _ in range(rounds):
        for message in messages:
            t0 = time.perf_counter()
            reply = pipeline.respond(message)
            latencies.append((time.perf_counter() - t0) * 1000)
            routes[reply.route.value] = routes.get(reply.route.value, 0) + 1
    elapsed = time.perf_counter() - started
    print(f"messages: {len(messages)} × {rounds} rounds; routes: {routes}")
    print(f"whole path latency: p50 {_percentile(latencies, 0.5):.2f} ms, "
          f"p99 {_percentile(latencies, 0.99):.2f} ms, max {max(latencies):.2f} ms")
    print(f"throughput (one thread): {len(latencies) / elapsed:.0f} messages/s")

    safety_us: list[float] = []
    for _ in range(rounds * 4):
        for message in messages:
            t0 = time.perf_counter()
            assess(message)
            safety_us.append((time.perf_counter() - t0) * 1e6)
    print(f"safety check alone: p50 {_percentile(safety_us, 0.5):.0f} µs, "
          f"p99 {_percentile(safety_us, 0.99):.0f} µs")

    # The same check with the learned net on the message's vector (already encoded for
    # retrieval, so the net's own cost is what it adds).
    searcher = pipeline.live_index.searcher
    net = searcher.crisis_net if searcher is not None else None
    if net is not None:
        queries = [net_text(message) for message in messages]
        vectors = [searcher.encode(query) for query in queries]
        with_net_us: list[float] = []
        for _ in range(rounds * 4):
            for message, query, vector in zip(messages, queries, vectors, strict=True):
                t0 = time.perf_counter()
                grade(assess(message), vector, net, query)
                with_net_us.append((time.perf_counter() - t0) * 1e6)
        print(f"safety check with the learned net: p50 {_percentile(with_net_us, 0.5):.0f} µs, "
              f"p99 {_percentile(with_net_us, 0.99):.0f} µs")

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    current_mb = _current_rss_mb()
    print(f"RSS: current {current_mb:.0f} MB, peak {peak_mb:.0f} MB")
    imported = [m for m in ("torch", "sentence_transformers") if m in sys.modules]
    print(f"heavy modules imported at serve time: {imported or 'none'}")


def _current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    main()
