"""Is the crisis net's head the limit? Head and feature settings side by side, on the same folds.

    nice -n 10 .venv/bin/python bench/crisis_head_variants.py [--index corpus/index] [--only NAME]

Same bank, grouped block folds, band rule and columns as bench/crisis_bank_compare.py; every
variant is the shipped logistic regression (sentence vector + TF-IDF word and character n-grams,
C = 10) with one thing changed:
- the weight of the sentence vector against the n-grams (x0.5, x2);
- a binary crisis/ordinary target instead of one class per category;
- class weights balanced;
- wider n-grams (word 1-3; character 2-5 with 150,000 features);
- more of the frozen encoder: the token vectors' max-pool, or an earlier layer's mean (these
  would need a second output from the exported encoder; here computed with transformers);
- and, after the shipped head's row, its probability blended with the crisis share of the
  message's nearest labelled neighbours in the bank (k = 5, 10, 25; cosine, softmax-weighted),
  which would mean serving the bank's vectors.
Counts only, never message text.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from crisis_bands import choose_bands
from crisis_bank_compare import load_scored_bank, report
from safety_net_compare import block_folds
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from retrieval.embedding import DEFAULT_MODEL, MAX_TOKENS, resolve_model_path
from safety.net import ORDINARY
from safety.net_training import CHAR_GRAMS, SEED, WORD_GRAMS

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Variant:
    word: dict = field(default_factory=lambda: WORD_GRAMS)
    char: dict = field(default_factory=lambda: CHAR_GRAMS)
    vector_weight: float = 1.0
    binary: bool = False
    class_weight: str | None = None
    extra: tuple[str, ...] = ()  # more encoder features: "max-pool", "layer 3", "layer 4"


VARIANTS = {
    "shipped": Variant(),
    "sentence vector x0.5": Variant(vector_weight=0.5),
    "sentence vector x2": Variant(vector_weight=2.0),
    "binary target": Variant(binary=True),
    "balanced class weights": Variant(class_weight="balanced"),
    "word 1-3-grams": Variant(word={**WORD_GRAMS, "ngram_range": (1, 3)}),
    "char 2-5-grams, 150k": Variant(char={**CHAR_GRAMS, "ngram_range": (2, 5),
                                          "max_features": 150000}),
    "+ token max-pool": Variant(extra=("max-pool",)),
    "+ layer 3 mean": Variant(extra=("layer 3",)),
    "+ token max-pool + layer 4 mean": Variant(extra=("max-pool", "layer 4")),
}


def encoder_features(texts: list[str]) -> dict[str, np.ndarray]:
    """Unit vectors per text: the last layer's token max-pool, and layers 3 and 4 mean-pooled."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    path = resolve_model_path(DEFAULT_MODEL)
    tokenizer, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()
    out = {name: np.zeros((len(texts), 384), np.float32)
           for name in ("max-pool", "layer 3", "layer 4")}
    order = np.argsort([len(text) for text in texts])
    with torch.inference_mode():
        for start in range(0, len(texts), 32):
            rows = order[start : start + 32]
            batch = tokenizer([texts[i] for i in rows], padding=True, truncation=True,
                              max_length=MAX_TOKENS, return_tensors="pt")
            output = model(**batch, output_hidden_states=True)
            mask = batch["attention_mask"].unsqueeze(-1).float()
            tokens = output.last_hidden_state.masked_fill(mask == 0, -1e4)
            pooled = {"max-pool": tokens.max(1).values}
            for layer in (3, 4):
                hidden = output.hidden_states[layer]
                pooled[f"layer {layer}"] = (hidden * mask).sum(1) / mask.sum(1)
            for name, value in pooled.items():
                out[name][rows] = torch.nn.functional.normalize(value, dim=1).numpy()
    return out


def out_of_fold(variant: Variant, texts, vectors, extra, labels, fold) -> np.ndarray:
    prob = np.zeros(len(labels))
    for value in np.unique(fold):
        held = fold == value
        train, test = np.flatnonzero(~held), np.flatnonzero(held)
        grams = [TfidfVectorizer(**variant.word), TfidfVectorizer(**variant.char)]
        dense = [vectors * variant.vector_weight, *(extra[name] for name in variant.extra)]
        x_train = sparse.hstack([*(sparse.csr_matrix(d[train]) for d in dense),
                                 *(g.fit_transform([texts[i] for i in train]) for g in grams)])
        x_test = sparse.hstack([*(sparse.csr_matrix(d[test]) for d in dense),
                                *(g.transform([texts[i] for i in test]) for g in grams)])
        y = labels[train] != ORDINARY if variant.binary else labels[train]
        model = LogisticRegression(C=10.0, max_iter=3000, random_state=SEED,
                                   class_weight=variant.class_weight).fit(x_train.tocsr(), y)
        probs = model.predict_proba(x_test.tocsr())
        ordinary = list(model.classes_).index(False if variant.binary else ORDINARY)
        prob[test] = 1.0 - probs[:, ordinary]
    return prob


def nearest_neighbour_share(vectors, labels, fold, k: int) -> np.ndarray:
    """Out of fold: the similarity-weighted crisis share of each row's k nearest bank rows."""
    crisis = (labels != ORDINARY).astype(float)
    share = np.zeros(len(labels))
    for value in np.unique(fold):
        test, train = np.flatnonzero(fold == value), np.flatnonzero(fold != value)
        similarity = vectors[test] @ vectors[train].T
        nearest = np.argsort(-similarity, axis=1)[:, :k]
        weight = np.exp(10 * np.take_along_axis(similarity, nearest, axis=1))
        share[test] = (weight * crisis[train][nearest]).sum(1) / weight.sum(1)
    return share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default=str(ROOT / "corpus" / "index"))
    parser.add_argument("--only", action="append", help="run only these variants")
    args = parser.parse_args()
    bank = load_scored_bank(args.index)
    texts, labels, groups, vectors = bank.texts, bank.labels, bank.groups, bank.vectors
    chosen = {name: v for name, v in VARIANTS.items() if not args.only or name in args.only}
    needs_extra = any(variant.extra for variant in chosen.values())
    normalised = [bank.searcher.lexical.normalise_query(text) or text for text in texts]
    extra = encoder_features(normalised) if needs_extra else {}
    fold = block_folds(groups)

    def row(name: str, prob: np.ndarray) -> None:
        bands = choose_bands(prob, labels, groups, bank.pattern)
        report(name, prob, bands, labels, groups, bank.pattern, bank.langs, bank.served_english)

    print(f"{len(texts)} examples; columns as in bench/crisis_bank_compare.py")
    for name, variant in chosen.items():
        started = time.perf_counter()
        prob = out_of_fold(variant, texts, vectors, extra, labels, fold)
        row(f"{name} ({time.perf_counter() - started:.0f} s for 5 folds)", prob)
        if name == "shipped":
            for k in (5, 10, 25):
                blend = 0.7 * prob + 0.3 * nearest_neighbour_share(vectors, labels, fold, k)
                row(f"0.7 shipped + 0.3 nearest {k} in the bank", blend)


if __name__ == "__main__":
    main()
