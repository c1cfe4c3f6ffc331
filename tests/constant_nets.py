"""A learned crisis net that says the same thing about every message: for tests that need a
given tier (crisis, check-in, nothing) whatever the real model would say."""

from __future__ import annotations

import numpy as np

from safety import Category
from safety.net import ORDINARY, Bands, CrisisNet

LABELS = (ORDINARY, *(category.value for category in Category if category != Category.DISTRESS))


def constant_net(probability: float, dimension: int, bands: Bands, source: str = "") -> CrisisNet:
    """A net that says P(crisis) = `probability` (as abuse) whatever the message."""
    bias = np.full(len(LABELS), -50.0, dtype=np.float32)
    bias[LABELS.index(ORDINARY)] = np.log(1.0 - probability)
    bias[LABELS.index("abuse")] = np.log(probability)
    return CrisisNet([(np.zeros((dimension, len(LABELS)), np.float32), bias)], LABELS, bands,
                     source)
