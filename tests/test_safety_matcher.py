"""The phrase matcher gives the best-ranked rule and every span, however its alternatives are
indexed or joined."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from safety import check
from safety.matcher import RuleSet
from safety.normalise import normalise

EXAMPLES = Path(__file__).resolve().parent.parent / "safety" / "examples.jsonl"


def test_best_ranked_rule_wins_when_two_match_at_the_same_word():
    rules = RuleSet([("ranked_first", r"i want to die"), ("ranked_second", r"i want")])
    assert rules.first_match("i want to die") == "ranked_first"
    assert rules.first_match("i want cake") == "ranked_second"


def test_best_ranked_rule_wins_over_one_matching_earlier_in_the_message():
    rules = RuleSet([("ranked_first", r"die now"), ("ranked_second", r"i want")])
    assert rules.first_match("i want to die now") == "ranked_first"


def test_rule_alternatives_keep_their_own_rule_id():
    rules = RuleSet([("not_breathing", r"(?:hes|shes) not breathing|stopped breathing"),
                     ("blue", r"(?:gone|turning) blue")])
    assert rules.first_match("he has stopped breathing") == "not_breathing"
    assert rules.first_match("shes not breathing and gone blue") == "not_breathing"
    assert rules.first_match("lips turning blue") == "blue"
    assert rules.first_match("breathing fine") is None


def test_capturing_groups_inside_a_rule_do_not_hide_which_rule_matched():
    rules = RuleSet([("first", r"(shook|shaken) (him|her)"), ("second", r"(hit) (him|her)")])
    assert rules.first_match("i hit her") == "second"
    assert rules.first_match("i shook him") == "first"


def _one_alternative_at_a_time(rules: RuleSet, text: str) -> str | None:
    """The matcher before alternatives were joined: every alternative tried on its own."""
    best = None
    for rule in rules._anywhere:
        if (best is None or rule.rank < best.rank) and rule.pattern.search(text):
            best = rule
    position = 0
    for word in text.split(" "):
        for rule in rules._by_first_word.get(word, ()):
            if (best is None or rule.rank < best.rank) and rule.pattern.match(text, position):
                best = rule
        position += len(word) + 1
    return best.rule_id if best else None


def _spans_one_alternative_at_a_time(rules: RuleSet, text: str) -> list[tuple[int, int]]:
    found = [m.span() for rule in rules._anywhere for m in rule.pattern.finditer(text)]
    position = 0
    for word in text.split(" "):
        for rule in rules._by_first_word.get(word, ()):
            match = rule.pattern.match(text, position)
            if match:
                found.append(match.span())
        position += len(word) + 1
    return sorted(found)


@pytest.mark.slow
def test_joined_alternatives_agree_with_trying_each_one_on_every_labelled_message():
    texts = [json.loads(line)["text"] for line in EXAMPLES.read_text().splitlines()]
    plain = [normalise(text) for text in texts]
    rule_sets = [check._FIRST, check._IDIOMS, *(rules for _, rules in check._RULE_SETS),
                 *check._CATEGORY_IDIOMS.values()]
    for rules in rule_sets:
        disagree = [i for i, text in enumerate(plain)
                    if rules.first_match(text) != _one_alternative_at_a_time(rules, text)]
        assert disagree == [], f"{len(disagree)} messages change rule"
        # The idioms are blanked out by their spans: every span must stay as it was.
        moved = [i for i, text in enumerate(plain)
                 if sorted(rules.spans(text)) != _spans_one_alternative_at_a_time(rules, text)]
        assert moved == [], f"{len(moved)} messages change spans"


def test_no_rule_uses_a_backreference_that_joining_would_renumber():
    rule_sets = [check._FIRST, check._IDIOMS, *(rules for _, rules in check._RULE_SETS),
                 *check._CATEGORY_IDIOMS.values()]
    patterns = [rule.pattern.pattern for rules in rule_sets
                for alternatives in (*rules._by_first_word.values(), rules._anywhere)
                for rule in alternatives]
    assert patterns
    assert [p for p in patterns if re.search(r"\\[1-9]|\(\?P=", p)] == []
