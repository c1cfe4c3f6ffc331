"""Crisis safety layer: runs first on every message; pure, pattern-based, no model, no I/O.

    from safety import assess, helplines_for
    result = assess(text)            # SafetyResult(category, severity, rule)
    if result.is_crisis: ...  # reply crisis_<category> with helplines_for(region, category)
"""

from safety.check import assess
from safety.helplines import (
    ARTICLE_REGIONS,
    DEFAULT_REGION,
    REGIONS,
    Helpline,
    helplines_for,
    normalise_region,
)
from safety.result import Category, SafetyResult, Severity

__all__ = [
    "ARTICLE_REGIONS",
    "DEFAULT_REGION",
    "REGIONS",
    "Category",
    "Helpline",
    "SafetyResult",
    "Severity",
    "assess",
    "helplines_for",
    "normalise_region",
]
