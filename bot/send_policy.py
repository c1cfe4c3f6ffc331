"""How hard each Bot API call is retried: crisis replies until delivered, answers a few times.

Every outgoing call passes through `ReplyRateLimiter.process_request` (python-telegram-bot's
rate-limiter hook), which keeps Telegram's flood limits and applies this policy:

| failure                                   | crisis reply                 | any other call      |
|-------------------------------------------|------------------------------|---------------------|
| 429 RetryAfter                            | wait `retry_after`, resend   | same, ≤ 3 retries   |
| 5xx, connection refused/reset, connect or | resend with backoff          | same, ≤ 3 retries   |
| pool timeout (the request never counted)  |                              |                     |
| read timeout / dropped response (it may   | resend: at-least-once        | not resent:         |
| already have been delivered)              |                              | at-most-once        |
| 400 / 403 (would fail the same again)     | not resent                   | not resent          |

A crisis reply is retried for up to `CRISIS_DEADLINE` seconds and never replaced by the
generic fallback: a second copy of helpline numbers is harmless, a missing one is not.
An ordinary answer whose response was lost is not resent, because it was most likely
delivered (Telegram answers in milliseconds) and a duplicate answer with a second set of
buttons confuses; the parent can ask again. A 429 pauses only the call that received it,
not every other chat, unlike AIORateLimiter's own retry.
"""

from __future__ import annotations

import asyncio
import logging

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter

from bot.metrics import count_send_failure

log = logging.getLogger(__name__)

CRISIS = "crisis"  # pass as `rate_limit_args` to send a crisis reply
CRISIS_DEADLINE = 60.0
SEND_RETRIES = 3
MAX_BACKOFF = 2.0

# httpx failures after the request was written: Telegram may have acted on it.
_MAYBE_DELIVERED = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)


def maybe_delivered(error: BaseException) -> bool:
    """True when the call failed after reaching Telegram, so it may have taken effect."""
    return isinstance(error.__cause__, _MAYBE_DELIVERED)


class ReplyRateLimiter(AIORateLimiter):
    """AIORateLimiter's flood limits, with the retry policy in the module docstring.

    Chat actions skip the limiter: "typing…" is not a message, and queueing it behind
    real replies would only delay them.
    """

    def __init__(self, flood_limits: bool = True) -> None:
        # max_retries=0: AIORateLimiter re-raises RetryAfter at once, and we retry here,
        # per call, rather than pausing every chat while one waits.
        if flood_limits:
            super().__init__(max_retries=0)
        else:
            super().__init__(overall_max_rate=0, group_max_rate=0, max_retries=0)

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        try:
            return await self._send(callback, args, kwargs, endpoint, data, rate_limit_args)
        except TelegramError as error:
            count_send_failure(endpoint, error)  # for /metrics: method and error type only
            raise

    async def _send(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        crisis = rate_limit_args == CRISIS
        loop = asyncio.get_running_loop()
        deadline = loop.time() + CRISIS_DEADLINE
        attempt = 0
        while True:
            attempt += 1
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, None
                )
            except RetryAfter as error:
                failure: Exception = error
                delay = error.retry_after
                delay = (delay.total_seconds() if hasattr(delay, "total_seconds") else delay) + 0.1
                reason = "429"
            except BadRequest:
                raise  # a NetworkError subclass in PTB, but the same call would fail again
            except (TimedOut, NetworkError) as error:
                if not crisis and maybe_delivered(error):
                    log.warning("%s: no response (%s); it may have been delivered, so it is "
                                "not resent", endpoint, type(error.__cause__).__name__)
                    raise
                failure = error
                delay = min(0.25 * 2 ** (attempt - 1), MAX_BACKOFF)
                reason = type(error.__cause__ or error).__name__
            if crisis:
                if loop.time() + delay > deadline:
                    log.error("crisis reply not delivered after %d attempts in %.0f s",
                              attempt, CRISIS_DEADLINE)
                    raise failure
            elif attempt > SEND_RETRIES:
                log.error("%s failed after %d attempts (%s)", endpoint, attempt, reason)
                raise failure
            log.warning("%s%s failed (%s); attempt %d, retry in %.1f s",
                        "crisis " if crisis else "", endpoint, reason, attempt, delay)
            await asyncio.sleep(delay)
