"""Passages are verbatim, stand on their own, and carry their heading as context."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval.articles import Article, load_corpus
from retrieval.chunking import (
    MAX_CHARS,
    PACK_CHARS,
    chunk_article,
    normalise_for_match,
    passage_views,
)

ARTICLES_DIR = Path(__file__).resolve().parent.parent / "corpus" / "articles"
DANGLING_END = re.compile(r"(:|…|\.\.\.|see here\.?|click here\.?)[\"”’]?\s*$", re.I)


def article(body: str) -> Article:
    return Article(
        id="test", title="Test article", publisher="P", authors=(), url=None, region="uk",
        reviewed=None, references=(), body=body, path=Path("test.md"),
    )


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return load_corpus(ARTICLES_DIR)


def test_every_passage_occurs_verbatim_in_its_article(corpus):
    for item in corpus:
        body = normalise_for_match(item.body)
        passages = chunk_article(item)
        assert passages, item.id
        for passage in passages:
            assert normalise_for_match(passage.text) in body, (item.id, passage.position)


def test_passages_record_article_section_and_reading_order(corpus):
    for item in corpus:
        passages = chunk_article(item)
        assert [p.position for p in passages] == list(range(len(passages)))
        assert {p.article_id for p in passages} == {item.id}
        assert all(p.section for p in passages)


def test_no_passage_ends_on_a_dangling_pointer(corpus):
    for item in corpus:
        for passage in chunk_article(item):
            assert not DANGLING_END.search(passage.text), passage.text[-80:]


def test_heading_is_embedding_context_not_text():
    body = "# Test article\n\n## Why crying happens\n\n" + "Babies cry to tell you things. " * 8
    (passage,) = chunk_article(article(body))
    assert passage.section == "Why crying happens"
    assert "Why crying happens" not in passage.text
    assert passage.embedding_text.startswith("Test article — Why crying happens: ")
    assert passage.embedding_text.endswith(passage.text)


def test_a_list_keeps_its_lead_in_sentence():
    body = (
        "# T\n\n## Signs\n\nSome things that show your baby is ready to play:\n\n"
        "- Looking at you\n- Reaching out towards you\n- Smiling and babbling\n"
    )
    (passage,) = chunk_article(article(body))
    assert passage.text.startswith("Some things that show your baby is ready to play:\n- Looking")
    assert passage.text.endswith("- Smiling and babbling")


def test_every_part_of_a_long_list_keeps_its_lead_in():
    items = [f"- Tip number {n}: talk, sing and smile with your baby while you go about the day."
             for n in range(20)]
    body = "# T\n\n## Tips\n\nHere are some things you can try:\n\n" + "\n".join(items) + "\n"
    first, *later = chunk_article(article(body))
    assert later, "the list should be long enough to split"
    assert first.text.startswith("Here are some things you can try:\n- Tip number 0")
    assert not first.lead_in
    for part in later:
        assert part.lead_in == "Here are some things you can try:"
        assert part.text.startswith("- Tip number")
        assert "Here are some things you can try:" in part.embedding_text


def test_every_lead_in_carried_on_the_real_corpus_is_verbatim_and_precedes_its_list(corpus):
    for item in corpus:
        body = normalise_for_match(item.body)
        for passage in chunk_article(item):
            if passage.lead_in:
                lead_in = normalise_for_match(passage.lead_in)
                assert lead_in in body
                assert body.index(lead_in) < body.index(normalise_for_match(passage.text))


def test_a_long_paragraph_is_split_at_sentence_boundaries():
    sentences = [f"Sentence number {n} says something useful about babies." for n in range(40)]
    body = "# T\n\n## Long\n\n" + " ".join(sentences) + "\n"
    passages = chunk_article(article(body))
    assert len(passages) > 1
    for passage in passages:
        assert len(passage.text) <= PACK_CHARS * 1.3
        for piece in passage.text.split("\n\n"):
            assert piece.startswith("Sentence number") and piece.endswith("babies.")


def test_short_fragments_join_their_neighbour_and_sections_stay_apart():
    body = (
        "# T\n\n## First\n\nShort one.\n\n" + "A longer paragraph about bonding. " * 6
        + "\n\n## Second\n\n" + "Another section about crying babies. " * 6 + "\n"
    )
    passages = chunk_article(article(body))
    assert [p.section for p in passages] == ["First", "Second"]
    assert passages[0].text.startswith("Short one.\n\nA longer paragraph")


def test_a_pointer_to_nothing_is_dropped_and_a_pointer_to_a_story_joins_it():
    body = (
        "# T\n\n## Help\n\n" + "Talk to someone you trust about how you feel. " * 4
        + "\n\nYou can also find additional support at:\n\n## Stories\n\n"
        + "Here is how one mum did this…\n\n" + "“I carried him in a sling all day.” " * 5 + "\n"
    )
    passages = chunk_article(article(body))
    assert all("additional support at" not in p.text for p in passages)
    story = next(p for p in passages if p.section == "Stories")
    assert story.text.startswith("Here is how one mum did this…\n\n“I carried")


def test_views_are_sentence_windows_under_the_section_heading():
    text = "One is first. Two is here now. Three is there then. Four ends it all today, really."
    (passage,) = chunk_article(article(f"# T\n\n## Crying\n\n{text}\n"))
    views = passage_views(passage)
    assert (1, "Crying: One is first.") in views
    last_three = "Two is here now. Three is there then. Four ends it all today, really."
    assert (3, f"Crying: {last_three}") in views
    assert all(text.startswith("Crying: ") for _, text in views)


def test_paragraph_size_limits_hold_on_the_real_corpus(corpus):
    for item in corpus:
        for passage in chunk_article(item):
            assert len(passage.text) <= PACK_CHARS * 1.3 + MAX_CHARS, passage.text[:60]
