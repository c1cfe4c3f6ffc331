"""The off-topic subjects file is validated with file and line, and declines what it names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.articles import CorpusError
from retrieval.embedding import DEFAULT_MODEL
from retrieval.index import build_index, index_status
from retrieval.scope import OffTopic, load_off_topics, off_topics_file
from retrieval.search import Searcher

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_OFF_TOPICS = REPO_ROOT / "corpus" / "off_topics.yaml"


def test_a_missing_file_declines_nothing(tmp_path):
    assert load_off_topics(tmp_path / "off_topics.yaml") == []


def test_subjects_and_their_questions_are_read_with_whitespace_tidied(tmp_path):
    path = tmp_path / "off_topics.yaml"
    path.write_text('- subject: "teething"\n  questions:\n    - "teething   gel ok?"\n'
                    '    - "when do teeth come"\n', encoding="utf-8")
    [topic] = load_off_topics(path)
    assert topic == OffTopic("teething", ("teething gel ok?", "when do teeth come"))
    assert topic.texts == ("teething", "teething gel ok?", "when do teeth come")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('- subject: "teeth"\n  questions: []\n', 2, "non-empty list"),
        ('- subject: "teeth"\n  questions:\n    - "a"\n    - ""\n', 4, "non-empty text"),
        ('- subject: "teeth"\n  questions:\n    - "a"\n    - "A"\n', 4, "question repeated"),
        ('- subject: "teeth"\n  questions:\n    - "a"\n  - "b"\n', 4, "does not line up"),
        ('- subject: "teeth"\n  question: ["a"]\n', 2, "unknown key 'question'"),
        ('- questions: ["a"]\n', 1, "'subject' must be"),
        ('subject: "teeth"\n', 1, "expected a list"),
    ],
)
def test_problems_name_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "off_topics.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_off_topics(path)
    assert f"{path}:{line}:" in str(caught.value) and message in str(caught.value)


def test_the_corpus_file_is_valid_and_raises_no_crisis_alarm():
    from safety import assess

    topics = load_off_topics(CORPUS_OFF_TOPICS)
    assert len(topics) >= 20
    alarms = [q for topic in topics for q in topic.texts if assess(q).is_crisis]
    assert alarms == []


def _copy_corpus(tmp_path: Path) -> Path:
    articles = tmp_path / "corpus" / "articles"
    articles.mkdir(parents=True)
    for source in (REPO_ROOT / "corpus" / "articles").glob("*.md"):
        (articles / source.name).write_bytes(source.read_bytes())
    return articles


def test_a_bad_off_topics_file_refuses_the_build_and_validate_names_it(tmp_path):
    articles = _copy_corpus(tmp_path)
    path = off_topics_file(articles)
    path.write_text('- subject: "teeth"\n  questions: []\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="non-empty list"):
        build_index(articles, tmp_path / "index", DEFAULT_MODEL)
    assert not (tmp_path / "index" / "current").exists()
    env = {**os.environ, "NIGHTLIGHT_CORPUS_DIR": str(articles.parent)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "corpus", "validate"], env=env,
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and f"{path}:2:" in done.stderr


def test_an_edited_off_topics_file_makes_the_index_stale(tmp_path, built_index):
    articles = _copy_corpus(tmp_path)
    index_dir = tmp_path / "index"
    # The real build's export and vectors are reused, so this build embeds only the new texts.
    shutil.copytree(built_index, index_dir, symlinks=True)
    path = off_topics_file(articles)
    path.write_text('- subject: "teething"\n  questions: ["teething gel ok?"]\n')
    build_index(articles, index_dir, DEFAULT_MODEL)
    assert index_status(articles, index_dir, DEFAULT_MODEL) == "fresh"
    assert Searcher.load(index_dir).off_topic_subjects == ("teething", "teething")
    path.write_text(path.read_text() + '- subject: "car seats"\n  questions: ["isofix?"]\n')
    assert index_status(articles, index_dir, DEFAULT_MODEL) == "stale"
