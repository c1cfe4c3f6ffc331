"""What a health visitor prints or sends: an A5 poster (PDF) and a captioned QR code.

`nightlight link --poster ward7.pdf` and `--qr ward7.svg|png` write these. The QR code on the
poster is drawn as vector squares from segno's matrix, so it prints sharp at any size. The
emergency number comes from safety/helplines.py for the link's region, never typed here.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import segno

from bot.presence import emergency_number

# Error correction "M" survives a crease or a smudge on a printed card.
QR_ERROR = "m"
QR_BORDER = 4
BOT_NAME = "Nightlight"
A5_MM = (148, 210)  # ISO 216 A5, portrait

# The poster's words: what a tired parent needs to know before scanning, in three lines.
TAGLINE = "Gentle answers at any hour, on Telegram"
WHAT_IT_IS = (
    "Message any time, even at 3am, about your baby\u2019s feelings, bonding and how you "
    "are feeling yourself.",
    "Every answer is quoted from a small set of trusted articles, and names its source.",
    "It is free, it is not medical advice, and it keeps almost nothing about you.",
)
SCAN = "Scan with your phone\u2019s camera, then tap Start."


def caption_lines(bot_name: str, region: str) -> tuple[str, str]:
    """The two lines under a QR code: what it opens, and the emergency line."""
    return (
        f"Scan to open {bot_name} on Telegram",
        f"Not monitored by a person \u2014 in an emergency call {emergency_number(region)}",
    )


def write_qr_card(link: str, path: Path, bot_name: str, region: str) -> Path:
    """The link's QR code with a caption below: SVG or PNG, chosen by the file's extension."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in {"svg", "png"}:
        raise ValueError(f"--qr writes .svg or .png files, not {path.name!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = caption_lines(bot_name, region)
    qr = segno.make_qr(link, error=QR_ERROR)
    if kind == "svg":
        path.write_text(_svg_card(qr, lines), encoding="utf-8")
    else:
        path.write_bytes(_png_card(qr, lines))
    return path


def _svg_card(qr: segno.QRCode, lines: tuple[str, str], scale: int = 10) -> str:
    inner = io.BytesIO()
    qr.save(inner, kind="svg", scale=scale, border=QR_BORDER, xmldecl=False, svgns=True)
    size = qr.symbol_size(scale=scale, border=QR_BORDER)[0]
    line_height = 22
    height = size + line_height * len(lines) + 12
    weights = ("normal", "bold")  # the emergency line stands out
    texts = "\n".join(
        f'<text x="{size / 2}" y="{size + line_height * (i + 1) - 4}" text-anchor="middle" '
        f'font-family="Helvetica, Arial, sans-serif" font-size="15" '
        f'font-weight="{weights[min(i, 1)]}">{escape(line)}</text>'
        for i, line in enumerate(lines)
    )
    # segno's own <svg> element nests inside the card, keeping its exact modules.
    qr_svg = re.sub(r"^<svg ", '<svg x="0" y="0" ', inner.getvalue().decode("utf-8"))
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{height}" '
        f'viewBox="0 0 {size} {height}">\n'
        f'<rect width="100%" height="100%" fill="#fff"/>\n{qr_svg}\n{texts}\n</svg>\n'
    )


def _png_card(qr: segno.QRCode, lines: tuple[str, str], scale: int = 10) -> bytes:
    from PIL import Image, ImageDraw, ImageFont  # with fpdf2: the `poster` extra

    plain = io.BytesIO()
    qr.save(plain, kind="png", scale=scale, border=QR_BORDER)
    code = Image.open(io.BytesIO(plain.getvalue())).convert("L")
    width = code.width
    # Pillow's built-in font has no em dash.
    lines = tuple(line.replace("\u2014", "-") for line in lines)
    font_size = 18
    font = ImageFont.load_default(size=font_size)
    draw = ImageDraw.Draw(code)
    # Shrink the font until the longer line fits inside the code's quiet zone.
    while font_size > 8 and max(draw.textlength(line, font=font) for line in lines) > width - 16:
        font_size -= 1
        font = ImageFont.load_default(size=font_size)
    line_height = font_size + 8
    # The caption starts inside the bottom quiet zone, leaving two modules of white.
    top = code.height - (QR_BORDER - 2) * scale
    card = Image.new("L", (width, top + line_height * len(lines) + 8), 255)
    card.paste(code, (0, 0))
    draw = ImageDraw.Draw(card)
    for i, line in enumerate(lines):
        draw.text((width / 2, top + line_height * i), line, fill=0, font=font, anchor="ma")
    out = io.BytesIO()
    card.save(out, format="PNG")
    return out.getvalue()


def write_poster(
    link: str, path: Path, bot_name: str, username: str, region: str,
    printed: date | None = None,
) -> Path:
    """An A5 portrait poster: name, three lines on what it is, QR code, emergency line, date."""
    from fpdf import FPDF  # the `poster` extra; only this command needs it

    printed = printed or date.today()
    pdf = FPDF(orientation="portrait", unit="mm", format=A5_MM)
    # Windows-1252 gives the core fonts curly apostrophes and the em dash.
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_margins(14, 12, 14)
    pdf.set_title(f"{bot_name} poster")
    pdf.set_creator("nightlight link --poster")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 30)
    pdf.cell(0, 14, bot_name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(0, 7, TAGLINE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11.5)
    for line in WHAT_IT_IS:
        pdf.multi_cell(0, 5.6, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    side = 70.0
    top = pdf.get_y() + 3
    _draw_qr(pdf, segno.make_qr(link, error=QR_ERROR), (pdf.w - side) / 2, top, side)
    pdf.set_y(top + side + 2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, f"@{username}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, SCAN, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, link, align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.ln(5)
    pdf.set_line_width(0.6)
    pdf.set_font("Helvetica", "B", 12.5)
    warning = f"Not monitored by a person \u2014 in an emergency call {emergency_number(region)}"
    pdf.multi_cell(0, 9, warning, border=1, align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.set_y(pdf.h - 16)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4, f"Printed {printed.day} {printed:%B %Y}", align="C",
             new_x="LMARGIN", new_y="NEXT")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def _draw_qr(pdf, qr: segno.QRCode, x: float, y: float, side: float) -> None:
    """Each dark module as a filled square; the quiet zone is the poster's white paper."""
    rows = list(qr.matrix_iter(scale=1, border=0))
    module = side / len(rows)
    pdf.set_fill_color(0, 0, 0)
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            # One rectangle per run of dark modules keeps the PDF small.
            pdf.rect(x + start * module, y + r * module, (c - start) * module, module, style="F")
