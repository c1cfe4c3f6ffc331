"""The one path every inbound text takes: message → safety → retrieval → template → reply.

The Telegram handlers, `nightlight ask` and `nightlight chat` all call `Pipeline.respond`,
so what a parent sees in Telegram is exactly what maintainers check on the command line.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from bot.answer_pages import AnswerState, first_page
from bot.live_index import IndexState, LiveIndex
from bot.replies import TELEGRAM_LIMIT, render
from retrieval.search import Hit, Searcher
from retrieval.smalltalk import match_smalltalk
from safety import Category, Helpline, assess, helplines_for, normalise_region
from safety.grading import Graded, Tier, grade
from safety.languages import assess_other_languages, crisis_language
from safety.languages.detect import (
    ENGLISH,
    language_if_loaded,
    language_of,
    warm_up_in_background,
)
from safety.net import net_text
from safety.result import CRISIS_CATEGORIES, SafetyResult

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
    # The graded safety tier: "crisis", "check_in", "distress" or None (safety/grading.py).
    safety: str | None = None
    passages: tuple[Hit, ...] = ()
    more: tuple[Hit, ...] = field(default=(), repr=False)
    # What an answer's buttons carry (which passages, how much shown), and whether More has any.
    answer_state: AnswerState | None = None
    has_more: bool = False
    # A check-in only: the crisis category the net leaned to, which the "We need help now"
    # button answers with (Telegram; not part of the JSON contract).
    leaning: str | None = None

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
        warm_up_in_background()  # the language model loads while the index does

    def respond(self, text: str, region: str | None = None) -> Reply:
        region = normalise_region(region or self.default_region)
        text = text or ""

        # 1. Safety first, on the whole message, before anything can fail: the patterns need
        # no model, and a crisis they name is answered without touching the index at all.
        pattern = assess(text)
        if pattern.is_crisis:
            return self._crisis(text, pattern.category, region)
        # Otherwise the message is encoded once, without invisible or decorated characters;
        # the vector goes to the learned crisis net (which can only add urgency) and, later,
        # to small talk and retrieval.
        searcher = self.live_index.searcher
        query, vector, safety, read_language = _read_with_net(text, pattern, searcher)
        if safety.is_crisis:
            return self._crisis(text, safety.category, region, _not_english(read_language))

        # 2. Messages with no words in them get a gentle nudge, not a search.
        if not _has_words(text):
            return self._finish(text, Route.NO_MATCH, render("empty"), region, safety)

        # 3. Hello, thanks, ok, "can I talk to someone": nearest examples, read from the vector
        # already encoded for safety (the same one the search reuses).
        if searcher is not None:
            smalltalk = match_smalltalk(searcher, query, vector)
            if smalltalk is not None:
                html = render("smalltalk", kind=smalltalk.value, region=region,
                              **_talk_lines(region))
                return self._finish(text, Route.SMALLTALK, html, region, safety)

        # Nightlight's articles are English: say so, with numbers to call, rather than guess.
        language = read_language or language_of(query)  # detected once, if it was loaded
        if language != ENGLISH:
            html = render("not_english", helplines=helplines_for(region, None), region=region,
                          language=language)
            return self._finish(text, Route.NO_MATCH, html, region, safety, keep_reply=True)

        # 4. Retrieval, only when the index is there to ask.
        if searcher is None:
            template = "loading" if self.live_index.state == IndexState.LOADING else "unavailable"
            html = render(template, helplines=helplines_for(region, None)[:3], region=region)
            return self._finish(text, Route.NO_MATCH, html, region, safety)

        result = searcher.search(query, k=MAX_ANSWER_PASSAGES, vector=vector)
        if not result.answered or not result.hits:
            html = render("no_match", **_talk_lines(region))
            return self._finish(text, Route.NO_MATCH, html, region, safety)

        page = first_page(searcher, query, result.hits[:MAX_ANSWER_PASSAGES], region)
        shown = tuple(hit for hit in result.hits if hit.passage == page.passage)
        more = tuple(hit for hit in result.hits if hit.passage != page.passage)
        return self._finish(text, Route.ANSWER, page.html, region, safety, passages=shown,
                            more=more, answer_state=page.state, has_more=page.has_more)

    def crisis_reply(self, category: str, region: str | None = None) -> Reply:
        """The crisis reply for `category` with nothing to read: for a parent who answers a
        check-in "we need help now". A category this version does not know gets the self-harm
        reply (it leads with the emergency number): a damaged button still brings help."""
        chosen = next((known for known in CRISIS_CATEGORIES if known.value == category),
                      Category.SELF_HARM_SUICIDE)
        return self._crisis("", chosen, normalise_region(region or self.default_region))

    def is_crisis(self, text: str) -> bool:
        """The crisis verdict alone, patterns then the learned net: for messages the bot would
        otherwise not answer (a group message not addressed to it, a rate-limited user)."""
        pattern = assess(text)
        return pattern.is_crisis or _read_with_net(
            text, pattern, self.live_index.searcher)[2].is_crisis

    def _crisis(self, text: str, category: Category, region: str,
                message_language: str | None = None) -> Reply:
        """The crisis reply: the category's helplines first, from safety/ and a template only.
        message_language: the message's language when the learned net raised it (else None)."""
        helplines = helplines_for(region, category)
        html = render(f"crisis_{category.value}", helplines=helplines, region=region)
        # Spanish or French crisis words, whichever layer caught it, or the language of a
        # message the net raised: one line in that language on top.
        language = crisis_language(assess_other_languages(text).rule) or message_language
        if language is not None:
            line = render("crisis_language_line", helplines=helplines, language=language)
            html = f"{line}\n\n{html}" if line else html  # no line for every language
        return Reply(text=text, route=Route.CRISIS, category=category.value,
                     safety=Tier.CRISIS.value, html=html)

    def _finish(
        self,
        text: str,
        route: Route,
        html: str,
        region: str,
        safety: Graded,
        passages: tuple[Hit, ...] = (),
        more: tuple[Hit, ...] = (),
        answer_state: AnswerState | None = None,
        has_more: bool = False,
        keep_reply: bool = False,
    ) -> Reply:
        tier, leaning = safety.tier, None
        if tier == Tier.CHECK_IN:
            leaning = safety.net.category.value if safety.net is not None else None
            # The net is unsure: ask first, numbers on top, then the answer if there is one
            # (a "nothing in my sources" gives way; `keep_reply`, e.g. the not-English reply,
            # stays below the question).
            check_in = render("check_in", emergency=_emergency_lines(region),
                              talk=_round_the_clock_line(region), region=region)
            keep = keep_reply or route != Route.NO_MATCH
            html = f"{check_in}\n\n{html}" if keep else check_in
        elif tier == Tier.DISTRESS:
            note = render("distress_note", helplines=helplines_for(region, Category.DISTRESS),
                          region=region)
            html = f"{html}\n\n{note}"
        return Reply(text=text, route=route, html=html[:TELEGRAM_LIMIT], passages=passages,
                     more=more, answer_state=answer_state, has_more=has_more,
                     safety=tier.value if tier is not None else None, leaning=leaning)


