"""Articles are validated with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_files import article, write

from retrieval.articles import CorpusError, load_article, load_corpus

ARTICLES_DIR = Path(__file__).resolve().parent.parent / "corpus" / "articles"

# Too short to count as text repeated across articles: several test articles may share it.
SHORT_PARAGRAPH = "Building a relationship with your baby takes time, and that is normal."


def test_the_real_corpus_is_valid():
    articles = load_corpus(ARTICLES_DIR)
    assert len(articles) >= 5
    assert all(each.body.strip() and each.title for each in articles)


def test_a_valid_article_loads_with_its_metadata(tmp_path):
    loaded = load_article(write(tmp_path / "bonding.md", article("bonding")))
    assert (loaded.id, loaded.publisher, loaded.authors) == (
        "bonding", "Test Publisher", ("Dr A",))
    assert loaded.url is None and loaded.region == "uk" and loaded.reviewed == "2020-01"
    assert loaded.body.startswith("# Bonding takes time")


def test_missing_field_names_file_and_line(tmp_path):
    path = write(tmp_path / "x.md", article("x", **{"publisher: Test Publisher\n": ""}))
    with pytest.raises(CorpusError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}:8: missing field 'publisher'"
    assert caught.value.path == path and caught.value.line == 8


def test_bad_yaml_names_the_line_of_the_mistake_in_plain_words(tmp_path):
    text = article("x", **{'authors: ["Dr A"]': 'authors: ["Dr A"'})
    with pytest.raises(CorpusError) as caught:
        load_article(write(tmp_path / "x.md", text))
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
    path = write(tmp_path / "x.md", article("x", **{change[0]: change[1]}))
    with pytest.raises(CorpusError) as caught:
        load_article(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert message in str(caught.value)


def test_empty_body_is_rejected(tmp_path):
    text = article("x").split("# Bonding")[0] + "\n\n"
    with pytest.raises(CorpusError, match="empty body"):
        load_article(write(tmp_path / "x.md", text))


def test_front_matter_must_open_and_close(tmp_path):
    with pytest.raises(CorpusError, match=":1: missing front matter"):
        load_article(write(tmp_path / "x.md", "# Just a heading\n\nText.\n"))
    with pytest.raises(CorpusError, match=":1: front matter is not closed"):
        load_article(write(tmp_path / "y.md", "---\nid: y\n# heading\n"))


def test_corpus_reports_every_problem_at_once(tmp_path):
    write(tmp_path / "a.md", article("a", SHORT_PARAGRAPH))
    write(tmp_path / "b.md", article("b", SHORT_PARAGRAPH, **{"title:": "titel:"}))
    write(tmp_path / "c.md", article("c", SHORT_PARAGRAPH, **{"region: uk": "region: nowhere"}))
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path)
    lines = str(caught.value).splitlines()
    assert any("b.md:" in line and "missing field 'title'" in line for line in lines)
    assert any("c.md:7:" in line and "unknown region" in line for line in lines)
    assert len(caught.value.problems) == 2


def test_duplicate_id_across_files_is_rejected(tmp_path):
    write(tmp_path / "a.md", article("a", SHORT_PARAGRAPH))
    # Same id inside a file whose name differs is caught as an id/name mismatch first.
    write(tmp_path / "b.md", article("a", SHORT_PARAGRAPH))
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path)
    assert "b.md:2: id 'a' does not match file name" in str(caught.value)


def test_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no \\*.md articles"):
        load_corpus(tmp_path)
