"""Which inputs should the learned crisis net read? Variants side by side, on the same folds.

    nice -n 10 .venv/bin/python bench/crisis_net_features.py [--index corpus/index]

Same bank, same grouped block folds and same band rule as bench/safety_net_compare.py (which
chooses the head); this script varies what the head reads:
- "sentence vector": logistic regression on the whole message's MiniLM vector (shipped);
- "+ n-grams": the same vector beside TF-IDF word 1–2-grams and character 3–5-grams, learned
  from the bank (misspellings and rare words that a frozen encoder smooths away);
- "+ sentences": the whole-message net, also run on each sentence of a long message, taking
  the highest P(crisis) (a crisis buried in a long message about sleep or feeding);
- both together.
Counts only, never message text.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_net_compare import (  # noqa: E402
    BANK,
    ORDINARY,
    block_folds,
    choose_bands,
    curve,
    embed_all,
    recall_band,
    report,
)

from retrieval.search import Searcher  # noqa: E402
from safety import assess  # noqa: E402
from safety.net_training import CHAR_GRAMS, SEED, WORD_GRAMS, read_bank  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[str]:
    """Sentences of at least three words, when the message has two or more of them."""
    parts = [p.strip() for p in _SENTENCE.split(text) if len(p.split()) >= 3]
    return parts if len(parts) >= 2 else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default="corpus/index")
    parser.add_argument("--check-in-rate", type=float, default=0.04)
    args = parser.parse_args()
    searcher = Searcher.load(args.index, threads=2)
    bank = read_bank(BANK)
    texts = [e.text for e in bank]
    labels = np.asarray([e.label for e in bank])
    groups = np.asarray([e.source for e in bank])
    vectors = embed_all(searcher, texts)
    pattern = np.asarray([assess(t).is_crisis for t in texts])
    pieces = [sentences(t) for t in texts]
    owner = np.asarray([i for i, ps in enumerate(pieces) for _ in ps], dtype=int)
    piece_vectors = embed_all(searcher, [p for ps in pieces for p in ps])
    print(f"{len(texts)} examples; {len(set(owner.tolist()))} with 2+ sentences "
          f"({len(owner)} sentences)")
    fold = block_folds(groups)

    def run(name: str, ngrams: bool, by_sentence: bool, c: float = 1.0) -> None:
        prob = np.zeros(len(texts))
        category = np.empty(len(texts), dtype=object)
        started = time.perf_counter()
        for value in np.unique(fold):
            held, train = fold == value, fold != value
            x_train, x_test = vectors[train], vectors[held]
            piece_held = np.isin(owner, np.flatnonzero(held))
            x_pieces = piece_vectors[piece_held]
            if ngrams:
                words = TfidfVectorizer(**WORD_GRAMS)
                chars = TfidfVectorizer(**CHAR_GRAMS)
                train_texts = [texts[i] for i in np.flatnonzero(train)]
                words.fit(train_texts)
                chars.fit(train_texts)

                def features(dense, rows_text, words=words, chars=chars):
                    return sparse.hstack([sparse.csr_matrix(dense), words.transform(rows_text),
                                          chars.transform(rows_text)]).tocsr()

                x_train = features(x_train, train_texts)
                x_test = features(x_test, [texts[i] for i in np.flatnonzero(held)])
                x_pieces = features(x_pieces, [p for i in np.flatnonzero(held)
                                                for p in pieces[i]]) if piece_held.any() else None
            model = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
            model.fit(x_train, labels[train])
            classes = list(model.classes_)
            crisis = [i for i, label in enumerate(classes) if label != ORDINARY]

            def predict(x, model=model, classes=classes, crisis=crisis):
                probs = model.predict_proba(x)
                best = np.asarray(classes)[np.asarray(crisis)[probs[:, crisis].argmax(axis=1)]]
                return 1.0 - probs[:, classes.index(ORDINARY)], best

            p, best = predict(x_test)
            rows = np.flatnonzero(held)
            if by_sentence and x_pieces is not None and piece_held.any():
                pp, pbest = predict(x_pieces)
                position = {row: n for n, row in enumerate(rows)}
                for k, o in enumerate(owner[piece_held]):
                    n = position[o]
                    if pp[k] > p[n]:
                        p[n], best[n] = pp[k], pbest[k]
            prob[rows], category[rows] = p, best
        seconds = time.perf_counter() - started
        bands = choose_bands(prob, labels, groups, pattern, args.check_in_rate)
        print(f"\n##### {name}")
        curve(prob, labels, groups, pattern)
        print(f"  band for ≥ 99% recall: {recall_band(prob, labels, groups, pattern):.4f}")
        report(name, prob, category, labels, groups, pattern, bands, seconds)

    run("sentence vector (shipped)", ngrams=False, by_sentence=False)
    run("sentence vector + sentences", ngrams=False, by_sentence=True)
    run("+ n-grams C=1", ngrams=True, by_sentence=False)
    run("+ n-grams C=10", ngrams=True, by_sentence=False, c=10.0)
    run("+ n-grams + sentences C=10", ngrams=True, by_sentence=True, c=10.0)


if __name__ == "__main__":
    main()
