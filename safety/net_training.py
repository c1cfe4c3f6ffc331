"""Build-time training of the learned crisis net (safety/net.py) from the labelled bank.

Runs inside the index build (retrieval/index.py hands over an `embed` function, so safety/
never imports the retrieval code), seeded, and cached by content hash: when the bank, the
embedding model and this trainer are unchanged the previous build's net is copied, not retrained.
scikit-learn is imported here only, never at serve time.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from safety.net import NET_FILE, Bands, CrisisNet, load_net, net_text
from safety.ngrams import NgramFeatures

# Bump when training changes in a way the hash below would not see.
TRAINER_VERSION = 2  # 2: the net reads clean_text()'d messages, and n-grams
SEED = 0


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # a crisis category or "ordinary"
    source: str  # the labelled set it came from (bench/build_safety_examples.py)


@dataclass(frozen=True)
class Head:
    """A classifier head over frozen sentence vectors, and the bands it serves with."""

    kind: str  # "logreg" or "mlp"
    bands: Bands
    c: float = 1.0  # logistic regression: inverse regularisation strength
    hidden: int = 0  # mlp: hidden units
    alpha: float = 1e-4  # mlp: L2 penalty
    ngrams: bool = False  # logreg: also read word and character n-grams (safety/ngrams.py)


# The n-gram vocabularies, as chosen in bench/crisis_net_features.py (TfidfVectorizer settings;
# safety/ngrams.py serves them and must mirror any change here).
WORD_GRAMS = {"analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "sublinear_tf": True}
CHAR_GRAMS = {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 3, "sublinear_tf": True,
              "max_features": 60000}


# Chosen by bench/safety_net_compare.py, bench/crisis_net_features.py and
# bench/crisis_bank_compare.py (grouped cross-validation; the README has the tables): the crisis
# band is the lowest at which the false alarms the net adds to the patterns' own stay within 3% of
# tricky ordinary messages and 1% of parent questions, out of fold, counted on the messages the
# language detector reads as English (0.64); a message in another language keeps the band the
# rule picks over every language together (0.70); the check-in band asks at most 4% of parent
# questions. No head reached 99% recall at usable false alarms (README).
SHIPPED_HEAD = Head(kind="logreg", c=10.0, ngrams=True,
                    bands=Bands(crisis=0.64, check_in=0.09, crisis_not_english=0.70))


def read_bank(path: Path) -> list[Example]:
    """The labelled examples in safety/examples.jsonl."""
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [Example(row["text"], row["label"], row.get("source", "")) for row in rows]


def bank_hash(path: Path, model_fingerprint: str, head: Head = SHIPPED_HEAD,
              seed: int = SEED) -> str:
    """Identity of a trained net: the bank's bytes, the embedding model, the head, the seed."""
    digest = hashlib.sha256()
    digest.update(f"trainer={TRAINER_VERSION}\0seed={seed}\0model={model_fingerprint}\0".encode())
    digest.update(json.dumps(asdict(head), sort_keys=True).encode())
    digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def train_head(
    vectors: np.ndarray, labels: Sequence[str], head: Head = SHIPPED_HEAD, seed: int = SEED,
    source: str = "", texts: Sequence[str] | None = None,
) -> CrisisNet:
    """Fit `head` on (vectors, labels) and return it as a numpy-only CrisisNet. `texts` (the
    messages as encoded) are needed when the head reads n-grams."""
    x = np.ascontiguousarray(vectors, dtype=np.float32)
    y = np.asarray(labels)
    if head.ngrams:
        return _train_with_ngrams(x, y, head, seed, source, texts)
    if head.kind == "logreg":
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=head.c, max_iter=3000, random_state=seed).fit(x, y)
        layers = [(model.coef_.T, model.intercept_)]
    elif head.kind == "mlp":
        from sklearn.neural_network import MLPClassifier

        model = MLPClassifier(hidden_layer_sizes=(head.hidden,), alpha=head.alpha, max_iter=300,
                              random_state=seed).fit(x, y)
        layers = list(zip(model.coefs_, model.intercepts_, strict=True))
    else:
        raise ValueError(f"unknown head kind {head.kind!r}")
    return CrisisNet(layers, tuple(str(label) for label in model.classes_), head.bands, source)


def _train_with_ngrams(x: np.ndarray, y: np.ndarray, head: Head, seed: int, source: str,
                       texts: Sequence[str] | None) -> CrisisNet:
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    if head.kind != "logreg" or texts is None or len(texts) != len(x):
        raise ValueError("n-grams need a logistic-regression head and one text per vector")
    vectorizers = [TfidfVectorizer(**WORD_GRAMS), TfidfVectorizer(**CHAR_GRAMS)]
    blocks = [vectorizer.fit_transform(texts) for vectorizer in vectorizers]
    features = sparse.hstack([sparse.csr_matrix(x), *blocks]).tocsr()
    model = LogisticRegression(C=head.c, max_iter=3000, random_state=seed).fit(features, y)
    coef = model.coef_.T.astype(np.float32)  # features x labels
    ngrams, start = [], x.shape[1]
    for vectorizer, block in zip(vectorizers, blocks, strict=True):
        vocabulary = {str(gram): int(column) for gram, column in vectorizer.vocabulary_.items()}
        served = NgramFeatures(vectorizer.analyzer, vocabulary, vectorizer.idf_)
        ngrams.append((served, coef[start : start + block.shape[1]]))
        start += block.shape[1]
    return CrisisNet([(coef[: x.shape[1]], model.intercept_)],
                     tuple(str(label) for label in model.classes_), head.bands, source,
                     tuple(ngrams))


def provide_net(
    folder: Path,
    examples_path: Path,
    model_fingerprint: str,
    embed: Callable[[list[str]], np.ndarray],
    previous: Path | None = None,
) -> str:
    """Put a trained net in the build `folder`: copied from `previous` when it was trained from
    the same content, else embedded and trained here. Returns the content hash."""
    source = bank_hash(examples_path, model_fingerprint)
    if previous is not None and _reuse(previous, folder, source):
        return source
    examples = read_bank(examples_path)
    # Exactly what the pipeline hands the net: the cleaned text, and its vector.
    texts = [net_text(example.text) for example in examples]
    net = train_head(embed(texts), [example.label for example in examples], source=source,
                     texts=texts)
    net.save(Path(folder) / NET_FILE)
    return source


def _reuse(previous: Path, folder: Path, source: str) -> bool:
    old = load_net(previous)
    if old is None or old.source != source:
        return False
    try:
        shutil.copy2(previous / NET_FILE, Path(folder) / NET_FILE)
    except OSError:
        return False
    return True
