"""Load benchmark: many parents at once, through `nightlight run` and a fake Bot API.

Starts tests/fake_bot_api.py on 127.0.0.1, runs the real bot (`nightlight run`, in its own
process, long-polling that fake server), then has N simulated users each send M messages —
real questions from tests/data, some smalltalk and some crisis messages — waiting for each
reply and a think time before the next, as a person would. Prints throughput, p50/p99
latency from "update available to the bot" to "sendMessage received by Telegram", and
counts lost and duplicated replies. Not a test: it prints numbers, it asserts nothing.

    .venv/bin/python bench/bot_load_bench.py                # 100 users x 20 messages
    .venv/bin/python bench/bot_load_bench.py --think 0 0    # back to back: peak throughput

Note: the bot keeps Telegram's flood limit (about 30 messages a second overall), so with no
think time queueing at that limit dominates latency; --no-flood-limits is not offered on
purpose: the numbers should describe the bot as it runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from fake_bot_api import TOKEN, Call, FakeBotApi  # noqa: E402

DATA = REPO / "tests" / "data"
REPLY_TIMEOUT = 15.0


def _messages() -> list[str]:
    """Mostly real questions, plus the smalltalk and crisis messages real traffic has."""
    def texts(name: str, field: str) -> list[str]:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        return [json.loads(line)[field] for line in lines if line.strip()]

    questions = texts("retrieval_eval.jsonl", "q")
    crises = texts("crisis_messages.jsonl", "text")[:20]
    return questions * 4 + crises + ["hi", "thank you", "thanks so much", "bye"] * 5


class Replies:
    """sendMessage calls per chat, as they arrive."""

    def __init__(self) -> None:
        self.queues: dict[int, asyncio.Queue[Call]] = defaultdict(asyncio.Queue)
        self.counts: dict[int, int] = defaultdict(int)

    def __call__(self, call: Call) -> None:
        if call.method == "sendMessage" and call.chat_id is not None:
            self.counts[call.chat_id] += 1
            self.queues[call.chat_id].put_nowait(call)


async def _simulate_user(
    api: FakeBotApi,
    replies: Replies,
    user_id: int,
    messages: list[str],
    think: tuple[float, float],
    rng: random.Random,
) -> tuple[list[float], int]:
    latencies: list[float] = []
    lost = 0
    await asyncio.sleep(rng.uniform(*think))  # users do not all arrive at the same instant
    for text in messages:
        update_id = api.send_text(text, user_id=user_id)
        try:
            reply = await asyncio.wait_for(replies.queues[user_id].get(), REPLY_TIMEOUT)
        except TimeoutError:
            lost += 1
            continue
        latencies.append(reply.received - api.injected_at[update_id])
        await asyncio.sleep(rng.uniform(*think))
    return latencies, lost


async def _wait_for_first_answer(api: FakeBotApi, replies: Replies, timeout: float) -> float:
    """Ask until the bot answers from its index (an answer has buttons); returns seconds."""
    started = time.perf_counter()
    probe_user = 1
    while time.perf_counter() - started < timeout:
        api.send_text("is it normal not to feel a bond with my baby straight away?", probe_user)
        try:
            reply = await asyncio.wait_for(replies.queues[probe_user].get(), 5)
        except TimeoutError:
            continue
        if reply.buttons:
            return time.perf_counter() - started
        await asyncio.sleep(0.2)
    raise SystemExit(f"the bot gave no indexed answer within {timeout:.0f}s")


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    pool = _messages()
    replies = Replies()
    with tempfile.TemporaryDirectory(prefix="nightlight-bench-") as data_dir:
        async with FakeBotApi() as api:
            api.listeners.append(replies)
            env = {
                **os.environ,
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_BASE_URL": api.base_url,
                "NIGHTLIGHT_DATA_DIR": data_dir,
                # Simulated users may out-type a real person; the per-user limit is not measured.
                "NIGHTLIGHT_RATE_LIMIT": "0",
                "NIGHTLIGHT_LOG_LEVEL": "WARNING",
            }
            log_path = Path(data_dir) / "bot.log"
            with log_path.open("wb") as log:
                started = time.perf_counter()
                bot = await asyncio.create_subprocess_exec(
                    sys.executable, "-c", "import sys; from bot.cli import main; "
                    "sys.exit(main(['run']))",
                    env=env, stdout=log, stderr=log, cwd=REPO,
                )
                try:
                    probe = await _wait_for_first_answer(api, replies, timeout=args.start_timeout)
                    cold_start = time.perf_counter() - started
                    print(f"cold start to first indexed answer: {cold_start:.2f} s "
                          f"(answering after {probe:.2f} s of probing)")

                    scripts = {
                        1000 + n: [rng.choice(pool) for _ in range(args.messages)]
                        for n in range(args.users)
                    }
                    load_started = time.perf_counter()
                    results = await asyncio.gather(
                        *(
                            _simulate_user(api, replies, user, script, tuple(args.think),
                                           random.Random(user))
                            for user, script in scripts.items()
                        )
                    )
                    load_seconds = time.perf_counter() - load_started
                    await asyncio.sleep(2)  # any late duplicate would arrive by now
                    rss = _peak_rss_mb(bot.pid)
                finally:
                    if bot.returncode is None:
                        bot.send_signal(signal.SIGINT)
                        try:
                            await asyncio.wait_for(bot.wait(), 15)
                        except TimeoutError:
                            bot.kill()

            latencies = [value for user_latencies, _ in results for value in user_latencies]
            lost = sum(user_lost for _, user_lost in results)
            sent = args.users * args.messages
            duplicated = sum(
                max(0, replies.counts[user] - len(script)) for user, script in scripts.items()
            )
            ms = [value * 1000 for value in latencies]
            print(f"users x messages:        {args.users} x {args.messages} = {sent}, "
                  f"think {args.think[0]:g}-{args.think[1]:g} s")
            print(f"load phase:              {load_seconds:.1f} s, "
                  f"throughput {len(latencies) / load_seconds:.1f} replies/s")
            if ms:
                print(f"update -> sendMessage:   p50 {_percentile(ms, 0.50):.1f} ms, "
                      f"p99 {_percentile(ms, 0.99):.1f} ms, max {max(ms):.1f} ms, "
                      f"mean {statistics.fmean(ms):.1f} ms")
            print(f"lost replies:            {lost}")
            print(f"duplicated replies:      {duplicated}")
            if rss is not None:
                print(f"bot peak RSS:            {rss:.0f} MB")
            errors = [line for line in log_path.read_text(errors="replace").splitlines()
                      if "ERROR" in line or "Traceback" in line]
            print(f"bot error log lines:     {len(errors)}")
            for line in errors[:5]:
                print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--think", type=float, nargs=2, default=(2.0, 8.0),
                        metavar=("MIN", "MAX"), help="seconds between a reply and the next message")
    parser.add_argument("--start-timeout", type=float, default=180.0)
    parser.add_argument("--seed", type=int, default=7)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
