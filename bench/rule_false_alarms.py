"""Which phrase rules raise the crisis false alarms, and what pruning each would cost.

    nice -n 10 .venv/bin/python bench/rule_false_alarms.py [--index corpus/index] [--top 15]

Over the English lines of the sets the patterns were not grown on (the writers' banks and the
spent blind sets in safety/examples.jsonl), per crisis rule: the ordinary messages it is the
first rule to flag (the false alarms it names) and the crisis messages it is the first to catch;
then, reading every rule on its own (safety/rules/family_match.readings_of), what pruning it
would change: the false alarms that would go (no other rule fires and the net stays below its
crisis band) and the crisis routes that would be lost, with the net on (out of fold, at the
shipped bands) and with no net at all. The last two count every labelled crisis message, the
regression sets included. A clinician decides; this only counts. Counts only, never text.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np
from crisis_bands import crisis_threshold
from crisis_bank_compare import PARENTS, PATTERN_SETS, SMALLTALK, load_scored_bank, out_of_fold
from safety_net_compare import block_folds

from safety.matcher import RuleSet
from safety.net import ORDINARY
from safety.net_training import SHIPPED_HEAD
from safety.result import Category
from safety.rules import FAMILIES, prepare
from safety.rules.family_match import readings_of

ROOT = Path(__file__).resolve().parent.parent


def rule_matrix(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """Rule ids, and which crisis rule matches which message, each read as assess() reads it."""
    rules = []
    for family in FAMILIES:
        categories = set(family.categories.values())
        category = categories.pop() if len(categories) == 1 else None
        for rule_id, pattern in family.rules:
            if family.categories[rule_id] != Category.DISTRESS:
                rules.append((rule_id, category, RuleSet([(rule_id, prepare(pattern))])))
    matches = np.zeros((len(texts), len(rules)), dtype=bool)
    for row, text in enumerate(texts):
        readings = readings_of(text)
        if not readings:
            continue
        for column, (_, category, rule_set) in enumerate(rules):
            matches[row, column] = bool(rule_set.first_match(readings.get(category,
                                                                          readings[None])))
    return [rule_id for rule_id, _, _ in rules], matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default=str(ROOT / "corpus" / "index"))
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    bank = load_scored_bank(args.index)
    texts, labels, groups = bank.texts, bank.labels, bank.groups
    every = np.ones(len(labels), dtype=bool)
    # Each message at its served crisis band: English (as the detector reads it) or not.
    net = out_of_fold(bank.vectors, labels, texts, block_folds(groups), every) >= \
        crisis_threshold(SHIPPED_HEAD.bands, bank.served_english)
    english = bank.langs == ""
    is_crisis = labels != ORDINARY
    fresh = english & ~np.isin(groups, list(PATTERN_SETS))
    ordinary = fresh & ~is_crisis & ~np.isin(groups, list(PARENTS | SMALLTALK))
    first = list(bank.crisis_rules)  # the rule that routes each message, as assess() reads it
    named = Counter(first[i] for i in np.flatnonzero(ordinary) if first[i])
    caught = Counter(first[i] for i in np.flatnonzero(fresh & is_crisis) if first[i])
    rule_ids, matches = rule_matrix(texts)
    alone = matches.sum(axis=1) == 1
    print(f"{ordinary.sum()} fresh English ordinary messages, {sum(named.values())} flagged by "
          f"the patterns; {(fresh & is_crisis).sum()} fresh English crises; net bands "
          f"{SHIPPED_HEAD.bands} (out of fold)")
    print("| rule (first to fire) | false alarms | catches (fresh) | false alarms gone if "
          "pruned | crises lost if pruned: with net / no net |")
    print("|---|---:|---:|---:|---:|")
    for rule_id, count in named.most_common(args.top):
        only = alone & matches[:, rule_ids.index(rule_id)]
        print(f"| `{rule_id}` | {count} | {caught.get(rule_id, 0)} | "
              f"{(only & ordinary & ~net).sum()} | {(only & is_crisis & ~net).sum()} / "
              f"{(only & is_crisis).sum()} |")


if __name__ == "__main__":
    main()
