"""The menu commands' replies that need nothing from Telegram, as HTML: one place for the
Telegram handlers (bot/handlers/), the console chat (bot/console.py) and `nightlight
helplines`, so the three cannot drift apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.config import Settings
from bot.replies import render
from safety import helplines_for

if TYPE_CHECKING:
    from retrieval.search import Searcher


def helplines_html(region: str) -> str:
    """/helplines: every line for the region, the emergency number first."""
    return render("helplines", helplines=helplines_for(region, None), region=region)


def sources_html(searcher: Searcher) -> str:
    """/sources: the articles the answers come from, by title."""
    articles = sorted(searcher.articles.values(), key=lambda meta: meta.title.lower())
    return render("sources", articles=articles)


def about_html(settings: Settings) -> str:
    """/about: who runs this bot and how to reach them."""
    return render("about", operator=settings.operator_name, contact=settings.operator_contact)
