"""Articles are validated with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.articles import CorpusError, load_article, load_corpus

ARTICLES_DIR = Path(__file__).resolve().parent.parent / "corpus" / "articles"

VALID = """---
id: {id}
title: "Bonding takes time"
publisher: Test Publisher
authors: ["Dr A"]
url: null
region: uk
reviewed: 2020-01
---
# Bonding takes time

## Why bonding can take time

Building a relationship with your baby takes time, and that is normal.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_real_corpus_is_valid():
    articles = load_corpus(ARTICLES_DIR)
    assert len(articles) >= 5
    assert all(article.body.strip() and article.title for article in articles)


def test_a_valid_article_loads_with_its_metadata(tmp_path):
    article = load_article(write(tmp_path, "bonding", VALID.format(id="bonding")))
    assert (article.id, article.publisher, article.authors) == (
        "bonding", "Test Publisher", ("Dr A",))
    assert article.url is None and article.region == "uk" and article.reviewed == "2020-01"
    assert article.body.startswith("# Bonding takes time")


def test_missing_field_names_file_and_line(tmp_path):
    text = VALID.format(id="x").replace("publisher: Test Publisher\n", "")
    path = write(tmp_path, "x", text)
    with pytest.raises(CorpusError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}:8: missing field 'publisher'"
    assert caught.value.path == path and caught.value.line == 8


def test_bad_yaml_names_the_line_of_the_mistake_in_plain_words(tmp_path):
    text = VALID.format(id="x").replace('authors: ["Dr A"]', 'authors: ["Dr A"')
    with pytest.raises(CorpusError) as caught:
        load_article(write(tmp_path, "x", text))
    # Line 5, where the '[' is left open, not line 6 where PyYAML notices; in plain words.
    assert caught.value.line == 5
    assert "a list opened with '[' here is not closed" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("id: x", "id: y"), 2, "does not match file name"),
        (("region: uk", "region: mars"), 7, "unknown region"),
        (("url: null", "url: not a link"), 6, "must be an http(s) URL"),
        (("authors: [\"Dr A\"]", "authors: Dr A"), 5, "must be a list"),
    ],
)
def test_invalid_fields_name_their_line(tmp_path, change, line, message):
    path = write(tmp_path, "x", VALID.format(id="x").replace(*change))
    with pytest.raises(CorpusError) as caught:
        load_article(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert message in str(caught.value)


def test_empty_body_is_rejected(tmp_path):
    text = VALID.format(id="x").split("# Bonding")[0] + "\n\n"
    with pytest.raises(CorpusError, match="empty body"):
        load_article(write(tmp_path, "x", text))


def test_front_matter_must_open_and_close(tmp_path):
    with pytest.raises(CorpusError, match=":1: missing front matter"):
        load_article(write(tmp_path, "x", "# Just a heading\n\nText.\n"))
    with pytest.raises(CorpusError, match=":1: front matter is not closed"):
        load_article(write(tmp_path, "y", "---\nid: y\n# heading\n"))


def test_corpus_reports_every_problem_at_once(tmp_path):
    write(tmp_path, "a", VALID.format(id="a"))
    write(tmp_path, "b", VALID.format(id="b").replace("title:", "titel:"))
    write(tmp_path, "c", VALID.format(id="c").replace("region: uk", "region: nowhere"))
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path)
    lines = str(caught.value).splitlines()
    assert any("b.md:" in line and "missing field 'title'" in line for line in lines)
    assert any("c.md:7:" in line and "unknown region" in line for line in lines)
    assert len(caught.value.problems) == 2


def test_duplicate_id_across_files_is_rejected(tmp_path):
    write(tmp_path, "a", VALID.format(id="a"))
    # Same id inside a file whose name differs is caught as an id/name mismatch first.
    write(tmp_path, "b", VALID.format(id="a"))
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path)
    assert "b.md:2: id 'a' does not match file name" in str(caught.value)


def test_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no \\*.md articles"):
        load_corpus(tmp_path)
