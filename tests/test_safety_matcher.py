"""The phrase matcher gives the best-ranked rule, whichever word of the message it matches at."""

from __future__ import annotations

from safety.matcher import RuleSet


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


def test_capturing_groups_inside_a_rule_keep_its_rule_id():
    rules = RuleSet([("first", r"(shook|shaken) (him|her)"), ("second", r"(hit) (him|her)")])
    assert rules.first_match("i hit her") == "second"
    assert rules.first_match("i shook him") == "first"
