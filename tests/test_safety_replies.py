"""Crisis, helplines and distress replies, rendered with the bot's own renderer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.replies import render
from safety import REGIONS, Category, helplines_for
from safety.languages.detect import CANDIDATES
from safety.result import CRISIS_CATEGORIES

EMERGENCY_NUMBER = {"uk": "999", "us": "911", "ie": "112 or 999", "ca": "911", "au": "000"}
ARTICLES = Path(__file__).resolve().parent.parent / "corpus" / "articles"
ALLOWED_TAGS = {"b", "i", "a"}


def _crisis_reply(category: Category, region: str) -> str:
    return render(f"crisis_{category.value}", helplines=helplines_for(region, category),
                  region=region)


def _tags(html: str) -> set[str]:
    return {tag.lower() for tag in re.findall(r"</?\s*([a-zA-Z0-9]+)", html)}


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("category", CRISIS_CATEGORIES)
def test_every_crisis_reply_shows_the_region_emergency_number_first(category, region):
    html = _crisis_reply(category, region)
    number = EMERGENCY_NUMBER[region]
    assert number in html
    # The emergency number comes before any other number in the reply.
    other_numbers = [line.number for line in helplines_for(region, category)[1:]]
    first_other = min((html.find(n) for n in other_numbers if n in html), default=len(html))
    assert html.find(number) < first_other


@pytest.mark.parametrize("category", CRISIS_CATEGORIES)
def test_unknown_region_crisis_reply_shows_999_911_and_the_local_number(category):
    html = _crisis_reply(category, "unknown")
    assert "999" in html and "911" in html and "local emergency number" in html


@pytest.mark.parametrize("category", CRISIS_CATEGORIES)
def test_crisis_replies_are_short_telegram_html(category):
    html = _crisis_reply(category, "uk")
    assert _tags(html) <= ALLOWED_TAGS
    assert len(html) < 1500
    assert "{{" not in html and "{%" not in html


def test_harm_to_baby_reply_says_put_the_baby_down_safely_in_the_corpus_own_words():
    html = _crisis_reply(Category.HARM_TO_BABY, "uk")
    quote = re.search(r"<i>&#34;(.+?)&#34;</i>|<i>\"(.+?)\"</i>", html)
    assert quote, html
    quoted = next(group for group in quote.groups() if group)
    corpus = " ".join(p.read_text(encoding="utf-8") for p in ARTICLES.glob("*.md"))
    assert quoted in corpus
    assert "put your baby down somewhere safe" in html.lower()


def test_abuse_reply_offers_the_silent_999_option_in_the_uk_only():
    assert "press 55" in _crisis_reply(Category.ABUSE, "uk")
    assert "press 55" not in _crisis_reply(Category.ABUSE, "us")


@pytest.mark.parametrize("region", [*REGIONS, "unknown"])
def test_helplines_reply_lists_every_line_for_the_region(region):
    lines = helplines_for(region)
    html = render("helplines", helplines=lines, region=region)
    assert _tags(html) <= ALLOWED_TAGS
    for line in lines:
        assert line.number.replace("&", "&amp;") in html


def test_helplines_reply_for_an_unknown_region_says_how_to_choose_one():
    html = render("helplines", helplines=helplines_for("unknown"), region="unknown")
    assert "/region" in html and "999" in html and "911" in html
    assert "--region" in html  # the hint also works in the command-line client


@pytest.mark.parametrize("region", [*REGIONS, "unknown"])
def test_distress_note_is_one_gentle_line_with_a_support_number(region):
    lines = helplines_for(region, Category.DISTRESS)
    html = render("distress_note", helplines=lines, region=region)
    assert "\n" not in html.strip()
    assert "/helplines" in html
    support = next(line for line in lines if not line.emergency)
    assert support.number in html


@pytest.mark.parametrize("language", [code for code in CANDIDATES
                                      if code not in ("en", "es", "fr")])
def test_every_other_language_the_detector_names_has_a_danger_line_with_the_digits(language):
    helplines = helplines_for("uk", Category.BABY_EMERGENCY)
    line = render("crisis_language_line", helplines=helplines, language=language)
    assert line.startswith("<b>") and line.endswith("999</b>")
    assert _tags(line) <= ALLOWED_TAGS


def test_english_gets_no_danger_line_in_another_language():
    helplines = helplines_for("uk", Category.BABY_EMERGENCY)
    assert render("crisis_language_line", helplines=helplines, language="en") == ""
