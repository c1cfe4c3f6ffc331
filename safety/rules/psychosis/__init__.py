"""Psychosis: voices, visions, being watched, plotted against or chosen, a baby swapped or
evil, no need for sleep. Jokes, nicknames and real sounds stay ordinary.

One module per family, each reviewable on its own (see safety/rules/family.py). The
families are tried in the order below; within the category the first rule to match names
the result, so the order is part of the behaviour.
"""

from safety.result import Category
from safety.rules.family import Family, family_of
from safety.rules.psychosis import (
    devices_spirits_and_destiny,
    doubles_and_speaking_baby,
    figures_messages_and_mania,
    named_beliefs,
    omens_and_reports,
    senses_and_unreality,
    signals_and_replacement,
    thoughts_and_signs,
)
from safety.rules.psychosis.idioms import PSYCHOSIS_IDIOMS

FAMILIES: tuple[Family, ...] = tuple(
    family_of(module, Category.PSYCHOSIS)
    for module in (
        named_beliefs,
        senses_and_unreality,
        signals_and_replacement,
        devices_spirits_and_destiny,
        doubles_and_speaking_baby,
        figures_messages_and_mania,
        thoughts_and_signs,
        omens_and_reports,
    )
)
PSYCHOSIS_RULES: list[tuple[str, str]] = [rule for family in FAMILIES for rule in family.rules]

__all__ = ["FAMILIES", "PSYCHOSIS_IDIOMS", "PSYCHOSIS_RULES"]
