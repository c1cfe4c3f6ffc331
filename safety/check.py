"""assess(text): the one safety check every inbound message goes through before anything else."""

from __future__ import annotations

from safety.languages import assess_other_languages
from safety.matcher import RuleSet
from safety.normalise import normalise
from safety.result import NOT_A_CONCERN, SEVERITY_BY_CATEGORY, Category, SafetyResult
from safety.rules import FIRST_RULES, IDIOMS, IDIOMS_BY_CATEGORY, RULES_BY_CATEGORY, prepare

# Compiled once at import: a call does no I/O and builds nothing.
_IDIOMS = RuleSet([(f"idiom_{i}", prepare(pattern)) for i, pattern in enumerate(IDIOMS)])
_CATEGORY_IDIOMS = {
    category: RuleSet([(f"idiom_{category}_{i}", prepare(p)) for i, p in enumerate(patterns)])
    for category, patterns in IDIOMS_BY_CATEGORY.items()
}
_FIRST = RuleSet([(rule_id, prepare(pattern)) for _, rule_id, pattern in FIRST_RULES])
_FIRST_CATEGORY = {rule_id: category for category, rule_id, _ in FIRST_RULES}
_RULE_SETS = [
    (category, RuleSet([(rule_id, prepare(pattern)) for rule_id, pattern in rules]))
    for category, rules in RULES_BY_CATEGORY.items()
]


def assess(text: str) -> SafetyResult:
    """Classify one message: a crisis category, distress, or nothing of concern."""
    english = _assess_english(text)
    if english.is_crisis:
        return english
    # Spanish and French crisis cores, on every message: a crisis outranks a softer verdict.
    other = assess_other_languages(text)
    return other if other.is_crisis else english


def _assess_english(text: str) -> SafetyResult:
    plain = normalise(text or "")
    if not plain:
        return NOT_A_CONCERN
    literal = _without(_IDIOMS, plain)
    rule_id = _FIRST.first_match(literal)
    if rule_id:
        category = _FIRST_CATEGORY[rule_id]
        return SafetyResult(category, SEVERITY_BY_CATEGORY[category], rule_id)
    for category, rule_set in _RULE_SETS:
        if category == Category.DISTRESS:
            read = plain
        elif category in _CATEGORY_IDIOMS:
            read = _without(_CATEGORY_IDIOMS[category], literal)
        else:
            read = literal
        rule_id = rule_set.first_match(read)
        if rule_id:
            return SafetyResult(category, SEVERITY_BY_CATEGORY[category], rule_id)
    return NOT_A_CONCERN


def _without(idioms: RuleSet, plain: str) -> str:
    """Blank out hyperbole ("i'd kill for a nap") before the crisis rules read the message."""
    spans = idioms.spans(plain)
    if not spans:
        return plain
    kept, start = [], 0
    for begin, end in sorted(spans):
        if begin > start:
            kept.append(plain[start:begin])
        start = max(start, end)
    kept.append(plain[start:])
    return " ".join(" ".join(kept).split())
