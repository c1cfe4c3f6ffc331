"""Which families fire on a message, each reading it exactly as assess() does.

assess() stops at the first rule that matches. To review or prune a family one needs every
family that would have caught a message, so this runs them all. Used by the family tests and
bench/family_catches.py, never on the live path.
"""

from __future__ import annotations

from functools import cache

from safety.check import _CATEGORY_IDIOMS, _IDIOMS, _without
from safety.matcher import RuleSet
from safety.normalise import normalise
from safety.result import Category
from safety.rules import FAMILIES, prepare
from safety.rules.family import Family


@cache
def _compiled() -> tuple[tuple[Family, RuleSet], ...]:
    return tuple(
        (family, RuleSet([(rule_id, prepare(pattern)) for rule_id, pattern in family.rules]))
        for family in FAMILIES
    )


def readings_of(text: str) -> dict[Category | None, str]:
    """The message as each category's rules read it in assess() (None: first rules and families
    of more than one category); empty when it has no words."""
    plain = normalise(text or "")
    if not plain:
        return {}
    # The same compiled idiom sets and blanking as assess(): first rules and crisis families
    # read the message without hyperbole (and without their category's own idioms), distress
    # the whole message.
    literal = _without(_IDIOMS, plain)
    readings: dict[Category | None, str] = {None: literal, Category.DISTRESS: plain}
    for category, idioms in _CATEGORY_IDIOMS.items():
        readings[category] = _without(idioms, literal)
    return readings


def families_matching(text: str) -> dict[str, tuple[Category, str]]:
    """Family name -> (category, rule id) of its best-ranked rule that matches the message."""
    readings = readings_of(text)
    if not readings:
        return {}
    literal = readings[None]
    found = {}
    for family, rule_set in _compiled():
        categories = set(family.categories.values())
        category = categories.pop() if len(categories) == 1 else None
        rule_id = rule_set.first_match(readings.get(category, literal))
        if rule_id:
            found[family.name] = (family.categories[rule_id], rule_id)
    return found
