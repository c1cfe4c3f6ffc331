"""The parent's country: no reply shows another country's phone number without the parent's own
line, and validation flags every number in an article."""

from __future__ import annotations

from conftest import ARTICLES_DIR

from bot.answer_pages import AnswerState, _page, build_tag, first_page, next_page, own_lines
from bot.excerpt import passage_units
from retrieval.articles import load_corpus
from retrieval.phone_numbers import (
    article_number_notices,
    find_numbers,
    foreign_numbers,
    works_in,
)
from retrieval.search import Hit
from safety import REGIONS, helplines_for
from safety.helplines import UNKNOWN_REGION

PARENT_REGIONS = (*REGIONS, UNKNOWN_REGION)


def _own_digits(region: str) -> frozenset[str]:
    return frozenset(line.tel for line in helplines_for(region, None) if line.tel)


def _pages_showing_numbers(searcher):
    """Every page a parent can be shown that holds a sentence with a phone number: the sentence
    alone, the whole passage, and the "rest" after each sentence shown alone."""
    for passage_id, passage in enumerate(searcher.passages):
        region = searcher.articles[passage.article_id].region
        units = passage_units(passage)
        with_number = [n for n, u in enumerate(units) if find_numbers(u.text, region)]
        if not with_number:
            continue
        last = len(units) - 1
        for n in {*with_number, *range(len(units))}:
            yield passage, region, (n, n)
        yield passage, region, (0, last)
        for n in range(len(units)):
            yield passage, region, ("rest", n, passage_id)


def test_numbers_in_the_articles_are_found_with_their_country():
    found = {(a.region, n.written, n.region) for a in load_corpus(ARTICLES_DIR)
             for n in find_numbers(a.body, a.region)}
    assert found, "the corpus names phone numbers; none found"
    assert all(number_region == article_region for article_region, _, number_region in found)


def test_years_counts_and_ages_are_not_phone_numbers():
    text = ("In 2022, 1 in 5 of the 100 babies studied were under 3. The first 1001 days "
            "matter; call it 111 times a day if you like, she was 999 grams.")
    assert [n.written for n in find_numbers(text, "uk")] == ["111"]


def test_a_number_is_for_its_own_country_and_emergency_numbers_carry_over():
    [samaritans] = find_numbers("ring 116 123 any time", "uk")
    [emergency] = find_numbers("call 999 now", "uk")
    [lifeline] = find_numbers("dial 988", "us")
    assert works_in(samaritans, "ie", _own_digits("ie"))  # Samaritans Ireland: same number
    assert works_in(emergency, "ie", _own_digits("ie"))  # 999 works in Ireland too
    assert not works_in(emergency, "us", _own_digits("us"))
    assert works_in(lifeline, "ca", _own_digits("ca"))  # 988 is Canada's crisis line too
    assert not works_in(lifeline, "uk", _own_digits("uk"))


def test_no_page_shows_another_countrys_number_without_the_parents_own(searcher):
    checked = marked = 0
    tag = build_tag(searcher)
    for passage, article_region, shown in _pages_showing_numbers(searcher):
        passage_id = searcher.passages.index(passage)
        last = len(passage_units(passage)) - 1
        for parent in PARENT_REGIONS:
            if shown[0] == "rest":
                page = next_page(searcher, AnswerState(tag, (passage_id,), 0, shown[1], shown[1]),
                                 parent)
                if page is None:
                    continue
            else:
                state = AnswerState(tag, (passage_id,), 0, *shown)
                page = _page(searcher, state, parent, "first", (shown,))
            text = page.html
            foreign = foreign_numbers(text, article_region, parent, _own_digits(parent))
            checked += 1
            if foreign:
                marked += 1
                for line in own_lines(parent, foreign):
                    assert line.number in text, (parent, passage.article_id, text)
                assert "is for" in text or "are for" in text
            assert 0 <= page.state.start <= page.state.end <= last
    assert checked and marked, "no page with another country's number was checked"


def test_a_parent_in_the_articles_country_gets_no_note(searcher):
    for passage_id, passage in enumerate(searcher.passages):
        region = searcher.articles[passage.article_id].region
        if region not in REGIONS or not find_numbers(passage.text, region):
            continue
        last = len(passage_units(passage)) - 1
        state = AnswerState(build_tag(searcher), (passage_id,), 0, 0, last)
        page = _page(searcher, state, region, "first", ((0, last),))
        assert "☎️" not in page.html


def test_validation_flags_every_number_with_its_file_line():
    for article in load_corpus(ARTICLES_DIR):
        notices = article_number_notices(article)
        numbers = find_numbers(article.body, article.region)
        assert len(notices) == len(numbers)
        lines = article.path.read_text(encoding="utf-8").splitlines()
        for (line, message), number in zip(notices, numbers, strict=True):
            assert number.written in lines[line - 1]
            assert repr(number.written) in message


def test_an_equally_good_passage_without_a_foreign_number_is_preferred(searcher):
    with_number = next(p for p in searcher.passages
                       if searcher.articles[p.article_id].region == "us"
                       and find_numbers(p.text, "us"))
    plain = next(p for p in searcher.passages
                 if p.article_id == with_number.article_id and not find_numbers(p.text, "us"))
    question = _sentence_with_number(with_number)
    close = (Hit(with_number, 2.0), Hit(plain, 1.99))
    far = (Hit(with_number, 2.0), Hit(plain, 1.0))
    assert first_page(searcher, question, close, "uk").passage == plain
    shown = first_page(searcher, question, far, "uk")
    assert shown.passage == with_number and "☎️" in shown.html
    assert first_page(searcher, question, close, "us").passage == with_number


def _sentence_with_number(passage) -> str:
    region = "us"
    return next(u.text for u in passage_units(passage) if find_numbers(u.text, region))
