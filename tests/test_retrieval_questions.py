"""Curated search questions are validated with file and line, and make their passage findable."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.articles import CorpusError, load_corpus
from retrieval.embedding import DEFAULT_MODEL
from retrieval.index import build_index, index_status
from retrieval.questions import load_questions, questions_folder
from retrieval.search import Searcher

REPO_ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """---
id: {id}
title: "{title}"
publisher: Test Publisher
authors: []
url: null
region: uk
reviewed: null
---
# {title}

{body}
"""

# Three small articles on unrelated subjects; each paragraph is its own section and passage.
ARTICLES = {
    "garden-birds": ("Garden birds", {
        "Feeding birds in winter": (
            "Put out sunflower hearts and suet balls in cold weather, when natural food is "
            "scarce, and keep feeders clean so that disease does not spread between birds."),
        "Nest boxes": (
            "A nest box facing between north and east avoids strong sunlight and the wettest "
            "winds. Fix it two to four metres up a tree or wall, away from feeders."),
    }),
    "bread-baking": ("Baking bread", {
        "Kneading": (
            "Knead the dough for about ten minutes until it is smooth and springs back when you "
            "press it with a finger; this develops the gluten that traps the gas."),
        "Proving": (
            "Leave the dough to prove somewhere warm until it has doubled in size. Cold dough "
            "rises slowly, which many bakers prefer for a fuller flavour."),
    }),
    "bike-repair": ("Fixing a bike", {
        "Punctures": (
            "To mend a puncture, take the inner tube out, find the hole by listening for air or "
            "dipping it in water, roughen the rubber around it and apply a patch."),
        "Brakes": (
            "If the brake lever pulls right back to the handlebar, the cable has stretched: "
            "tighten it with the barrel adjuster until the pads grip firmly."),
    }),
}

# A parent-style question in words the target passage never uses; without curated questions the
# embedder prefers the proving passage, while the maintainer knows kneading is the answer.
TARGET_ANCHOR = "Knead the dough for about ten minutes"
QUESTION = "my homemade loaf came out flat and heavy, what went wrong"


def write_corpus(root: Path) -> Path:
    articles = root / "articles"
    articles.mkdir(parents=True)
    for article_id, (title, sections) in ARTICLES.items():
        body = "\n\n".join(f"## {heading}\n\n{text}" for heading, text in sections.items())
        (articles / f"{article_id}.md").write_text(
            ARTICLE.format(id=article_id, title=title, body=body), encoding="utf-8")
    return articles


def write_questions(articles: Path, article_id: str, text: str) -> Path:
    folder = questions_folder(articles)
    folder.mkdir(exist_ok=True)
    path = folder / f"{article_id}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(articles: Path) -> str:
    with pytest.raises(CorpusError) as caught:
        load_questions(questions_folder(articles), load_corpus(articles))
    return str(caught.value)


def test_questions_are_optional(tmp_path):
    articles = write_corpus(tmp_path)
    assert load_questions(questions_folder(articles), load_corpus(articles)) == []
    write_questions(articles, "bread-baking", "")
    assert load_questions(questions_folder(articles), load_corpus(articles)) == []


def test_a_question_resolves_to_the_one_passage_holding_its_anchor(tmp_path):
    articles = write_corpus(tmp_path)
    write_questions(articles, "bread-baking",
                    f'- anchor: "{TARGET_ANCHOR.upper()}"\n  questions:\n    - "{QUESTION}"\n')
    [question] = load_questions(questions_folder(articles), load_corpus(articles))
    assert (question.article_id, question.position, question.question) == (
        "bread-baking", 0, QUESTION)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('- anchor: "no such words here"\n  questions: ["q"]\n', 1,
         "is not in any passage"),
        ('- anchor: "Knead"\n  questions: ["q"]\n'
         '- anchor: "the dough"\n  questions: ["q2"]\n', 3, "is in 2 passages"),
        ('- anchor: "Knead the dough"\n  questions: []\n', 2, "non-empty list"),
        ('- anchor: "Knead the dough"\n  questions:\n    - "fine"\n    - ""\n', 4,
         "non-empty text"),
        ('- anchor: "Knead the dough"\n  questions:\n    - "a"\n  - "b"\n', 4, "does not line up"),
        ('- anchor: "Knead the dough"\n  question: ["a"]\n', 2, "unknown key 'question'"),
        ('- anchor: "Knead the dough"\n', 1, "no 'questions'"),
        ('anchor: "Knead the dough"\n', 1, "expected a list"),
    ],
)
def test_problems_name_file_and_line(tmp_path, text, line, message):
    articles = write_corpus(tmp_path)
    path = write_questions(articles, "bread-baking", text)
    problems = problems_of(articles)
    assert f"{path}:{line}:" in problems and message in problems, problems


def test_a_questions_file_for_an_unknown_article_is_an_error(tmp_path):
    articles = write_corpus(tmp_path)
    path = write_questions(articles, "sourdough", '- anchor: "x"\n  questions: ["q"]\n')
    problems = problems_of(articles)
    assert f"{path}:1:" in problems and "no article with id 'sourdough'" in problems


def test_a_bad_questions_file_refuses_the_build(tmp_path):
    articles = write_corpus(tmp_path)
    write_questions(articles, "bread-baking", '- anchor: "not there"\n  questions: ["q"]\n')
    with pytest.raises(CorpusError, match="not in any passage"):
        build_index(articles, tmp_path / "index", DEFAULT_MODEL)
    assert not (tmp_path / "index" / "current").exists()


@pytest.fixture()
def synthetic(tmp_path: Path, built_index: Path) -> tuple[Path, Path]:
    """The synthetic corpus, and an index folder that can reuse the real build's ONNX export."""
    articles = write_corpus(tmp_path)
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    return articles, index_dir


