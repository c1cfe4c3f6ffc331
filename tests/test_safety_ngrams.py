"""The crisis net's n-gram features are served without scikit-learn, and must equal its output."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.config import CRISIS_EXAMPLES
from safety.net import Bands, CrisisNet
from safety.net_training import CHAR_GRAMS, WORD_GRAMS, Head, read_bank, train_head
from safety.ngrams import NgramFeatures, char_grams, word_grams
from safety.normalise import clean_text


@pytest.fixture(scope="module")
def bank_texts() -> list[str]:
    return [clean_text(example.text) for example in read_bank(CRISIS_EXAMPLES)]


@pytest.mark.parametrize("settings", [WORD_GRAMS, CHAR_GRAMS], ids=["words", "characters"])
def test_served_ngram_features_equal_scikit_learns_tfidf_on_the_bank(bank_texts, settings):
    vectorizer = TfidfVectorizer(**settings)
    expected = vectorizer.fit_transform(bank_texts)
    served = NgramFeatures(vectorizer.analyzer,
                           {str(gram): int(column) for gram, column
                            in vectorizer.vocabulary_.items()}, vectorizer.idf_)
    for row in range(0, len(bank_texts), 13):
        columns, values = served.transform(bank_texts[row])
        got = np.zeros(expected.shape[1])
        got[columns] = values
        np.testing.assert_allclose(got, expected[row].toarray()[0], atol=1e-6)


def test_analyzers_split_as_scikit_learn_does():
    assert word_grams("I can't, I CAN'T") == ["can", "can", "can can"]
    # A padded word no longer than the n-gram counts once, whole.
    assert char_grams("ok  a", 3, 5) == [" ok", "ok ", " ok ", " a "]
    assert char_grams("cry", 3, 4) == [" cr", "cry", "ry ", " cry", "cry "]
    assert NgramFeatures("word", {"zzz": 0}, np.ones(1)).transform("hello")[0].size == 0


def test_a_saved_net_with_ngrams_reads_back_and_needs_the_text(tmp_path: Path):
    rng = np.random.default_rng(0)
    texts = ["he is not breathing", "she went blue and limp", "how do i bond with her",
             "what helps with colic", "i want to die tonight", "thanks so much"] * 5
    labels = ["baby_emergency", "baby_emergency", "ordinary", "ordinary",
              "self_harm_suicide", "ordinary"] * 5
    vectors = rng.normal(size=(len(texts), 8)).astype(np.float32)
    net = train_head(vectors, labels, Head("logreg", Bands(0.9, 0.5), c=10.0, ngrams=True),
                     texts=texts)
    net.save(tmp_path / "net.npz")
    again = CrisisNet.read(tmp_path / "net.npz")
    np.testing.assert_allclose(again.probabilities(vectors, texts),
                               net.probabilities(vectors, texts), atol=1e-6)
    with pytest.raises(ValueError):
        again.verdict(vectors[0])  # no text: the caller (grade) falls back to the patterns
