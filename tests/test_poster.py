"""What a health visitor prints: the A5 poster and the captioned QR code from `nightlight link`."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
import segno
from PIL import Image
from pypdf import PdfReader

from bot.cli import main
from bot.deep_link import build_link

MM = 72 / 25.4  # PDF points per millimetre


def _link(tmp_path, *extra: str, region: str = "uk") -> int:
    return main(["link", "--region", region, "--ref", "ward7", "--username", "NightlightBot",
                 *extra])


def _words(text: str) -> str:
    return " ".join(text.split()).lower()


@pytest.mark.parametrize(("region", "emergency"), [("uk", "999"), ("us", "911"), ("au", "000")])
def test_the_poster_is_one_a5_page_with_name_what_it_is_emergency_line_and_date(
    tmp_path, region, emergency
):
    pdf = tmp_path / "ward7.pdf"

    assert _link(tmp_path, "--poster", str(pdf), region=region) == 0

    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(148 * MM, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(210 * MM, abs=0.5)
    text = _words(page.extract_text())
    assert "nightlight" in text and "@nightlightbot" in text
    assert "trusted articles" in text and "not medical advice" in text
    assert f"not monitored by a person \u2014 in an emergency call {emergency}" in text
    today = date.today()
    assert f"printed {today.day} {today:%B %Y}".lower() in text
    assert build_link("NightlightBot", region, "ward7").lower() in text


def test_qr_svg_holds_exactly_the_links_code_and_a_caption(tmp_path):
    path = tmp_path / "ward7.svg"

    assert _link(tmp_path, "--qr", str(path)) == 0

    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    captions = [el.text for el in root.iter() if el.tag.endswith("text")]
    assert captions == [
        "Scan to open Nightlight on Telegram",
        "Not monitored by a person \u2014 in an emergency call 999",
    ]
    drawn = [el.get("d") for el in root.iter() if el.tag.endswith("path")]
    assert drawn == [_segno_path(build_link("NightlightBot", "uk", "ward7"))]
    assert drawn != [_segno_path(build_link("NightlightBot", "uk", "ward8"))]


def _segno_path(link: str) -> str:
    out = io.BytesIO()
    segno.make_qr(link, error="m").save(out, kind="svg", scale=10, border=4)
    return re.search(rb' d="([^"]+)"', out.getvalue()).group(1).decode()


def test_qr_png_keeps_the_links_code_with_a_caption_below(tmp_path):
    path = tmp_path / "ward7.png"

    assert _link(tmp_path, "--qr", str(path)) == 0

    card = Image.open(path).convert("L")
    plain_bytes = io.BytesIO()
    segno.make_qr(build_link("NightlightBot", "uk", "ward7"), error="m").save(
        plain_bytes, kind="png", scale=10, border=4)
    plain = Image.open(plain_bytes).convert("L")
    code_area = (0, 0, plain.width, plain.height - 20)  # above the caption
    assert card.width == plain.width and card.height > plain.height
    assert card.crop(code_area).tobytes() == plain.crop(code_area).tobytes()
    caption = card.crop((0, plain.height, card.width, card.height))
    assert caption.getextrema()[0] < 128  # the caption is drawn


def test_qr_with_an_extension_it_cannot_write_is_refused_and_nothing_written(tmp_path, capsys):
    path = tmp_path / "ward7.jpg"

    assert _link(tmp_path, "--qr", str(path)) == 2

    assert ".svg or .png" in capsys.readouterr().err
    assert not path.exists()
