"""What a build is doing, for the maintainer waiting on it: a tqdm bar on a terminal, plain
lines in a log (the bot's start-up rebuild, CI, Docker), where a bar's carriage returns would
be noise."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

Item = TypeVar("Item")
# Without a terminal, one line per this share of the work.
_PLAIN_EVERY = 0.25


class BuildProgress:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty()

    def step(self, message: str) -> None:
        print(f"nightlight build: {message}", file=self.stream, flush=True)

    def track(self, items: Iterable[Item], total: int, what: str, unit: str) -> Iterator[Item]:
        """`items`, reporting how many of `total` units are done (each item may be several)."""
        if self.terminal:
            from tqdm import tqdm

            yield from tqdm(items, total=total, desc=what, unit=unit, file=self.stream)
            return
        reported = 0.0
        for done, item in enumerate(items, start=1):
            yield item
            if total and (done / total >= reported + _PLAIN_EVERY or done == total):
                reported = done / total
                self.step(f"{what}: {done} of {total}")
