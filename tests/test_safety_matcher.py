"""The phrase matcher gives the best-ranked rule, whichever word of the message it matches at,
and its word index (first words, or first two) changes speed, never results."""

from __future__ import annotations

import json
from pathlib import Path

from safety.matcher import RuleSet
from safety.normalise import normalise
from safety.rules import FIRST_RULES, IDIOMS, IDIOMS_BY_CATEGORY, RULES_BY_CATEGORY, prepare


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


def test_a_rule_filed_under_its_first_two_words_matches_only_where_both_stand():
    rules = RuleSet([("voices", r"\bthe voices (tell|told) me\b"), ("any_the", r"\bthe end$")])
    assert rules.first_match("at night the voices tell me things") == "voices"
    assert rules.first_match("the radio voices tell me nothing") is None
    assert rules.first_match("this is the end") == "any_the"


def test_a_rule_whose_second_word_is_open_is_still_tried_at_its_first_word():
    rules = RuleSet([("open", r"\bthe (\S+ ){0,2}voices\b"), ("partial", r"\bmy husb")])
    assert rules.first_match("i hear the loud angry voices") == "open"
    assert rules.first_match("my husband shouts") == "partial"


def _safety_rule_sets() -> dict[str, list[tuple[str, str]]]:
    sets = {"first": [(rule_id, prepare(p)) for _, rule_id, p in FIRST_RULES],
            "idioms": [(f"idiom_{i}", prepare(p)) for i, p in enumerate(IDIOMS)]}
    sets |= {str(c): [(rule_id, prepare(p)) for rule_id, p in rules]
             for c, rules in RULES_BY_CATEGORY.items()}
    sets |= {f"idioms {c}": [(f"idiom_{i}", prepare(p)) for i, p in enumerate(patterns)]
             for c, patterns in IDIOMS_BY_CATEGORY.items()}
    return sets


def test_the_word_pair_index_finds_exactly_what_the_first_word_index_finds():
    # The pair index only changes which rules are tried where; on the labelled messages, every
    # rule set of the safety layer must give the same best rule and the same matched spans.
    data = Path(__file__).parent / "data"
    texts = {normalise(json.loads(line)["text"])
             for name in ("crisis_messages", "ordinary_messages", "crisis_indirect",
                          "blind30_crisis", "blind30_ordinary")
             for line in (data / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()}
    for name, rules in _safety_rule_sets().items():
        paired, single = RuleSet(rules), RuleSet(rules, pairs=False)
        for text in texts:
            assert paired.first_match(text) == single.first_match(text), (name, text)
            assert sorted(set(paired.spans(text))) == sorted(set(single.spans(text))), (name, text)
