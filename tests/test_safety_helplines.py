"""Helplines: every entry sourced and dated, and the right numbers first for each region."""

from __future__ import annotations

import pytest

from safety import DEFAULT_REGION, REGIONS, Category, helplines_for, normalise_region
from safety.helplines import all_helplines
from safety.result import CRISIS_CATEGORIES

EMERGENCY_NUMBER = {"uk": "999", "us": "911", "ie": "112 or 999", "ca": "911", "au": "000"}


def test_regions_and_default_are_as_documented():
    assert REGIONS == ("uk", "us", "ie", "ca", "au")
    assert DEFAULT_REGION == "uk"


def test_every_helpline_entry_has_a_region_a_source_and_a_reviewed_date():
    lines = all_helplines()
    assert len(lines) >= 20
    for line in lines:
        assert line.region in (*REGIONS, "unknown"), line
        assert line.source.strip(), line
        assert line.reviewed is not None and line.reviewed.year >= 2025, line
        assert line.name and line.number and line.how, line


def test_tel_links_are_digits_only():
    for line in all_helplines():
        assert line.tel is None or line.tel.isdigit(), line


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("category", CRISIS_CATEGORIES)
def test_every_crisis_list_leads_with_the_region_emergency_number(region, category):
    lines = helplines_for(region, category)
    assert lines[0].emergency and lines[0].number == EMERGENCY_NUMBER[region]
    assert all(line.region == region for line in lines)


@pytest.mark.parametrize("region", REGIONS)
def test_the_full_list_for_a_region_starts_with_its_emergency_number(region):
    lines = helplines_for(region)
    assert lines[0].number == EMERGENCY_NUMBER[region]
    assert set(helplines_for(region, c)[0] for c in CRISIS_CATEGORIES) <= set(lines)


def test_uk_lines_are_the_vetted_numbers():
    numbers = {line.number for line in helplines_for("uk")}
    assert {"999", "111", "116 123", "text SHOUT to 85258", "text PANDAS to 85258",
            "0808 2000 247", "0800 448 0737", "0808 800 5000", "0300 330 0700"} == numbers


def test_uk_abuse_list_has_the_domestic_abuse_helpline_and_the_silent_999_advice():
    lines = helplines_for("uk", Category.ABUSE)
    assert "press 55" in lines[0].note
    assert any(line.number == "0808 2000 247" for line in lines)


@pytest.mark.parametrize(
    ("region", "child_line"), [("uk", "0808 800 5000"), ("us", "1-800-422-4453")]
)
def test_abuse_list_has_the_emergency_number_first_and_a_child_line_for_threats_to_the_baby(
    region, child_line
):
    lines = helplines_for(region, Category.ABUSE)
    assert lines[0].emergency
    assert child_line in [line.number for line in lines]


def test_us_self_harm_list_has_988():
    assert [line.number for line in helplines_for("us", Category.SELF_HARM_SUICIDE)][:2] == [
        "911", "988"]


@pytest.mark.parametrize("category", [*CRISIS_CATEGORIES, None])
def test_unknown_region_gets_uk_and_us_emergency_numbers_and_the_local_fallback(category):
    lines = helplines_for("narnia", category)
    assert [line.number for line in lines[:3]] == ["999", "911", "your local emergency number"]


def test_distress_lines_are_support_lines_not_only_emergency_numbers():
    for region in REGIONS:
        assert any(not line.emergency for line in helplines_for(region, Category.DISTRESS))


@pytest.mark.parametrize(
    ("value", "region"),
    [("UK", "uk"), (" us ", "us"), ("England", "uk"), ("USA", "us"), ("U.S.", "us"),
     ("Ireland", "ie"), ("australia", "au"), ("Canada", "ca"), ("fr", "unknown"),
     ("", "unknown"), (None, "unknown")],
)
def test_region_names_people_type_are_understood(value, region):
    assert normalise_region(value) == region
