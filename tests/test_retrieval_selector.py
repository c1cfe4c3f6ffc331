"""The learned selector picks the answering passage or declines, trained at build from our data."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import retrieval.selector as selector_module
from retrieval.embedding import DEFAULT_MODEL
from retrieval.evaluation import evaluate, load_eval_items
from retrieval.index import build_index
from retrieval.search import Searcher
from retrieval.selector import (
    SELECTOR_FILE,
    Selector,
    SelectorSettings,
    TrainingSet,
    calibrate_skip_threshold,
    choose_skip_threshold,
    out_of_fold_skip,
    train_selector,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"

JOURNAL_ARTICLE = """---
id: gratitude-journal
title: Keeping a journal in the first months
publisher: Someone
authors: []
url: null
region: uk
reviewed: null
---
# Keeping a journal in the first months

## Writing things down

Some parents find that writing a few lines in a journal each evening helps them notice the
small good moments with their baby. Jotting down three things you were grateful for today,
however small, can lift your mood over a few weeks.

## When writing does not help

If writing in a journal starts to feel like another chore, stop. It is a tool, not a test.
"""


@pytest.fixture()
def workspace(tmp_path: Path, built_index: Path) -> tuple[Path, Path]:
    """A copy of the corpus (articles, questions, off-topics) and of the built index."""
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "corpus" / "articles", corpus / "articles")
    shutil.copytree(REPO_ROOT / "corpus" / "questions", corpus / "questions")
    shutil.copy(REPO_ROOT / "corpus" / "off_topics.yaml", corpus / "off_topics.yaml")
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    return corpus / "articles", index_dir


def test_a_new_article_without_curated_questions_is_found(workspace):
    articles, index_dir = workspace
    (articles / "gratitude-journal.md").write_text(JOURNAL_ARTICLE, encoding="utf-8")
    assert not (articles.parent / "questions" / "gratitude-journal.yaml").exists()
    build_index(articles, index_dir, DEFAULT_MODEL)
    searcher = Searcher.load(index_dir)
    result = searcher.search("would keeping a gratitude journal help me feel better after the "
                             "baby arrived")
    assert result.answered, result.reason
    assert result.hits[0].passage.article_id == "gratitude-journal"
    # And the articles that were there keep their answers.
    assert searcher.search("is it normal not to feel anything for my baby").answered


def test_the_selector_is_reused_until_what_it_learns_from_changes(workspace, monkeypatch):
    articles, index_dir = workspace
    trained: list[str] = []
    real_train = selector_module.train_selector

    def counting_train(data, key, settings=None):
        trained.append(key)
        return real_train(data, key, settings)

    monkeypatch.setattr(selector_module, "train_selector", counting_train)
    before = Selector.load(index_dir / "current")
    build_index(articles, index_dir, DEFAULT_MODEL)
    assert trained == []
    assert Selector.load(index_dir / "current").key == before.key

    questions = articles.parent / "questions" / "nct-bonding-with-baby.yaml"
    questions.write_text(questions.read_text(encoding="utf-8").replace(
        '    - "bonding meaning?"\n', '    - "bonding meaning?"\n    - "what is a bond"\n'),
        encoding="utf-8")
    build_index(articles, index_dir, DEFAULT_MODEL)
    assert len(trained) == 1 and trained[0] != before.key
    assert Selector.load(index_dir / "current").key == trained[0]


def _blobs(seed: int = 0) -> TrainingSet:
    """Three passages and a skip class as separable clusters on the unit sphere."""
    rng = np.random.default_rng(seed)
    centres = np.eye(8, dtype=np.float32)[:4]
    labels = np.repeat(np.arange(4), 20)
    vectors = centres[labels] + 0.15 * rng.standard_normal((80, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return TrainingSet(vectors, labels, np.ones(80, bool), passages=3)


def test_training_is_seeded_and_calibrated_by_cross_validation():
    settings = SelectorSettings(folds=4)
    first = train_selector(_blobs(), "k", settings)
    second = train_selector(_blobs(), "k", settings)
    assert np.array_equal(first.weights, second.weights)
    assert first.skip_threshold == second.skip_threshold
    assert 0.0 < first.skip_threshold < 1.0
    skip_centre, passage_centre = np.eye(8, dtype=np.float32)[3], np.eye(8, dtype=np.float32)[1]
    assert first.probabilities(skip_centre)[-1] >= first.skip_threshold
    chances = first.probabilities(passage_centre)
    assert chances[-1] < first.skip_threshold and int(chances.argmax()) == 1


def test_without_off_topic_examples_skip_declines_nothing():
    assert choose_skip_threshold(np.array([0.2, 0.9]), np.array([True, True])) == 1.0


def test_the_selector_is_stored_in_the_index_and_served_without_sklearn_or_torch(built_index):
    assert (built_index / "current" / SELECTOR_FILE).is_file()
    script = (
        "import sys\n"
        "from retrieval.search import Searcher\n"
        f"searcher = Searcher.load({str(built_index)!r})\n"
        "assert searcher.search('how do I bond with my baby').answered\n"
        "print(sorted(m for m in ('sklearn', 'torch', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=REPO_ROOT).stdout
    assert out.strip() == "[]"


def test_a_vector_from_encode_gives_the_same_result_as_the_text(searcher):
    for text in ("my baby wont stop crying and i feel useless. what can i do?",
                 "how much formula should a 2 month old drink"):
        vector = searcher.encode(text)
        assert vector.shape == (searcher.manifest.dimension,)
        assert searcher.search(text, vector=vector) == searcher.search(text)


@pytest.mark.parametrize("question", [
    "can i take my baby to a wedding",
    "how do i clip my newborns nails without cutting him",
    "does my 3 month old need her own passport to fly to spain",
])
def test_a_question_about_a_subject_the_sources_skip_is_declined(searcher, question):
    result = searcher.search(question)
    assert not result.answered, result.reason
    assert "skip" in result.reason


@pytest.mark.parametrize("question", [
    "im so tired and i dont feel close to him is that normal",
    "is it ok to pop her in the cot and leave the room for a few mins when the crying gets too "
    "much",
    "i feel flat and numb with the baby, could it be depression",
])
def test_vague_emotional_questions_are_still_answered(searcher, question):
    assert searcher.search(question).answered


def test_the_development_set_refuses_practical_questions_and_answers_feelings(searcher):
    report = evaluate(searcher, load_eval_items(DATA_DIR / "retrieval_dev.jsonl"))
    assert report.in_scope >= 80 and report.out_of_scope >= 80
    assert report.answered_rate >= 0.95, report.format()
    assert report.refusal_rate >= 0.95, report.format()


def test_the_skip_threshold_is_the_median_over_seeded_fold_splits():
    data = _blobs(seed=3)
    settings = SelectorSettings(folds=4, splits=5)
    per_split = [choose_skip_threshold(*out_of_fold_skip(data, replace(settings, seed=seed)))
                 for seed in range(5)]
    assert calibrate_skip_threshold(data, settings) == float(np.median(per_split))
    assert train_selector(data, "k", settings).skip_threshold == float(np.median(per_split))
