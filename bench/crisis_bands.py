"""How the learned crisis net's bands are chosen from out-of-fold probabilities, and the labelled
sets that choice reads (by the `source` each line of safety/examples.jsonl names). Shared by
bench/safety_net_compare.py and bench/crisis_bank_compare.py; the bands chosen are written into
safety/net_training.py (SHIPPED_HEAD) by hand, with the run that chose them in the README.
"""

from __future__ import annotations

import numpy as np

from safety.net import ORDINARY, Bands

# Blind sets run once for their report, then added to the bank.
SPENT_BLIND = (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30,
               31, 32, 33, 34, 35)
PARENT_SOURCES = {"retrieval_eval.jsonl", "corpus/questions", "corpus/off_topics.yaml"} | {
    f"blind{n}_parent_questions.jsonl" for n in SPENT_BLIND}
SMALLTALK_SOURCES = {"ordinary_smalltalk.jsonl", "bank12_smalltalk_train.jsonl",
                     "bank18_signoffs_train.jsonl", "bank22_short_replies_train.jsonl",
                     "bank30_signoffs_train.jsonl", "bank35_meta_train.jsonl"}
# Written by writers who never saw the rules: the patterns were not grown on them.
FRESH_SOURCES = {"bank_crisis_train.jsonl", "bank8_crisis_train.jsonl",
                 "bank10_crisis_train.jsonl", "bank12_en_crisis_train.jsonl",
                 "bank14_en_crisis_train.jsonl", "bank18_en_crisis_train.jsonl",
                 "bank20_en_crisis_train.jsonl", "bank22_en_crisis_train.jsonl",
                 "bank24_en_crisis_train.jsonl", "bank30_en_crisis_train.jsonl"} | {
                     f"blind{n}_crisis.jsonl" for n in SPENT_BLIND}


def choose_bands(prob, labels, groups, pattern, check_in_rate: float = 0.04,
                 english=None) -> Bands:
    """The shipped rule: crisis_band() charging the net only what it adds, then check_in_band().

    english (optional): which messages the language detector reads as English, as served
    (bot/pipeline.py). With it, English gets its own crisis band, the lowest keeping the net's
    added false alarms within the limits on the English ordinary messages and the parent
    questions; a message in another language keeps the band the rule picks over every language
    together (raising it would cost Spanish and French crisis replies). Without it, one band."""
    tricky = (labels == ORDINARY) & ~np.isin(groups, list(PARENT_SOURCES | SMALLTALK_SOURCES))
    parents = np.isin(groups, list(PARENT_SOURCES))
    shared = crisis_band(prob, pattern, tricky, parents, charge_patterns=False)
    if english is None:
        return Bands(crisis=shared, check_in=check_in_band(prob, parents, shared, check_in_rate))
    crisis = crisis_band(prob, pattern, tricky & english, parents, charge_patterns=False)
    return Bands(crisis=crisis, check_in=check_in_band(prob, parents, crisis, check_in_rate),
                 crisis_not_english=shared)


def crisis_threshold(bands: Bands, english) -> np.ndarray:
    """Each message's crisis band, as served: English (per the detector) or not."""
    return np.where(english, bands.crisis_for(True), bands.crisis_for(False))


def crisis_band(prob, pattern, tricky, parents, charge_patterns: bool) -> float:
    """The lowest band (on a 0.01 grid) keeping false alarms, out of fold, within the issue's
    limits: 3% of tricky ordinary messages, 1% of parent questions. charge_patterns: count
    patterns OR net (the rule until this round); else only the alarms the net adds on messages
    the patterns do not flag (the net may not remove a pattern route, so it answers for its own)."""
    band = 1.0
    for candidate in np.arange(0.99, 0.0, -0.01):
        flagged = prob >= candidate
        flagged = flagged | pattern if charge_patterns else flagged & ~pattern
        if flagged[tricky].mean() > 0.03 or flagged[parents].mean() > 0.01:
            break
        band = float(candidate)
    return round(band, 2)


def check_in_band(prob, parents, crisis: float, rate: float = 0.04) -> float:
    """The lowest band that asks at most `rate` of the parent questions (never above crisis)."""
    ordered = np.sort(prob[parents])
    allowed = int(np.floor(rate * len(ordered)))
    check_in = float(ordered[len(ordered) - allowed - 1]) + 1e-6 if allowed < len(ordered) else 0
    return round(min(check_in, crisis), 2)
