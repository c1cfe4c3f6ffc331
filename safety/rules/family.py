"""A family: one named, documented group of crisis rules, with the messages it must and must not
catch written beside it (like Semgrep's `ruleid:` / `ok:` annotations).

Each family module holds a docstring (the situation it covers and the borderline decisions behind
it), `RULES` (rule id, pattern) in the order they are tried, and `EXAMPLES`. A clinician reviews
one family at a time; tests/test_safety_families.py checks every family's examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from safety.result import Category


@dataclass(frozen=True)
class Examples:
    """Two messages the family must catch, and two near misses it must leave alone."""

    must_match: tuple[str, ...]
    must_not_match: tuple[str, ...]


@dataclass(frozen=True)
class Family:
    name: str  # the module path below safety.rules, e.g. "self_harm_suicide.means_and_plans"
    summary: str  # the docstring's first line
    rules: tuple[tuple[str, str], ...]  # (rule id, pattern), in the order they are tried
    categories: dict[str, Category]  # rule id -> the category its match names
    examples: Examples
    source: str  # the module's file

    @property
    def rule_ids(self) -> frozenset[str]:
        return frozenset(self.categories)

    @property
    def lines(self) -> int:
        """The module's length, for the review table (read on demand: importing the safety
        layer reads no files)."""
        return len(Path(self.source).read_text(encoding="utf-8").splitlines())


def family_of(module: ModuleType, category: Category) -> Family:
    """A category family: every rule in the module names the same category."""
    rules = tuple(module.RULES)
    return _family(module, rules, {rule_id: category for rule_id, _ in rules})


def mixed_family_of(module: ModuleType) -> Family:
    """A family whose rules name different categories (the rules checked before any category)."""
    rules = tuple((rule_id, pattern) for _, rule_id, pattern in module.RULES)
    return _family(module, rules, {rule_id: category for category, rule_id, _ in module.RULES})


def _family(module: ModuleType, rules: tuple, categories: dict[str, Category]) -> Family:
    return Family(
        name=module.__name__.removeprefix("safety.rules."),
        summary=next(iter((module.__doc__ or "").strip().splitlines()), ""),  # none under -OO
        rules=rules,
        categories=categories,
        examples=module.EXAMPLES,
        source=module.__file__ or "",
    )
