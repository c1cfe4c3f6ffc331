"""Health visitors' links and QR codes, and how /start reads them."""

from __future__ import annotations

import io

import pytest
import segno

from bot.deep_link import StartPayload, build_link, parse_start_payload, write_qr


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


def test_the_qr_code_is_a_png_of_exactly_the_links_code(tmp_path):
    link = build_link("NightlightBot", "uk", "ward7")

    path = write_qr(link, tmp_path / "cards" / "ward7.png")

    png = path.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    expected, other = io.BytesIO(), io.BytesIO()
    segno.make_qr(link, error="m").save(expected, kind="png", scale=10, border=4)
    segno.make_qr(link + "x", error="m").save(other, kind="png", scale=10, border=4)
    assert png == expected.getvalue() != other.getvalue()
