"""Abuse: a partner or family member hurting, threatening or controlling the parent.
Questions about what abuse means, or worry about a friend, stay ordinary.

One module per family, each reviewable on its own (see safety/rules/family.py). The
families are tried in the order below; within the category the first rule to match names
the result, so the order is part of the behaviour.
"""

from safety.result import Category
from safety.rules.abuse import (
    deprivation_and_fleeing,
    his_temper,
    money_secrecy_and_rules,
    named_violence_and_control,
    shape_of_control,
    watched_threatened_and_stalked,
)
from safety.rules.abuse.idioms import ABUSE_IDIOMS
from safety.rules.family import Family, family_of

FAMILIES: tuple[Family, ...] = tuple(
    family_of(module, Category.ABUSE)
    for module in (
        named_violence_and_control,
        watched_threatened_and_stalked,
        deprivation_and_fleeing,
        his_temper,
        money_secrecy_and_rules,
        shape_of_control,
    )
)
ABUSE_RULES: list[tuple[str, str]] = [rule for family in FAMILIES for rule in family.rules]

__all__ = ["ABUSE_IDIOMS", "ABUSE_RULES", "FAMILIES"]
