"""Baby emergency: a baby who may need an ambulance now (not breathing, choking, blue, limp,
fitting, badly hurt, swallowed something, very ill).

One module per family, each reviewable on its own (see safety/rules/family.py). The
families are tried in the order below; within the category the first rule to match names
the result, so the order is part of the behaviour.
"""

from safety.result import Category
from safety.rules.baby_emergency import (
    breathing_and_colour,
    found_and_unresponsive,
    named_emergencies,
    signs_combined,
    signs_described,
)
from safety.rules.family import Family, family_of

FAMILIES: tuple[Family, ...] = tuple(
    family_of(module, Category.BABY_EMERGENCY)
    for module in (
        breathing_and_colour,
        named_emergencies,
        signs_described,
        signs_combined,
        found_and_unresponsive,
    )
)
BABY_EMERGENCY_RULES: list[tuple[str, str]] = [rule for family in FAMILIES for rule in family.rules]

__all__ = ["BABY_EMERGENCY_RULES", "FAMILIES"]
