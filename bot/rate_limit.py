"""Per-user message limit, so one person (or a script) cannot crowd out everyone else."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    ALLOW = "allow"
    # Over the limit: tell them kindly, once per window.
    WARN = "warn"
    # Still over the limit after being told: stay quiet.
    DROP = "drop"


@dataclass
class _Window:
    sent: deque[float]
    warned_at: float | None = None


class UserRateLimiter:
    """A sliding window of `per_minute` messages per user; 0 or less turns it off.

    Runs on the event loop only (no lock needed). Crisis messages are never passed
    through here: the caller answers them whatever the count.
    """

    def __init__(
        self,
        per_minute: int,
        window_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_minute = per_minute
        self.window_seconds = window_seconds
        self._clock = clock
        self._windows: dict[int, _Window] = {}

    def check(self, user_id: int) -> Verdict:
        if self.per_minute <= 0:
            return Verdict.ALLOW
        now = self._clock()
        window = self._windows.setdefault(user_id, _Window(deque()))
        while window.sent and now - window.sent[0] >= self.window_seconds:
            window.sent.popleft()
        if len(window.sent) < self.per_minute:
            window.sent.append(now)
            window.warned_at = None
            return Verdict.ALLOW
        if window.warned_at is None or now - window.warned_at >= self.window_seconds:
            window.warned_at = now
            return Verdict.WARN
        return Verdict.DROP

    def forget(self, user_id: int) -> None:
        self._windows.pop(user_id, None)

    def prune(self) -> None:
        """Drop users with no recent messages, so memory does not grow with every visitor."""
        now = self._clock()
        idle = [
            user_id
            for user_id, window in self._windows.items()
            if not window.sent or now - window.sent[-1] >= self.window_seconds
        ]
        for user_id in idle:
            del self._windows[user_id]
