"""Which bank, and which rule for the crisis band: variants side by side on the same folds.

    nice -n 10 .venv/bin/python bench/crisis_bank_compare.py [--index corpus/index]

Every variant trains the shipped head (logistic regression on the sentence vector and n-grams)
and is scored out of fold on the same rows of today's bank, cut into the same grouped blocks as
bench/safety_net_compare.py (each source set in 5 contiguous blocks). A variant is a bank
(and, for the last rows, a head setting):

- bank "shipped": the sets the shipped net was trained on until this round; this round's sets
  (blind sets 24 and 25, spent once reported) are never trained on, so on them it is a held-out
  score.
- bank "now": every set in safety/examples.jsonl.

The crisis band is the lowest at which the false alarms the net ADDS (on messages the patterns
do not flag) stay within 3% of tricky ordinary messages and 1% of parent questions, out of fold
(bench/crisis_bands.py; the net may not remove a pattern route). The README keeps last round's
table, which also compared charging the net the patterns' false alarms.
The check-in band is the lowest asking at most 4% of parent questions, for every variant.
Figures are printed for the crisis messages written by people who never saw the rules ("fresh"),
per category, and false alarms on fresh ordinary messages and parent questions. Counts only,
never message text.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from crisis_bands import PARENT_SOURCES, SMALLTALK_SOURCES, choose_bands, crisis_threshold
from safety_net_compare import HEADS, _predict, bank_arrays, block_folds, embed_all

from retrieval.search import Searcher
from safety import assess
from safety.languages.detect import ENGLISH, language_of
from safety.net import ORDINARY, Bands
from safety.net_training import SEED, Example, train_head
from safety.result import CRISIS_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
HEAD = HEADS["logreg C=10 + n-grams"]
# This round's new sets, in "now" only: blind sets 34 and 35, spent once reported, and a
# writer's bank of ordinary apologies, sign-offs and remarks about the chat (after "sorry for
# the long message" got the net's crisis reply in blind set 35).
NEW_SETS = {f"blind{n}_{kind}.jsonl" for n in (34, 35)
            for kind in ("crisis", "ordinary", "parent_questions")} | {"bank35_meta_train.jsonl"}
# (NEW_SETS are left out of the "shipped" row.)
# Shipped until this round.
PREVIOUS_BANDS = Bands(crisis=0.65, check_in=0.09, crisis_not_english=0.71)
PARENTS = PARENT_SOURCES
SMALLTALK = SMALLTALK_SOURCES
# Sets the patterns were grown on: the patterns catch their crises by construction.
PATTERN_SETS = {"crisis_messages.jsonl", "ordinary_messages.jsonl", "crisis_indirect.jsonl"}


@dataclass(frozen=True)
class ScoredBank:
    """The bank as the crisis benches read it: each example's text as the net reads it, label,
    source set, language ("" for English, else its code as labelled), whether the language
    detector reads it as English (as served: it picks the crisis band), served vector, and the
    pattern rule that routes it to crisis (None when no pattern does)."""

    searcher: Searcher
    examples: list[Example]
    texts: list[str]
    labels: np.ndarray
    groups: np.ndarray
    langs: np.ndarray
    served_english: np.ndarray
    vectors: np.ndarray
    crisis_rules: np.ndarray

    @property
    def pattern(self) -> np.ndarray:
        """Whether the phrase patterns route each example to crisis."""
        return np.not_equal(self.crisis_rules, None)


def load_scored_bank(index: str) -> ScoredBank:
    """safety/examples.jsonl with its vectors (encoded by the index's encoder) and verdicts."""
    searcher = Searcher.load(index, threads=2)
    examples, texts, labels, groups = bank_arrays()
    foreign = _foreign_texts()
    langs = np.asarray([foreign.get(example.text, "") for example in examples])
    verdicts = [assess(text) for text in texts]
    crisis_rules = np.asarray([v.rule if v.is_crisis else None for v in verdicts], dtype=object)
    served_english = np.asarray([language_of(text) == ENGLISH for text in texts])
    return ScoredBank(searcher, examples, texts, labels, groups, langs, served_english,
                      embed_all(searcher, texts), crisis_rules)


def out_of_fold(vectors, labels, texts, fold, trainable, head=HEAD) -> np.ndarray:
    prob = np.zeros(len(labels))
    for value in np.unique(fold):
        held = fold == value
        train = np.flatnonzero(~held & trainable)
        net = train_head(vectors[train], labels[train], head, SEED,
                         texts=[texts[i] for i in train])
        rows = np.flatnonzero(held)
        prob[rows] = _predict(net, vectors[rows], [texts[i] for i in rows])[0]
    return prob


def report(name, prob, bands: Bands, labels, groups, pattern, langs, served_english) -> None:
    is_crisis = labels != ORDINARY
    fresh = ~np.isin(groups, list(PATTERN_SETS))
    english = langs == ""
    crisis = (prob >= crisis_threshold(bands, served_english)) | pattern
    check = crisis | (prob >= bands.check_in)
    fresh_crisis = is_crisis & fresh & english
    new_crisis = is_crisis & np.isin(groups, list(NEW_SETS)) & english
    spanish_french = is_crisis & np.isin(langs, ["es", "fr"])
    other_lang = is_crisis & ~english & ~spanish_french
    ordinary = ~is_crisis & fresh & ~np.isin(groups, list(PARENTS | SMALLTALK))
    parents = np.isin(groups, list(PARENTS))
    per = " / ".join(f"{crisis[fresh_crisis & (labels == c.value)].mean():.1%}"
                     for c in CRISIS_CATEGORIES)
    not_english = "" if bands.crisis_not_english is None else f" ({bands.crisis_not_english})"
    print(f"| {name} | {bands.crisis}{not_english} / {bands.check_in} | "
          f"{crisis[fresh_crisis].mean():.1%} ({per}) | {crisis[new_crisis].mean():.1%} | "
          f"{check[fresh_crisis].mean():.1%} | "
          f"{crisis[spanish_french].mean():.1%} / {check[spanish_french].mean():.1%} | "
          f"{crisis[other_lang].mean():.1%} / {check[other_lang].mean():.1%} | "
          f"{crisis[ordinary & english].mean():.1%} (net adds "
          f"{(crisis & ~pattern)[ordinary & english].mean():.1%}) | "
          f"{crisis[ordinary & ~english].mean():.1%} | {crisis[parents].mean():.2%} / "
          f"{(check & ~crisis)[parents].mean():.1%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default=str(ROOT / "corpus" / "index"))
    args = parser.parse_args()
    bank = load_scored_bank(args.index)
    texts, labels, groups, langs = bank.texts, bank.labels, bank.groups, bank.langs
    vectors, pattern, served_english = bank.vectors, bank.pattern, bank.served_english
    fold = block_folds(groups)
    print(f"{len(texts)} examples, {int((labels != ORDINARY).sum())} crisis; fresh = sets the "
          "patterns were not grown on; English unless named")
    print("| bank | crisis / check-in band | fresh English crises: crisis reply "
          "(abuse / baby / harm / psychosis / self-harm) | … of them in this round's sets | crisis "
          "or check-in | Spanish and French: crisis / or check-in | other languages: crisis / or "
          "check-in | fresh English ordinary: "
          "false alarms | Spanish/French ordinary: false alarms | parent questions: false alarms "
          "/ check-in |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    shipped, now = ~np.isin(groups, list(NEW_SETS)), np.ones(len(labels), dtype=bool)
    variants = (("shipped", shipped, HEAD), ("now", now, HEAD))
    small_talk = np.isin(groups, list(SMALLTALK))
    notes = []
    for name, trainable, head in variants:
        started = time.perf_counter()
        prob = out_of_fold(vectors, labels, texts, fold, trainable, head)
        seconds = time.perf_counter() - started
        if name == "shipped":  # the bands shipped until this round, for reference
            report(f"shipped ({int(trainable.sum())}), bands shipped until now", prob,
                   PREVIOUS_BANDS, labels, groups, pattern, langs, served_english)
        bands = choose_bands(prob, labels, groups, pattern)
        report(f"{name} ({int(trainable.sum())}; {seconds:.0f} s for 5 folds), one band", prob,
               bands, labels, groups, pattern, langs, served_english)
        bands = choose_bands(prob, labels, groups, pattern, english=served_english)
        asked = (prob >= bands.check_in)[small_talk]
        notes.append(f"{name}: small talk (greetings, thanks, sign-offs; {small_talk.sum()}): "
                     f"check-in or crisis {asked.mean():.1%} at the English band's check-in")
        report(f"{name}, English band (not English)", prob, bands, labels, groups, pattern,
               langs, served_english)
    print("\n".join(notes))


def _foreign_texts() -> dict[str, str]:
    """Text → language code of every labelled line marked with a language other than English."""
    foreign = {}
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("lang", "en") != "en" and "text" in row:
                foreign[row["text"]] = row["lang"]
    return foreign


if __name__ == "__main__":
    main()
