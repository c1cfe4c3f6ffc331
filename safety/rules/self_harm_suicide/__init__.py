"""Self-harm and suicide: the parent's own thoughts of dying, plans, means or goodbyes, and
someone close threatening to kill themselves.

One module per family, each reviewable on its own (see safety/rules/family.py). The
families are tried in the order below; within the category the first rule to match names
the result, so the order is part of the behaviour.
"""

from safety.result import Category
from safety.rules.family import Family, family_of
from safety.rules.self_harm_suicide import (
    better_off_gone,
    death_welcomed,
    goodbyes_and_decisions,
    means_and_plans,
    notes_and_means_laid_out,
    preparations,
    wish_to_die,
)
from safety.rules.self_harm_suicide.idioms import SELF_HARM_IDIOMS

FAMILIES: tuple[Family, ...] = tuple(
    family_of(module, Category.SELF_HARM_SUICIDE)
    for module in (
        wish_to_die,
        better_off_gone,
        means_and_plans,
        preparations,
        goodbyes_and_decisions,
        notes_and_means_laid_out,
        death_welcomed,
    )
)
SELF_HARM_RULES: list[tuple[str, str]] = [rule for family in FAMILIES for rule in family.rules]

__all__ = ["FAMILIES", "SELF_HARM_IDIOMS", "SELF_HARM_RULES"]
