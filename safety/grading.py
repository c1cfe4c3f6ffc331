"""The graded safety verdict: the pattern layer's result, raised (never lowered) by the net.

    pattern = assess(text)                       # always first, no model
    graded = grade(pattern, vector, net, text, english)   # vector and net may be None

Tiers, most urgent first:
- crisis: the patterns fired, or the net's crisis probability reached its crisis band;
- check_in: the net is unsure (a band below crisis): ask "are you and your baby safe right
  now?" with the emergency number and a 24/7 line above the answer;
- distress: the patterns heard distress: the answer plus one gentle support line;
- None: nothing of concern.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from safety.net import CrisisNet, NetVerdict
from safety.result import Category, SafetyResult, Severity

log = logging.getLogger(__name__)


class Tier(StrEnum):
    CRISIS = "crisis"
    CHECK_IN = "check_in"
    DISTRESS = "distress"


@dataclass(frozen=True)
class Graded:
    """The tier of one message; `category` is the crisis category when the tier is crisis."""

    tier: Tier | None
    category: Category | None
    pattern: SafetyResult
    net: NetVerdict | None = None

    @property
    def is_crisis(self) -> bool:
        return self.tier == Tier.CRISIS


def grade(
    pattern: SafetyResult,
    vector: np.ndarray | None = None,
    net: CrisisNet | None = None,
    text: str | None = None,
    english: bool = True,
) -> Graded:
    """Combine the pattern verdict with the net's; the net may only add urgency. `text` is the
    message as it was encoded (the net also reads its n-grams); `english`: the message is
    English or its language is not known (the net's crisis band depends on it)."""
    if pattern.is_crisis:
        return Graded(Tier.CRISIS, pattern.category, pattern)
    verdict = None
    if vector is not None and net is not None:
        try:
            verdict = net.verdict(vector, text, english)
        except Exception as error:  # noqa: BLE001 - the net failing must leave the patterns' say
            log.warning("crisis net failed, patterns serve alone: %s", type(error).__name__)
    if verdict is not None and verdict.is_crisis:
        return Graded(Tier.CRISIS, verdict.category, pattern, verdict)
    if verdict is not None and verdict.is_check_in:
        return Graded(Tier.CHECK_IN, None, pattern, verdict)
    if pattern.severity == Severity.DISTRESS:
        return Graded(Tier.DISTRESS, None, pattern, verdict)
    return Graded(None, None, pattern, verdict)
