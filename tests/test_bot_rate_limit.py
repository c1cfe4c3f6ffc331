"""The per-user message limit."""

from __future__ import annotations

from bot.rate_limit import UserRateLimiter, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_over_the_limit_a_user_is_warned_once_then_dropped_until_the_window_passes():
    clock = Clock()
    limiter = UserRateLimiter(per_minute=3, clock=clock)

    verdicts = [limiter.check(1) for _ in range(6)]
    clock.now = 61
    after = limiter.check(1)

    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert after is Verdict.ALLOW


def test_users_are_limited_separately_and_forget_resets_one():
    limiter = UserRateLimiter(per_minute=1, clock=Clock())
    assert limiter.check(1) is Verdict.ALLOW
    assert limiter.check(2) is Verdict.ALLOW
    assert limiter.check(1) is Verdict.WARN

    limiter.forget(1)
    assert limiter.check(1) is Verdict.ALLOW


def test_a_limit_of_zero_turns_it_off():
    limiter = UserRateLimiter(per_minute=0, clock=Clock())
    assert all(limiter.check(1) is Verdict.ALLOW for _ in range(1000))


def test_idle_users_are_pruned_so_memory_does_not_grow():
    clock = Clock()
    limiter = UserRateLimiter(per_minute=5, clock=clock)
    for user_id in range(100):
        limiter.check(user_id)
    clock.now = 120
    limiter.prune()
    assert limiter._windows == {}
