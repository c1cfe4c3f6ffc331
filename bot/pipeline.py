"""The one path every inbound text takes: message → safety → retrieval → template → reply.

The Telegram handlers, `nightlight ask` and `nightlight chat` all call `Pipeline.respond`,
so what a parent sees in Telegram is exactly what maintainers check on the command line.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from bot.answer_pages import AnswerState, first_page
from bot.excerpt import query_vector
from bot.live_index import IndexState, LiveIndex
from bot.replies import TELEGRAM_LIMIT, render
from retrieval.search import Hit
from retrieval.smalltalk import match_smalltalk
from safety import Category, Severity, assess, helplines_for, normalise_region

# Retrieval only needs the gist; safety always reads the whole message.
MAX_QUERY_CHARS = 1000
# A phone screen at 3am: the answering sentences of the best passage (bot/answer_pages.py);
# the rest of it, and up to this many passages in all, are offered behind the "More" button.
MAX_ANSWER_PASSAGES = 3


class Route(StrEnum):
    CRISIS = "crisis"
    ANSWER = "answer"
    NO_MATCH = "no_match"
    SMALLTALK = "smalltalk"


@dataclass(frozen=True)
class Reply:
    """What the bot says back to one message, and why."""

    text: str
    route: Route
    html: str
    category: str | None = None
    passages: tuple[Hit, ...] = ()
    more: tuple[Hit, ...] = field(default=(), repr=False)
    # What an answer's buttons carry (which passages, how much shown), and whether More has any.
    answer_state: AnswerState | None = None
    has_more: bool = False

    def as_json(self) -> dict[str, object]:
        """The stable `nightlight ask --json` contract."""
        return {
            "text": self.text,
            "route": self.route.value,
            "category": self.category,
            "passages": [
                {
                    "article": hit.passage.article_id,
                    "section": hit.passage.section,
                    "text": hit.passage.text,
                    "score": round(float(hit.score), 4),
                }
                # The answer's passages: the one shown first, then those behind "More".
                for hit in (*self.passages, *self.more)
            ],
            "reply": self.html,
        }


class Pipeline:
    """Answers one message for a parent in a given region."""

    def __init__(self, live_index: LiveIndex, default_region: str = "uk") -> None:
        self.live_index = live_index
        self.default_region = default_region

    def respond(self, text: str, region: str | None = None) -> Reply:
        region = normalise_region(region or self.default_region)
        text = text or ""

        # 1. Safety first, on the whole message, before anything can fail.
        safety = assess(text)
        # The second net only ever adds a crisis the patterns missed, and only with the index.
        searcher = self.live_index.searcher
        category = safety.category if safety.is_crisis else None
        if category is None and searcher is not None and _has_words(text):
            category = searcher.crisis_vote(text[:MAX_QUERY_CHARS])
        if category is not None:
            return Reply(
                text=text,
                route=Route.CRISIS,
                category=category.value,
                html=render(
                    f"crisis_{category.value}",
                    helplines=helplines_for(region, category),
                    region=region,
                ),
            )
        distress = safety.severity == Severity.DISTRESS

        # 2. Messages with no words in them get a gentle nudge, not a search.
        if not _has_words(text):
            return self._finish(text, Route.NO_MATCH, render("empty"), region, distress)

        # Nightlight's articles and safety patterns are English; say so rather than guess.
        if _mostly_non_latin(text):
            return self._finish(text, Route.NO_MATCH, render("not_english"), region, distress)

        # 3. Hello, thanks, ok, "can I talk to someone": nearest examples, with the index's
        # encoder (the same embedding the search reuses).
        query = text[:MAX_QUERY_CHARS]
        if searcher is not None:
            smalltalk = match_smalltalk(searcher, query, query_vector(searcher, query))
            if smalltalk is not None:
                html = render("smalltalk", kind=smalltalk.value, region=region,
                              **_talk_lines(region))
                return self._finish(text, Route.SMALLTALK, html, region, distress)

        # 4. Retrieval, only when the index is there to ask.
        if searcher is None:
            template = "loading" if self.live_index.state == IndexState.LOADING else "unavailable"
            html = render(template, helplines=helplines_for(region, None)[:3], region=region)
            return self._finish(text, Route.NO_MATCH, html, region, distress)

        result = searcher.search(query, k=MAX_ANSWER_PASSAGES)
        if not result.answered or not result.hits:
            html = render("no_match")
            return self._finish(text, Route.NO_MATCH, html, region, distress)

        page = first_page(searcher, query, result.hits[:MAX_ANSWER_PASSAGES], region)
        shown = tuple(hit for hit in result.hits if hit.passage == page.passage)
        more = tuple(hit for hit in result.hits if hit.passage != page.passage)
        return self._finish(text, Route.ANSWER, page.html, region, distress, passages=shown,
                            more=more, answer_state=page.state, has_more=page.has_more)

    def _finish(
        self,
        text: str,
        route: Route,
        html: str,
        region: str,
        distress: bool,
        passages: tuple[Hit, ...] = (),
        more: tuple[Hit, ...] = (),
        answer_state: AnswerState | None = None,
        has_more: bool = False,
    ) -> Reply:
        if distress:
            note = render("distress_note", helplines=helplines_for(region, Category.DISTRESS),
                          region=region)
            html = f"{html}\n\n{note}"
        return Reply(text=text, route=route, html=html[:TELEGRAM_LIMIT], passages=passages,
                     more=more, answer_state=answer_state, has_more=has_more)


def _talk_lines(region: str) -> dict[str, list]:
    """For "can I talk to someone": the region's lines for someone struggling that answer at
    any hour, and its emergency number."""
    talk = [line for line in helplines_for(region, Category.DISTRESS)
            if line.hours == "24/7" and not line.emergency]
    emergency = [line for line in helplines_for(region, None) if line.emergency]
    return {"talk_lines": talk, "emergency_lines": emergency}


def _has_words(text: str) -> bool:
    """True when the text holds at least one letter or digit in any script."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def _mostly_non_latin(text: str) -> bool:
    """True when most letters are from a non-Latin script (Cyrillic, Arabic, CJK, …)."""
    letters = [ch for ch in text if ch.isalpha()]
    non_latin = sum(1 for ch in letters if "LATIN" not in unicodedata.name(ch, "LATIN"))
    return bool(letters) and non_latin > len(letters) / 2
