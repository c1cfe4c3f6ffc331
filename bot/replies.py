"""Renders every reply the bot sends from the Jinja2 templates in bot/templates/."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TELEGRAM_LIMIT = 4096


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
