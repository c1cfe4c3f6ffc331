"""Health visitors' links, and how /start reads them (their QR cards: tests/test_poster.py)."""

from __future__ import annotations

import pytest

from bot.deep_link import StartPayload, build_link, parse_start_payload


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("uk", StartPayload("uk", None)),
        ("us-clinic1", StartPayload("us", "clinic1")),
        ("AU-Ward_7", StartPayload("au", "Ward_7")),
        ("", StartPayload()),
        (None, StartPayload()),
        ("fr-clinic", StartPayload(None, "clinic")),
        ("uk-" + "x" * 33, StartPayload("uk", None)),
        ("uk-bad ref!", StartPayload("uk", None)),
        ("ie-a-b", StartPayload("ie", None)),
        ("<script>", StartPayload()),
    ],
)
def test_start_payloads_are_read_and_bad_parts_dropped(payload, expected):
    assert parse_start_payload(payload) == expected


def test_a_link_round_trips_through_the_start_payload():
    link = build_link("@NightlightBot", "uk", "ward7")

    assert link == "https://t.me/NightlightBot?start=uk-ward7"
    assert parse_start_payload(link.split("start=")[1]) == StartPayload("uk", "ward7")
    assert build_link("NightlightBot", "ca", None) == "https://t.me/NightlightBot?start=ca"


@pytest.mark.parametrize(
    ("region", "referrer"), [("fr", None), ("uk", "ward 7"), ("uk", "w-7"), ("uk", "x" * 33)]
)
def test_invalid_links_are_refused_with_a_clear_reason(region, referrer):
    with pytest.raises(ValueError):
        build_link("NightlightBot", region, referrer)