def finds_target(index_dir: Path) -> bool:
    result = Searcher.load(index_dir).search(QUESTION)
    return result.answered and TARGET_ANCHOR in result.hits[0].passage.text


def test_a_curated_question_makes_its_passage_findable(synthetic):
    articles, index_dir = synthetic
    build_index(articles, index_dir, DEFAULT_MODEL)
    assert not finds_target(index_dir)

    write_questions(articles, "bread-baking", (
        f'- anchor: "{TARGET_ANCHOR}"\n'
        '  questions:\n'
        '    - "why is my bread so dense"\n'
        '    - "my loaf did not rise and is heavy"\n'))
    manifest = build_index(articles, index_dir, DEFAULT_MODEL)
    assert finds_target(index_dir)
    assert manifest.views == Searcher.load(index_dir).view_index.ntotal


def test_an_edited_questions_file_makes_the_index_stale(synthetic):
    articles, index_dir = synthetic
    path = write_questions(
        articles, "bike-repair", '- anchor: "mend a puncture"\n  questions: ["flat tyre"]\n')
    build_index(articles, index_dir, DEFAULT_MODEL)
    assert index_status(articles, index_dir, DEFAULT_MODEL) == "fresh"
    path.write_text(path.read_text() + '- anchor: "brake lever"\n  questions: ["weak brakes"]\n')
    assert index_status(articles, index_dir, DEFAULT_MODEL) == "stale"
    build_index(articles, index_dir, DEFAULT_MODEL)
    assert index_status(articles, index_dir, DEFAULT_MODEL) == "fresh"
    path.unlink()
    assert index_status(articles, index_dir, DEFAULT_MODEL) == "stale"


def test_corpus_validate_checks_the_questions_too(tmp_path):
    articles = write_corpus(tmp_path)
    path = write_questions(articles, "bread-baking", '- anchor: "Knead"\n  questions: []\n')
    env = {**os.environ, "NIGHTLIGHT_CORPUS_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "corpus", "validate"], env=env,
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"{path}:2:" in done.stderr and "non-empty list" in done.stderr
