"""Memory across hot reloads: RSS of a process that swaps in a new index build N times.

Does what the running bot does on each reload: a new build folder appears under builds/ and
`current` is repointed (here: a copy of the serving build, the encoder hard-linked as a real
rebuild does), then `LiveIndex.load()` runs on a worker thread of asyncio's default pool while
other worker threads keep answering questions. Prints RSS after every reload and the growth
from the first load. Not a test: it prints numbers, it asserts nothing.

    .venv/bin/python bench/reload_memory_bench.py                   # 20 reloads of corpus/index
    MALLOC_ARENA_MAX=2 .venv/bin/python bench/reload_memory_bench.py  # compare allocators
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import Settings, set_offline_environment  # noqa: E402

set_offline_environment()

from bot.live_index import LiveIndex, limit_malloc_arenas  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from retrieval.build_folders import BUILDS, MANIFEST_FILE, current_build  # noqa: E402

QUESTIONS = [
    "is it normal not to feel a bond with my baby straight away?",
    "how can i help my baby feel safe and loved?",
    "my baby cries all evening and i feel useless",
    "does baby massage help with my mood",
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def publish_copy(index_dir: Path, number: int) -> None:
    """A new build folder with the same content and a new manifest, made current atomically."""
    serving = current_build(index_dir)
    assert serving is not None
    build = index_dir / BUILDS / f"bench-{number:03d}"
    build.mkdir()
    for path in serving.iterdir():
        if path.name == MANIFEST_FILE:
            continue
        os.link(path, build / path.name)
    manifest = json.loads((serving / MANIFEST_FILE).read_text())
    manifest["built_at"] = f"bench reload {number}"
    (build / MANIFEST_FILE).write_text(json.dumps(manifest))
    link = index_dir / ".current.bench"
    link.symlink_to(Path(BUILDS) / build.name)
    os.replace(link, index_dir / "current")
    shutil.rmtree(serving)  # the bot's builder removes builds that are no longer current


async def run(index_dir: Path, reloads: int, questions_per_reload: int) -> None:
    live = LiveIndex(index_dir)
    started = time.perf_counter()
    assert await asyncio.to_thread(live.load)
    print(f"first load: {time.perf_counter() - started:.2f}s")
    pipeline = Pipeline(live)

    async def traffic() -> None:
        await asyncio.gather(*(asyncio.to_thread(pipeline.respond, QUESTIONS[n % len(QUESTIONS)])
                               for n in range(questions_per_reload)))

    await traffic()
    baseline = rss_mb()
    print(f"after first load and {questions_per_reload} questions: RSS {baseline:.1f} MB")
    for number in range(1, reloads + 1):
        publish_copy(index_dir, number)
        started = time.perf_counter()
        loaded, _ = await asyncio.gather(asyncio.to_thread(live.load), traffic())
        took = time.perf_counter() - started
        now = rss_mb()
        print(f"reload {number:2d}: {'ok' if loaded else 'REFUSED'} in {took:.2f}s, "
              f"RSS {now:.1f} MB ({now - baseline:+.1f} MB)", flush=True)
    print(f"growth after {reloads} reloads: {rss_mb() - baseline:+.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-dir", type=Path, default=Settings.from_env().index_dir,
                        help="a built index to copy (never changed)")
    parser.add_argument("--reloads", type=int, default=20)
    parser.add_argument("--questions", type=int, default=8, help="questions around each reload")
    parser.add_argument("--default-malloc", action="store_true",
                        help="leave glibc's arenas as they are (the bot limits them)")
    args = parser.parse_args()
    if not args.default_malloc:
        limit_malloc_arenas()  # as run_bot does
    with tempfile.TemporaryDirectory() as scratch:
        index_dir = Path(scratch) / "index"
        shutil.copytree(args.index_dir, index_dir, symlinks=True)
        asyncio.run(run(index_dir, args.reloads, args.questions))


if __name__ == "__main__":
    main()
