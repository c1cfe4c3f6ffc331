"""assess(text): the one safety check every inbound message goes through before anything else."""

from __future__ import annotations

from safety.normalise import normalise
from safety.result import NOT_A_CONCERN, SEVERITY_BY_CATEGORY, Category, SafetyResult
from safety.rules import RULES_BY_CATEGORY, compile_idioms, compile_rules

# Compiled once at import: a call does no I/O and builds nothing.
_IDIOMS = compile_idioms()
_CRISIS_PATTERNS = [
    (category, compile_rules(rules))
    for category, rules in RULES_BY_CATEGORY.items()
    if category != Category.DISTRESS
]
_DISTRESS_PATTERN = compile_rules(RULES_BY_CATEGORY[Category.DISTRESS])


def assess(text: str) -> SafetyResult:
    """Classify one message: a crisis category, distress, or nothing of concern."""
    plain = normalise(text or "")
    if not plain:
        return NOT_A_CONCERN
    # Hyperbole ("i'd kill for a nap") is blanked out for the crisis rules only.
    literal = _IDIOMS.sub(" ", plain)
    for category, pattern in _CRISIS_PATTERNS:
        match = pattern.search(literal)
        if match:
            return SafetyResult(category, SEVERITY_BY_CATEGORY[category], match.lastgroup)
    match = _DISTRESS_PATTERN.search(plain)
    if match:
        return SafetyResult(Category.DISTRESS, SEVERITY_BY_CATEGORY[Category.DISTRESS],
                            match.lastgroup)
    return NOT_A_CONCERN
