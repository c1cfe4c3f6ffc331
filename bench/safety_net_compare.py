"""Choose the learned crisis net by measurement: heads side by side, on the same folds.

    nice -n 10 .venv/bin/python bench/safety_net_compare.py [--index corpus/index]
        [--setfit-pairs 2000] [--no-setfit] [--check-in-rate 0.04]

Cross-validation is grouped by source set (the `source` of each line of safety/examples.jsonl),
two ways. "blocks" (5 folds): every set is cut into 5 contiguous blocks and fold f holds out
block f of every set, so lines written together (a writer's run of paraphrases) never straddle
train and test, and every fold keeps the bank's mix of sets, so probabilities from different
folds are comparable and can be pooled. The bands are chosen here. The highest band at which
patterns + net keep ≥ 99% recall is printed (its cost is in the curve), but no head reaches it
with usable false alarms, so the crisis band shipped is the lowest at which the false alarms the
net ADDS (on messages the patterns do not flag) stay within the issue's limits out of fold (3% of
tricky ordinary messages, 1% of parent questions): the net may not remove a pattern route, so
charging it the patterns' own false alarms would only make it miss crises (bench/
crisis_bank_compare.py compares the two rules). The check-in band starts at the lowest
probability that still asks at most --check-in-rate of the parent questions. "sources" (leave
one set out): each set scored by a net trained on all the others,
at those same bands — the strictest check of what a net does on a set written apart (the fresh
writer's bank_crisis_train.jsonl above all). Also: the held-out sets nothing is trained on,
serving latency per message and build time.
Counts only, never message text.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import tempfile
import time
from pathlib import Path

import numpy as np
from crisis_bands import (
    FRESH_SOURCES,
    PARENT_SOURCES,
    SMALLTALK_SOURCES,
    choose_bands,
)

from retrieval.embedding import DEFAULT_MODEL, resolve_model_path
from retrieval.search import Searcher
from safety import assess
from safety.net import ORDINARY, Bands, CrisisNet, net_text
from safety.net_training import SEED, Example, Head, read_bank, train_head
from safety.result import CRISIS_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BANK = ROOT / "safety" / "examples.jsonl"
OPEN = Bands(crisis=0.5, check_in=0.5)  # placeholder while fitting; bands are chosen after
HEADS = {
    "logreg C=10 + n-grams": Head("logreg", OPEN, c=10.0, ngrams=True),
    "logreg C=1": Head("logreg", OPEN, c=1.0),
    "logreg C=10": Head("logreg", OPEN, c=10.0),
    "mlp 128": Head("mlp", OPEN, hidden=128, alpha=1e-3),
}


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bank_arrays() -> tuple[list[Example], list[str], np.ndarray, np.ndarray]:
    """The bank, its texts as the pipeline hands them to the net (cleaned and cut: net_text),
    and per example its label and its source set."""
    bank = read_bank(BANK)
    texts = [net_text(example.text) for example in bank]
    labels = np.asarray([example.label for example in bank])
    groups = np.asarray([example.source for example in bank])
    return bank, texts, labels, groups


def embed_all(searcher: Searcher, texts: list[str]) -> np.ndarray:
    """Vectors exactly as served (normalised, then encoded), cached in /tmp by content."""
    key = hashlib.sha256("\0".join(texts).encode() + searcher.manifest.model_fingerprint.encode())
    cache = Path(tempfile.gettempdir()) / f"nightlight-bank-{key.hexdigest()[:16]}.npy"
    if cache.is_file():
        return np.load(cache)
    norm = [searcher.lexical.normalise_query(text) or text for text in texts]
    vectors = np.vstack([searcher.encoder.encode(norm[i : i + 64])
                         for i in range(0, len(norm), 64)])
    np.save(cache, vectors)
    return vectors


def block_folds(groups: np.ndarray, folds: int = 5) -> np.ndarray:
    """Fold id per example: each source set cut into `folds` contiguous blocks."""
    fold = np.zeros(len(groups), dtype=int)
    for group in np.unique(groups):
        members = np.flatnonzero(groups == group)
        fold[members] = np.arange(len(members)) * folds // len(members)
    return fold


def out_of_fold(fit, fold: np.ndarray):
    """Pooled out-of-fold (P(crisis), category), and seconds spent fitting."""
    prob = np.zeros(len(fold))
    category = np.empty(len(fold), dtype=object)
    seconds = 0.0
    for value in np.unique(fold):
        held = fold == value
        started = time.perf_counter()
        predict = fit(np.flatnonzero(~held))
        seconds += time.perf_counter() - started
        prob[held], category[held] = predict(np.flatnonzero(held))
    return prob, category, seconds


def head_fitter(head: Head, vectors: np.ndarray, labels: np.ndarray, texts: list[str]):
    def fit(train: np.ndarray):
        net = train_head(vectors[train], labels[train], head, SEED,
                         texts=[texts[i] for i in train])
        return lambda rows: _predict(net, vectors[rows], [texts[i] for i in rows])
    return fit


def setfit_fitter(texts: list[str], labels: np.ndarray, pairs: int):
    from setfit_head import encode, fine_tuned_encoder

    model_dir = str(resolve_model_path(DEFAULT_MODEL))

    def fit(train: np.ndarray):
        model = fine_tuned_encoder(model_dir, [texts[i] for i in train], list(labels[train]),
                                   pairs=pairs, seed=SEED)
        net = train_head(encode(model, [texts[i] for i in train]), labels[train],
                         HEADS["logreg C=10"], SEED)
        return lambda rows: _predict(net, encode(model, [texts[i] for i in rows]))
    return fit


def _predict(net: CrisisNet, vectors: np.ndarray, texts: list[str] | None = None):
    probs = net.probabilities(vectors, texts if net.ngrams else None)
    crisis = [n for n, label in enumerate(net.labels) if label != ORDINARY]
    best = np.asarray(net.labels)[np.asarray(crisis)[probs[:, crisis].argmax(axis=1)]]
    return 1.0 - probs[:, net.labels.index(ORDINARY)], best


def recall_band(prob, labels, groups, pattern) -> float:
    """The highest band at which the patterns and the net together still catch ≥ 99% of the
    crisis messages of the sets the patterns were NOT written on (out of fold; on the others the
    patterns catch everything by construction)."""
    fresh = (labels != ORDINARY) & np.isin(groups, list(FRESH_SOURCES))
    short = int(np.ceil(0.99 * fresh.sum())) - int((fresh & pattern).sum())
    missed_by_patterns = np.sort(prob[fresh & ~pattern])[::-1]
    return float(missed_by_patterns[short - 1]) if short > 0 else 1.0


def curve(prob, labels, groups, pattern) -> None:
    """Recall and false alarms at a range of crisis bands (out of fold)."""
    is_crisis = labels != ORDINARY
    fresh = is_crisis & np.isin(groups, list(FRESH_SOURCES))
    tricky = ~is_crisis & ~np.isin(groups, list(PARENT_SOURCES | SMALLTALK_SOURCES))
    parents, small = np.isin(groups, list(PARENT_SOURCES)), np.isin(groups, list(SMALLTALK_SOURCES))
    print("  band  net recall  fresh: patterns+net  false alarms (+patterns): tricky  parents  "
          "one-word")
    for band in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05):
        net = prob >= band
        either = net | pattern
        print(f"  {band:4.2f}  {net[is_crisis].mean():9.1%}  {either[fresh].mean():19.1%}  "
              f"{either[tricky].mean():30.1%}  {either[parents].mean():6.1%}  "
              f"{either[small].mean():7.1%}")


def report(name: str, prob, category, labels, groups, pattern, bands: Bands,
           fit_seconds: float) -> None:
    net = prob >= bands.crisis
    check = (prob >= bands.check_in) & ~net
    either = net | pattern
    is_crisis = labels != ORDINARY
    cells = []
    for cat in CRISIS_CATEGORIES:
        rows = labels == cat.value
        cells.append(f"{cat.value[:8]} {net[rows].mean():.1%}/{either[rows].mean():.1%}")
    right = (category[is_crisis & net] == labels[is_crisis & net]).mean()
    ordinary = (~is_crisis) & ~np.isin(groups, list(PARENT_SOURCES | SMALLTALK_SOURCES))
    parents = np.isin(groups, list(PARENT_SOURCES))
    small = np.isin(groups, list(SMALLTALK_SOURCES))
    print(f"\n== {name}: crisis band ≥ {bands.crisis}, check-in band ≥ {bands.check_in}; "
          f"fitting 5 block folds {fit_seconds:.1f} s")
    print("  recall net/with patterns: " + "; ".join(cells)
          + f"; all {net[is_crisis].mean():.1%}/{either[is_crisis].mean():.1%}, "
          f"category right {right:.1%}, crisis or check-in {(net | check)[is_crisis].mean():.1%}")
    for label, rows in (("tricky ordinary", ordinary), ("parent questions", parents),
                        ("greetings/one-word", small)):
        print(f"  {label} ({rows.sum()}): false alarms net {net[rows].mean():.2%}, with patterns "
              f"{either[rows].mean():.2%}; check-in {check[rows].mean():.2%}")


def report_sources(prob, labels, groups, bands: Bands, fit_seconds: float) -> None:
    net = prob >= bands.crisis
    is_crisis = labels != ORDINARY
    print(f"  leave one set out, same bands (fitting {fit_seconds:.1f} s):")
    for group in np.unique(groups):
        rows = groups == group
        crisis_rows, ordinary_rows = rows & is_crisis, rows & ~is_crisis
        recall = f"recall {net[crisis_rows].mean():.1%} " if crisis_rows.any() else ""
        alarms = f"false alarms {net[ordinary_rows].mean():.1%}" if ordinary_rows.any() else ""
        print(f"    {group}: {recall}{alarms}")


def held_out(searcher: Searcher, net: CrisisNet) -> None:
    """The sets nothing is trained or chosen on."""
    rows = _rows("crisis_holdout.jsonl")
    texts = [net_text(row["text"]) for row in rows]
    verdicts = [net.verdict(v, t) for v, t in zip(embed_all(searcher, texts), texts, strict=True)]
    crisis = [(row, v) for row, v in zip(rows, verdicts, strict=True) if row.get("category")]
    ordinary = [(row, v) for row, v in zip(rows, verdicts, strict=True) if not row.get("category")]
    patterns = sum(assess(row["text"]).is_crisis for row, _ in crisis)
    both = sum(assess(row["text"]).is_crisis or v.is_crisis for row, v in crisis)
    alarms = sum(assess(row["text"]).is_crisis or v.is_crisis for row, v in ordinary)
    checks = sum(v.is_check_in for _, v in ordinary)
    print(f"  crisis_holdout.jsonl: crisis {patterns}/{len(crisis)} patterns alone, {both} with "
          f"net, net alone {sum(v.is_crisis for _, v in crisis)}; ordinary false alarms "
          f"{alarms}/{len(ordinary)}, check-in {checks}")
    questions = [net_text(row["q"])
                 for name in ("retrieval_dev.jsonl", "retrieval_holdout.jsonl")
                 for row in _rows(name)]
    verdicts = [net.verdict(v, t)
                for v, t in zip(embed_all(searcher, questions), questions, strict=True)]
    print(f"  retrieval_dev + retrieval_holdout ({len(questions)} parent questions): false "
          f"alarms {sum(v.is_crisis for v in verdicts)}, check-in "
          f"{sum(v.is_check_in for v in verdicts)}")


def serving_latency(net: CrisisNet, vectors: np.ndarray, texts: list[str]) -> str:
    timings = []
    for vector, text in zip(vectors[:3000], texts[:3000], strict=True):
        started = time.perf_counter()
        net.verdict(vector, text)
        timings.append(time.perf_counter() - started)
    return (f"p50 {np.percentile(timings, 50) * 1e6:.0f} µs, "
            f"p99 {np.percentile(timings, 99) * 1e6:.0f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default=str(ROOT / "corpus" / "index"))
    parser.add_argument("--setfit-pairs", type=int, default=2000)
    parser.add_argument("--no-setfit", action="store_true")
    parser.add_argument("--check-in-rate", type=float, default=0.04)
    parser.add_argument("--only", help="run only heads whose name contains one of these "
                                           "(comma-separated)")
    parser.add_argument("--every", type=int, default=1,
                        help="use every Nth example only (to bound the SetFit run)")
    parser.add_argument("--no-sources", action="store_true", help="skip leave-one-set-out")
    args = parser.parse_args()
    searcher = Searcher.load(args.index, threads=2)
    bank, texts, labels, groups = bank_arrays()
    started = time.perf_counter()
    vectors = embed_all(searcher, texts)
    print(f"{len(bank)} examples, {int((labels != ORDINARY).sum())} crisis, "
          f"{len(np.unique(groups))} source sets; embedding {time.perf_counter() - started:.1f} s "
          f"(0 when cached)")
    if args.every > 1:
        texts, labels, groups, vectors = (texts[:: args.every], labels[:: args.every],
                                          groups[:: args.every], vectors[:: args.every])
        print(f"every {args.every}th example only: {len(texts)}")
    pattern = np.asarray([assess(text).is_crisis for text in texts])

    fitters = {name: head_fitter(head, vectors, labels, texts) for name, head in HEADS.items()}
    if not args.no_setfit:
        fitters[f"setfit ({args.setfit_pairs} pairs, 1 epoch) + logreg"] = setfit_fitter(
            texts, labels, args.setfit_pairs)
    for name, fit in fitters.items():
        if args.only and name.split(" (")[0] not in args.only.split(","):
            continue
        prob, category, seconds = out_of_fold(fit, block_folds(groups))
        saved = f"nightlight-oof-{name.replace(' ', '')}-{args.every}.npz"
        np.savez(Path(tempfile.gettempdir()) / saved,
                 prob=prob, category=category.astype(str), labels=labels, groups=groups,
                 pattern=pattern)
        bands = choose_bands(prob, labels, groups, pattern, args.check_in_rate)
        curve(prob, labels, groups, pattern)
        print(f"  band for ≥ 99% recall (patterns + net, fresh writer's set): "
              f"{recall_band(prob, labels, groups, pattern):.4f}")
        report(name, prob, category, labels, groups, pattern, bands, seconds)
        if not args.no_sources and name in HEADS:
            sources = np.unique(groups, return_inverse=True)[1]
            prob, _, seconds = out_of_fold(fit, sources)
            report_sources(prob, labels, groups, bands, seconds)
        if name in HEADS:
            started = time.perf_counter()
            net = train_head(vectors, labels, dataclasses.replace(HEADS[name], bands=bands), SEED,
                             texts=texts)
            print(f"  build: training on the whole bank {time.perf_counter() - started:.1f} s; "
                  f"serving {serving_latency(net, vectors, texts)}")
            held_out(searcher, net)


if __name__ == "__main__":
    main()
