"""The shipped head, also read per sentence: does it catch crises buried in long messages?

    nice -n 10 .venv/bin/python bench/crisis_sentence_max.py [--index corpus/index]

A long message's mean-pooled vector can dilute one alarming sentence among ordinary ones.
bench/crisis_net_features.py tried reading each sentence too with an earlier head and bank;
this re-checks it with today's: the shipped head, trained on whole messages, scores the whole
message and each of its sentences, and a variant takes the largest probability. Out of fold on
the same grouped blocks as bench/crisis_bank_compare.py, each variant with its own bands from
the same rule (bench/crisis_bands.py). Serving it would mean an encoding per sentence as well.
Counts only, never message text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
from crisis_bands import choose_bands
from crisis_bank_compare import HEAD, load_scored_bank, report
from crisis_net_features import sentences
from safety_net_compare import _predict, block_folds, embed_all

from safety.net import ORDINARY
from safety.net_training import SEED, train_head

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default=str(ROOT / "corpus" / "index"))
    args = parser.parse_args()
    bank = load_scored_bank(args.index)
    texts, labels = bank.texts, bank.labels
    owner_list, parts = [], []
    for row, text in enumerate(texts):
        for part in sentences(text):
            owner_list.append(row)
            parts.append(part)
    owner = np.asarray(owner_list)
    started = time.perf_counter()
    part_vectors = embed_all(bank.searcher, parts)
    print(f"{len(texts)} messages, {len(set(owner_list))} with two or more sentences "
          f"({len(parts)} sentences, embedded in {time.perf_counter() - started:.0f} s)")

    fold = block_folds(bank.groups)
    whole, best_part = np.zeros(len(texts)), np.zeros(len(texts))
    for value in np.unique(fold):
        held = fold == value
        train = np.flatnonzero(~held)
        net = train_head(bank.vectors[train], labels[train], HEAD, SEED,
                         texts=[texts[i] for i in train])
        rows = np.flatnonzero(held)
        whole[rows] = _predict(net, bank.vectors[rows], [texts[i] for i in rows])[0]
        part_rows = np.flatnonzero(np.isin(owner, rows))
        part_prob = _predict(net, part_vectors[part_rows], [parts[i] for i in part_rows])[0]
        np.maximum.at(best_part, owner[part_rows], part_prob)

    multi = np.isin(np.arange(len(texts)), owner)
    is_crisis = labels != ORDINARY
    for name, prob in (("whole message (shipped)", whole),
                       ("max(whole, sentences)", np.maximum(whole, best_part))):
        bands = choose_bands(prob, labels, bank.groups, bank.pattern)
        report(name, prob, bands, labels, bank.groups, bank.pattern, bank.langs,
               bank.served_english)
        routed = (prob >= bands.crisis) | bank.pattern
        print(f"  messages of two or more sentences: crisis reply "
              f"{routed[multi & is_crisis].mean():.1%} of {int((multi & is_crisis).sum())} crises, "
              f"false alarms {routed[multi & ~is_crisis].mean():.1%} of "
              f"{int((multi & ~is_crisis).sum())} ordinary")


if __name__ == "__main__":
    main()
