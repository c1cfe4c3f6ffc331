"""assess(text): the one safety check every inbound message goes through before anything else."""

from __future__ import annotations

from safety.matcher import RuleSet
from safety.normalise import normalise
from safety.result import NOT_A_CONCERN, SEVERITY_BY_CATEGORY, Category, SafetyResult
from safety.rules import RULES_BY_CATEGORY, compile_idioms, prepare

# Compiled once at import: a call does no I/O and builds nothing.
_IDIOMS = compile_idioms()
_RULE_SETS = [
    (category, RuleSet([(rule_id, prepare(pattern)) for rule_id, pattern in rules]))
    for category, rules in RULES_BY_CATEGORY.items()
]


def assess(text: str) -> SafetyResult:
    """Classify one message: a crisis category, distress, or nothing of concern."""
    plain = normalise(text or "")
    if not plain:
        return NOT_A_CONCERN
    # Hyperbole ("i'd kill for a nap") is blanked out for the crisis rules only.
    literal = _IDIOMS.sub(" ", plain)
    literal = " ".join(literal.split())
    for category, rule_set in _RULE_SETS:
        rule_id = rule_set.first_match(plain if category == Category.DISTRESS else literal)
        if rule_id:
            return SafetyResult(category, SEVERITY_BY_CATEGORY[category], rule_id)
    return NOT_A_CONCERN
