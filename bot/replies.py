"""Renders every reply the bot sends from the Jinja2 templates in bot/templates/."""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TELEGRAM_LIMIT = 4096
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
_TAG = re.compile(r"<[^>]+>")


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        # Everything corpus- or user-derived is escaped: replies go out in Telegram HTML mode.
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
    )


def render(name: str, **context: object) -> str:
    """Render bot/templates/<name>.html.j2 to Telegram HTML, trimmed of outer blank lines."""
    template = _environment().get_template(f"{name}.html.j2")
    return template.render(**context).strip()


def as_plain_text(reply_html: str) -> str:
    """Telegram HTML as a person would read it in a terminal."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({html.unescape(m.group(1))})", reply_html)
    return html.unescape(_TAG.sub("", text))
