"""Harm to the baby: someone has hurt the baby, or the parent has thoughts, urges or threats
of hurting it. Fear of an accident and the baby's own movements are not harm.

One module per family, each reviewable on its own (see safety/rules/family.py). The
families are tried in the order below; within the category the first rule to match names
the result, so the order is part of the behaviour.
"""

from safety.result import Category
from safety.rules.family import Family, family_of
from safety.rules.harm_to_baby import (
    acts_and_thoughts,
    force_and_punishment,
    rough_handling_described,
)
from safety.rules.harm_to_baby.idioms import HARM_TO_BABY_IDIOMS

FAMILIES: tuple[Family, ...] = tuple(
    family_of(module, Category.HARM_TO_BABY)
    for module in (
        acts_and_thoughts,
        rough_handling_described,
        force_and_punishment,
    )
)
HARM_TO_BABY_RULES: list[tuple[str, str]] = [rule for family in FAMILIES for rule in family.rules]

__all__ = ["FAMILIES", "HARM_TO_BABY_IDIOMS", "HARM_TO_BABY_RULES"]
