"""Which family modules make up each crisis category, and in what order they are tried.

Each crisis category is a package below safety.rules named by its Category value
(safety/rules/self_harm_suicide/ ...), holding one module per family (see family.py) beside its
building blocks (terms.py) and the idioms only that category reads (idioms.py). This table is
the one place a category's families and their order are written down: within a category the
first rule to match names the result, so the order is part of the behaviour. A new family
module is caught by nothing until it is listed here.
"""

from __future__ import annotations

from importlib import import_module

from safety.result import Category
from safety.rules.family import Family, family_of

# Category -> its family modules, in the order they are tried. The categories are listed in
# the order check.py tries them: a message that fits two gets the first, so a baby in physical
# danger or a parent afraid of harming the baby comes ahead of everything else.
FAMILY_MODULES: dict[Category, tuple[str, ...]] = {
    Category.BABY_EMERGENCY: (
        "breathing_and_colour",
        "named_emergencies",
        "signs_described",
        "signs_combined",
        "found_and_unresponsive",
    ),
    Category.HARM_TO_BABY: (
        "acts_and_thoughts",
        "rough_handling_described",
        "force_and_punishment",
    ),
    Category.SELF_HARM_SUICIDE: (
        "wish_to_die",
        "better_off_gone",
        "means_and_plans",
        "preparations",
        "goodbyes_and_decisions",
        "notes_and_means_laid_out",
        "death_welcomed",
    ),
    Category.PSYCHOSIS: (
        "named_beliefs",
        "senses_and_unreality",
        "signals_and_replacement",
        "devices_spirits_and_destiny",
        "doubles_and_speaking_baby",
        "figures_messages_and_mania",
        "thoughts_and_signs",
        "omens_and_reports",
    ),
    Category.ABUSE: (
        "named_violence_and_control",
        "watched_threatened_and_stalked",
        "deprivation_and_fleeing",
        "his_temper",
        "money_secrecy_and_rules",
        "shape_of_control",
    ),
}


def category_families(category: Category) -> tuple[Family, ...]:
    """The category's families in the table's order, each imported from
    safety/rules/<category>/<family>.py; every rule in them names the category."""
    return tuple(
        family_of(import_module(f"{__package__}.{category.value}.{name}"), category)
        for name in FAMILY_MODULES[category]
    )


def rules_of(families: tuple[Family, ...]) -> list[tuple[str, str]]:
    """(rule id, pattern) of every rule in the families, in the order they are tried."""
    return [rule for family in families for rule in family.rules]
