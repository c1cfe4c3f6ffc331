"""Capacity: how many messages a second one Nightlight process sustains.

Two measurements, both printed, nothing asserted:

1. In-process: `Pipeline.respond` (safety, second net, retrieval, template) over real
   questions, crises and smalltalk, back to back for --seconds, on 1 and on 2 threads (the
   bot runs each message in a worker thread; onnxruntime and FAISS release the GIL).
2. Through the fake Bot API: the real Application in its own process, long-polling
   tests/fake_bot_api.py, with a backlog of --backlog messages from --users users injected at
   once. Run twice: without the flood limiter (what the process itself can do) and as shipped,
   with Telegram's ~30 messages/s limit enforced by AIORateLimiter.

    .venv/bin/python bench/capacity_bench.py                       # the default index
    NIGHTLIGHT_INDEX_DIR=/tmp/index .venv/bin/python bench/capacity_bench.py --seconds 10
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from bot_load_bench import Replies, _messages, _percentile  # noqa: E402
from fake_bot_api import TOKEN, FakeBotApi  # noqa: E402

# The bot as `nightlight run` builds it, with the flood limiter switchable.
_BOT = """
import sys
from bot.config import Settings, set_offline_environment
set_offline_environment()
from bot.live_index import LiveIndex
from bot.metrics import ObservedPipeline
from bot.storage import Storage
from bot.telegram_app import ALLOWED_UPDATES, build_application, configure_logging
settings = Settings.from_env()
configure_logging(settings)
live = LiveIndex(settings.index_dir)
live.load()
app = build_application(settings, ObservedPipeline(live, settings.default_region),
                        Storage(settings.database_path), flood_limits=sys.argv[1] == "on")
app.run_polling(allowed_updates=ALLOWED_UPDATES)
"""


def in_process(seconds: float, threads: int) -> float:
    """Messages a second through Pipeline.respond on `threads` threads."""
    from bot.config import Settings
    from bot.live_index import LiveIndex
    from bot.pipeline import Pipeline

    settings = Settings.from_env()
    live = LiveIndex(settings.index_dir)
    if not live.load():
        raise SystemExit(f"no index in {settings.index_dir}: run `make index` first")
    pipeline = Pipeline(live, settings.default_region)
    pool = _messages()
    counts = [0] * threads
    deadline = time.perf_counter() + seconds

    def work(slot: int) -> None:
        i = slot
        while time.perf_counter() < deadline:
            pipeline.respond(pool[i % len(pool)])
            counts[slot] += 1
            i += threads

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(counts) / seconds


async def through_bot(backlog: int, users: int, flood_limits: bool) -> None:
    pool = _messages()
    replies = Replies()
    with tempfile.TemporaryDirectory(prefix="nightlight-capacity-") as data_dir:
        async with FakeBotApi() as api:
            api.listeners.append(replies)
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url,
                   "NIGHTLIGHT_DATA_DIR": data_dir, "NIGHTLIGHT_RATE_LIMIT": "0",
                   "NIGHTLIGHT_LOG_LEVEL": "WARNING", "PYTHONPATH": str(REPO)}
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-c", _BOT, "on" if flood_limits else "off", env=env,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL, cwd=REPO,
            )
            try:
                await api.wait_for("setMyCommands", timeout=120)
                expected = {1000 + n: 0 for n in range(users)}
                injected: dict[int, int] = {}
                started = time.perf_counter()
                for i in range(backlog):
                    user = 1000 + i % users
                    injected[api.send_text(pool[i % len(pool)], user_id=user)] = user
                    expected[user] += 1
                async with asyncio.timeout(backlog / 5 + 60):
                    while sum(replies.counts[u] for u in expected) < backlog:
                        await asyncio.sleep(0.01)
                seconds = time.perf_counter() - started
            finally:
                bot.send_signal(signal.SIGINT)
                api.wake_pollers()
                try:
                    await asyncio.wait_for(bot.wait(), 20)
                except TimeoutError:
                    bot.kill()
    # Each user's replies in order; latency from injection to sendMessage at the fake Telegram.
    latencies: list[float] = []
    firsts = {user: [] for user in expected}
    for update_id, user in injected.items():
        firsts[user].append(update_id)
    for user, update_ids in firsts.items():
        calls = [c for c in api.calls_to("sendMessage", user)]
        for update_id, call in zip(update_ids, calls, strict=False):
            latencies.append((call.received - api.injected_at[update_id]) * 1000)
    label = "as shipped (flood limit on)" if flood_limits else "flood limiter off"
    print(f"bot process, {label}: {backlog} messages from {users} users in {seconds:.1f} s = "
          f"{backlog / seconds:.1f} replies/s; latency p50 {_percentile(latencies, 0.5):.0f} ms, "
          f"p99 {_percentile(latencies, 0.99):.0f} ms, mean {statistics.fmean(latencies):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="in-process run length")
    parser.add_argument("--backlog", type=int, default=600, help="messages through the bot")
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--skip-shipped", action="store_true",
                        help="skip the run with the flood limiter (it takes backlog/30 s)")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}")
    for threads in (1, 2):
        rate = in_process(args.seconds, threads)
        print(f"in-process pipeline, {threads} thread(s): {rate:.0f} messages/s")
    asyncio.run(through_bot(args.backlog, args.users, flood_limits=False))
    if not args.skip_shipped:
        asyncio.run(through_bot(args.backlog, args.users, flood_limits=True))


if __name__ == "__main__":
    main()