def _read_with_net(
    text: str, pattern: SafetyResult, searcher: Searcher | None
) -> tuple[str, np.ndarray | None, Graded, str | None]:
    """A message the patterns let through, as the model reads it (cleaned, cut), its one
    encoding (None without an index or words), the patterns' verdict graded by the net, and its
    language as read for that grading (None: not read, or the detector not loaded yet)."""
    # The model (crisis net and retrieval) reads the gist, exactly as the net was trained on it;
    # the patterns have read the whole message.
    query = net_text(text)
    vector = searcher.encode(query) if searcher is not None and _has_words(text) else None
    net = searcher.crisis_net if searcher is not None else None
    # English (or not known yet) takes the net's lower crisis band: the detector never holds
    # the check up, and not knowing can only add crisis routes.
    language = _language_if_loaded(query) if vector is not None else None
    english = _not_english(language) is None
    return query, vector, grade(pattern, vector, net, query, english), language


def _language_if_loaded(query: str) -> str | None:
    """The message's language, or None when the detector is not loaded yet or fails: the
    safety check and a crisis reply never wait for it."""
    try:
        return language_if_loaded(query)
    except Exception:  # noqa: BLE001 - a crisis reply goes out whatever the detector does
        return None


def _not_english(language: str | None) -> str | None:
    """`language` when it is known and not English (for one line on top of a crisis reply the
    net raised), else None."""
    return language if language not in (None, ENGLISH) else None


def _emergency_lines(region: str) -> list[Helpline]:
    """The region's emergency numbers, as digits ("your local emergency number" is no number)."""
    return [line for line in helplines_for(region, Category.SELF_HARM_SUICIDE)
            if line.emergency and any(ch.isdigit() for ch in line.number)]


def _round_the_clock_line(region: str) -> Helpline | None:
    """The first support line for the region that answers 24/7 (None if it has none)."""
    lines = helplines_for(region, Category.SELF_HARM_SUICIDE) + helplines_for(
        region, Category.DISTRESS)
    return next((line for line in lines if not line.emergency and line.hours == "24/7"), None)


def _talk_lines(region: str) -> dict[str, list]:
    """For "can I talk to someone" and "nothing in my sources": the region's lines for someone
    struggling that answer at any hour, and its emergency number."""
    talk = [line for line in helplines_for(region, Category.DISTRESS)
            if line.hours == "24/7" and not line.emergency]
    emergency = [line for line in helplines_for(region, None) if line.emergency]
    return {"talk_lines": talk, "emergency_lines": emergency}


def _has_words(text: str) -> bool:
    """True when the text holds at least one letter or digit in any script."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


