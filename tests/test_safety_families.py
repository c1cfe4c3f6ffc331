"""Every crisis rule family catches the messages written beside it and leaves its near misses alone.

Each family module in safety/rules/ carries EXAMPLES: two messages it must catch and two it must
not (Semgrep's `ruleid:` / `ok:` model), so a clinician reviewing one family sees what it is for
and a change that breaks it fails here, by name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safety import assess
from safety.rules import FAMILIES
from safety.rules.family_match import families_matching
from safety.rules.registry import FAMILY_MODULES

DATA = Path(__file__).parent / "data"
RULES = Path(__file__).parent.parent / "safety" / "rules"
NOT_FAMILIES = {"__init__", "terms", "idioms"}  # a category package's building blocks
MAX_FAMILY_LINES = 300

_MUST_MATCH = [
    pytest.param(family, text, id=f"{family.name}-{i}")
    for family in FAMILIES
    for i, text in enumerate(family.examples.must_match)
]
_MUST_NOT_MATCH = [
    pytest.param(family, text, id=f"{family.name}-{i}")
    for family in FAMILIES
    for i, text in enumerate(family.examples.must_not_match)
]


@pytest.mark.parametrize(("family", "text"), _MUST_MATCH)
def test_family_catches_each_message_it_must_match(family, text):
    fired = families_matching(text)
    assert family.name in fired, f"{family.name} does not catch {text!r} (fired: {sorted(fired)})"
    category, rule_id = fired[family.name]
    result = assess(text)
    assert result.category == category, (
        f"{family.name} catches {text!r} as {category} by {rule_id}, but assess() says "
        f"{result.category} ({result.rule})"
    )


@pytest.mark.parametrize(("family", "text"), _MUST_NOT_MATCH)
def test_family_leaves_each_near_miss_alone(family, text):
    fired = families_matching(text)
    assert family.name not in fired, f"{family.name} catches {text!r} by {fired[family.name]}"


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.name)
def test_every_family_is_documented_with_two_examples_each_way_and_short(family):
    assert family.summary, f"{family.name} has no docstring"
    assert len(family.examples.must_match) >= 2
    assert len(family.examples.must_not_match) >= 2
    assert family.lines <= MAX_FAMILY_LINES, f"{family.name} has {family.lines} lines"


def test_every_rule_belongs_to_exactly_one_family():
    rule_ids = [rule_id for family in FAMILIES for rule_id, _ in family.rules]
    assert len(rule_ids) == len(set(rule_ids))


def test_the_registry_lists_every_family_module_of_every_category_once():
    """A family module left out of safety/rules/registry.py would silently catch nothing."""
    for category, names in FAMILY_MODULES.items():
        on_disk = {path.stem for path in (RULES / category.value).glob("*.py")} - NOT_FAMILIES
        assert len(names) == len(set(names)), f"{category}: a family is listed twice"
        assert set(names) == on_disk, f"{category}: listed {names}, on disk {sorted(on_disk)}"


def test_families_fire_where_assess_does_on_the_labelled_sets():
    """families_matching() reads each message as assess() does: the rule assess() reports is the
    best-ranked match of a family that fires, and nothing fires where assess() finds nothing."""
    family_of = {rule_id: family.name for family in FAMILIES for rule_id, _ in family.rules}
    texts = []
    for name in ("crisis_messages.jsonl", "crisis_indirect.jsonl", "ordinary_messages.jsonl"):
        with (DATA / name).open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    disagreements = []
    for text in texts:
        rule_id, fired = assess(text).rule, families_matching(text)
        if rule_id is not None and rule_id not in family_of:
            continue  # named by a layer outside the English pattern families
        if rule_id is None:
            agrees = not fired
        else:
            agrees = fired.get(family_of[rule_id], (None, None))[1] == rule_id
        if not agrees:
            disagreements.append(f"{text!r}: assess {rule_id}, families {fired}")
    assert not disagreements, "\n".join(disagreements[:10])
