"""The one path every inbound text takes: message → safety → retrieval → template → reply.

The Telegram handlers, `nightlight ask` and `nightlight chat` all call `Pipeline.respond`,
so what a parent sees in Telegram is exactly what maintainers check on the command line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from bot.live_index import IndexState, LiveIndex
from bot.replies import TELEGRAM_LIMIT, render
from retrieval.search import Hit
from retrieval.smalltalk import match_smalltalk
from safety import Category, Helpline, assess, helplines_for, normalise_region
from safety.grading import Tier, grade
from safety.languages import assess_other_languages, crisis_language
from safety.languages.detect import ENGLISH, language_of, warm_up_in_background
from safety.normalise import clean_text

# Retrieval only needs the gist; safety always reads the whole message.
MAX_QUERY_CHARS = 1000
MAX_SHOWN_PASSAGES = 3
# A phone screen at 3am: the best passage always, more only while the reply stays short.
# Whatever is left is offered behind the "More" button.
SHOWN_TEXT_BUDGET = 1600


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
    # The graded safety tier: "crisis", "check_in", "distress" or None (safety/grading.py).
    safety: str | None = None
    passages: tuple[Hit, ...] = ()
    more: tuple[Hit, ...] = field(default=(), repr=False)

    def as_json(self) -> dict[str, object]:
        """The stable `nightlight ask --json` contract."""
        return {
            "text": self.text,
            "route": self.route.value,
            "category": self.category,
            "safety": self.safety,
            "passages": [
                {
                    "article": hit.passage.article_id,
                    "section": hit.passage.section,
                    "text": hit.passage.text,
                    "score": round(float(hit.score), 4),
                }
                for hit in self.passages
            ],
            "reply": self.html,
        }


class Pipeline:
    """Answers one message for a parent in a given region."""

    def __init__(self, live_index: LiveIndex, default_region: str = "uk") -> None:
        self.live_index = live_index
        self.default_region = default_region
        warm_up_in_background()  # the language model loads while the index does

    def respond(self, text: str, region: str | None = None) -> Reply:
        region = normalise_region(region or self.default_region)
        text = text or ""

        # 1. Safety first, on the whole message, before anything can fail: the patterns need
        # no model. The message is then encoded once, without invisible or decorated
        # characters; the vector goes to the learned crisis net (which can only add urgency)
        # and, later, to retrieval.
        pattern = assess(text)
        query = clean_text(text)[:MAX_QUERY_CHARS]
        searcher = self.live_index.searcher
        vector = None
        if not pattern.is_crisis and searcher is not None and _has_words(text):
            vector = searcher.encode(query)
        safety = grade(pattern, vector, searcher.crisis_net if searcher is not None else None)
        if safety.is_crisis:
            category = safety.category
            helplines = helplines_for(region, category)
            html = render(f"crisis_{category.value}", helplines=helplines, region=region)
            # Spanish or French crisis words, whichever layer caught it: one line in that
            # language on top (no language model on this path).
            language = crisis_language(assess_other_languages(text).rule)
            if language is not None:
                line = render("crisis_language_line", helplines=helplines, language=language)
                html = f"{line}\n\n{html}"
            return Reply(text=text, route=Route.CRISIS, category=category.value,
                         safety=Tier.CRISIS.value, html=html)
        tier = safety.tier

        # 2. Messages with no words in them get a gentle nudge, not a search.
        if not _has_words(text):
            return self._finish(text, Route.NO_MATCH, render("empty"), region, tier)

        # 3. Hello, thanks, bye.
        smalltalk = match_smalltalk(text)
        if smalltalk is not None:
            return self._finish(
                text, Route.SMALLTALK, render("smalltalk", kind=smalltalk), region, tier
            )

        # Nightlight's articles are English: say so, with numbers to call, rather than guess.
        language = language_of(query)
        if language != ENGLISH:
            html = render("not_english", helplines=helplines_for(region, None), region=region,
                          language=language)
            return self._finish(text, Route.NO_MATCH, html, region, tier)

        # 4. Retrieval, only when the index is there to ask.
        if searcher is None:
            template = "loading" if self.live_index.state == IndexState.LOADING else "unavailable"
            html = render(template, helplines=helplines_for(region, None)[:3], region=region)
            return self._finish(text, Route.NO_MATCH, html, region, tier)

        result = searcher.search(query, k=MAX_SHOWN_PASSAGES + 2, vector=vector)
        if not result.answered or not result.hits:
            html = render("no_match", topics=searcher.topics()[:8])
            return self._finish(text, Route.NO_MATCH, html, region, tier)

        shown, html = self.render_answer(result.hits[:MAX_SHOWN_PASSAGES])
        more = result.hits[len(shown):]
        return self._finish(
            text, Route.ANSWER, html, region, tier, passages=shown, more=more
        )

    def render_answer(self, hits: tuple[Hit, ...]) -> tuple[tuple[Hit, ...], str]:
        """Render the best of `hits` that make a short reply (always at least one)."""
        searcher = self.live_index.searcher
        articles = searcher.articles if searcher is not None else {}
        count, length = 1, _shown_length(hits[0])
        while count < len(hits) and length + _shown_length(hits[count]) <= SHOWN_TEXT_BUDGET:
            length += _shown_length(hits[count])
            count += 1
        cited = [_cited(hit, articles) for hit in hits[:count]]
        if count == 1:
            # A single passage longer than a message: cut it at a sentence boundary,
            # leaving room for the source line and the distress note.
            cited[0]["text"] = _cut_at_sentence(cited[0]["text"], TELEGRAM_LIMIT - 1200)
        return hits[:count], render("answer", passages=cited)

    def _finish(
        self,
        text: str,
        route: Route,
        html: str,
        region: str,
        tier: Tier | None,
        passages: tuple[Hit, ...] = (),
        more: tuple[Hit, ...] = (),
    ) -> Reply:
        if tier == Tier.CHECK_IN:
            # The net is unsure: ask first, numbers on top, then the answer if there is one.
            check_in = render("check_in", emergency=_emergency_lines(region),
                              talk=_round_the_clock_line(region), region=region)
            html = check_in if route == Route.NO_MATCH else f"{check_in}\n\n{html}"
        elif tier == Tier.DISTRESS:
            note = render("distress_note", helplines=helplines_for(region, Category.DISTRESS),
                          region=region)
            html = f"{html}\n\n{note}"
        return Reply(text=text, route=route, html=html[:TELEGRAM_LIMIT], passages=passages,
                     more=more, safety=tier.value if tier is not None else None)


def _emergency_lines(region: str) -> list[Helpline]:
    return [line for line in helplines_for(region, Category.SELF_HARM_SUICIDE) if line.emergency]


def _round_the_clock_line(region: str) -> Helpline | None:
    """The first support line for the region that answers 24/7 (None if it has none)."""
    lines = helplines_for(region, Category.SELF_HARM_SUICIDE) + helplines_for(
        region, Category.DISTRESS)
    return next((line for line in lines if not line.emergency and line.hours == "24/7"), None)


def _shown_length(hit: Hit) -> int:
    return len(hit.passage.lead_in) + len(hit.passage.text)


def _cited(hit: Hit, articles: dict) -> dict[str, object]:
    meta = articles.get(hit.passage.article_id)
    return {
        "text": hit.passage.text,
        "lead_in": hit.passage.lead_in,
        "section": hit.passage.section,
        "title": getattr(meta, "title", hit.passage.article_id),
        "publisher": getattr(meta, "publisher", None),
        "url": getattr(meta, "url", None),
    }


def _has_words(text: str) -> bool:
    """True when the text holds at least one letter or digit in any script."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def _cut_at_sentence(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = max((m.start() for m in _SENTENCE_END.finditer(text, 0, limit)), default=limit)
    return text[:cut].rstrip() + " …"
