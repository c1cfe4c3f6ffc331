"""An answer as pages a parent reads on one phone screen: the sentences that answer first, then
"More": the rest of that passage, then the next passages, one at a time.

Everything a page's buttons need travels in their callback data (`AnswerState`, ≤ 64 bytes), so
they keep working after a restart; the question itself is never kept. Every page is checked for
phone numbers of another country than the parent's (retrieval/phone_numbers.py): such a page
carries a one-line note and the parent's own line from safety/helplines.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.excerpt import Unit, choose, markdown_of, passage_units, sentence_scores
from bot.replies import render
from bot.telegram_html import markdown_to_telegram_html
from retrieval.chunking import Passage
from retrieval.phone_numbers import PhoneNumber, find_numbers, foreign_numbers
from retrieval.search import Hit, Searcher
from safety import REGIONS, Category, Helpline, helplines_for
from safety.helplines import UNKNOWN_REGION

# The first reply's passage text (sentences, lead-in): one phone screen with the source line.
FIRST_PAGE_CHARS = 550
# A page of a further passage, before its own "More".
NEXT_PAGE_CHARS = 700
# A passage naming another country's number gives way to the next one when it scores this close
# (fused scores run ~1–3): as good an answer, and no note needed.
EQUAL_SCORE_MARGIN = 0.05
COUNTRY_NAMES = {"uk": "the UK", "us": "the US", "ie": "Ireland", "ca": "Canada",
                 "au": "Australia", "nz": "New Zealand"}


@dataclass(frozen=True)
class AnswerState:
    """Which passages an answer has, which one its message shows, and how much of it."""

    build: str  # the index build's content hash, cut short: a rebuild expires old buttons
    passages: tuple[int, ...]  # ids in the index, best first
    current: int  # position in `passages` of the one shown
    start: int  # its sentences shown so far, inclusive
    end: int

    def encode(self) -> str:
        ids = ".".join(map(str, self.passages))
        return f"{self.build}:{ids}:{self.current}:{self.start}:{self.end}"

    @classmethod
    def decode(cls, data: str) -> AnswerState | None:
        """The state in callback data, or None when it is not one (old, tampered, cut)."""
        parts = data.split(":")
        if len(parts) != 5 or not all(p.isdigit() for p in parts[2:]):
            return None
        ids = parts[1].split(".")
        if not parts[0] or not all(i.isdigit() for i in ids):
            return None
        return cls(parts[0], tuple(map(int, ids)), int(parts[2]), int(parts[3]), int(parts[4]))

    @property
    def passage_id(self) -> int:
        return self.passages[self.current]


@dataclass(frozen=True)
class Page:
    html: str
    passage: Passage
    state: AnswerState
    has_more: bool


def build_tag(searcher: Searcher) -> str:
    return searcher.manifest.content_hash[:8]


def first_page(searcher: Searcher, query: str, hits: tuple[Hit, ...], region: str) -> Page:
    """The best passage's answering sentences (or an equally good passage without another
    country's number), with the rest of the hits behind "More"."""
    ids = [_passage_id(searcher, hit.passage) for hit in hits]
    # The search has just encoded this very text: Searcher.encode hands back its vector.
    vector = searcher.encode(query)
    start, end, foreign = _excerpt(searcher, ids[0], vector, region)
    if foreign and len(hits) > 1 and hits[1].score >= hits[0].score - EQUAL_SCORE_MARGIN:
        second = _excerpt(searcher, ids[1], vector, region)
        if not second[2]:
            ids[0], ids[1] = ids[1], ids[0]
            start, end, foreign = second
    state = AnswerState(build_tag(searcher), tuple(ids), 0, start, end)
    return _page(searcher, state, region, "first", ((start, end),))


def next_page(searcher: Searcher, state: AnswerState, region: str) -> Page | None:
    """What "More" shows after `state`: the rest of its passage, else the next passage."""
    if not _valid(searcher, state):
        return None
    units = passage_units(searcher.passages[state.passage_id])
    last = len(units) - 1
    if state.start > 0 or state.end < last:
        rest = tuple(r for r in ((0, state.start - 1), (state.end + 1, last)) if r[0] <= r[1])
        return _page(searcher, AnswerState(state.build, state.passages, state.current, 0, last),
                     region, "rest", rest)
    if state.current + 1 >= len(state.passages):
        return None
    following = state.current + 1
    units = passage_units(searcher.passages[state.passages[following]])
    start, end = choose(units, None, NEXT_PAGE_CHARS)
    moved = AnswerState(state.build, state.passages, following, start, end)
    return _page(searcher, moved, region, "next", ((start, end),))


def shown_passage(searcher: Searcher, state: AnswerState) -> Passage | None:
    """The passage a button's state points at, if it is still the index being served."""
    return searcher.passages[state.passage_id] if _valid(searcher, state) else None


def has_more(searcher: Searcher, state: AnswerState) -> bool:
    last = len(passage_units(searcher.passages[state.passage_id])) - 1
    return state.start > 0 or state.end < last or state.current + 1 < len(state.passages)


def _valid(searcher: Searcher, state: AnswerState) -> bool:
    if state.build != build_tag(searcher) or not 0 <= state.current < len(state.passages):
        return False
    if not all(0 <= i < len(searcher.passages) for i in state.passages):
        return False
    last = len(passage_units(searcher.passages[state.passage_id])) - 1
    return 0 <= state.start <= state.end <= last


def _excerpt(searcher: Searcher, passage_id: int, vector: np.ndarray,
             region: str) -> tuple[int, int, bool]:
    """(start, end, names a number the parent cannot use) of a passage's answering sentences."""
    passage = searcher.passages[passage_id]
    units = passage_units(passage)
    budget = FIRST_PAGE_CHARS - len(passage.lead_in)
    start, end = choose(units, sentence_scores(searcher, passage_id, vector, units), budget)
    text = markdown_of(passage, units, start, end)
    return start, end, bool(_numbers(text, _article_region(searcher, passage), region))


def _page(searcher: Searcher, state: AnswerState, region: str, kind: str,
          ranges: tuple[tuple[int, int], ...]) -> Page:
    passage = searcher.passages[state.passage_id]
    units: tuple[Unit, ...] = passage_units(passage)
    markdown = "\n\n".join(markdown_of(passage, units, start, end) for start, end in ranges)
    lead_in = passage.lead_in if kind != "rest" else ""
    foreign = _numbers(f"{lead_in}\n{markdown}", _article_region(searcher, passage), region)
    meta = searcher.articles.get(passage.article_id)
    html = render(
        "answer",
        kind=kind,
        section=passage.section,
        lead_in=markdown_to_telegram_html(lead_in) if lead_in else "",
        body=markdown_to_telegram_html(markdown),
        title=getattr(meta, "title", passage.article_id),
        publisher=getattr(meta, "publisher", None),
        url=getattr(meta, "url", None),
        note=_number_note(foreign, region),
    )
    return Page(html, passage, state, has_more(searcher, state))


def _numbers(text: str, article_region: str, parent_region: str) -> tuple[PhoneNumber, ...]:
    own = frozenset(line.tel for line in helplines_for(parent_region, None) if line.tel)
    return foreign_numbers(text, article_region, parent_region, own)


def _number_note(foreign: tuple[PhoneNumber, ...], region: str) -> str:
    if not foreign:
        return ""
    countries = sorted({COUNTRY_NAMES.get(n.region, n.region.upper() or "another country")
                        for n in foreign})
    return render("number_note", numbers=[n.written for n in foreign],
                  countries=" and ".join(countries), lines=own_lines(region, foreign))


def own_lines(region: str, foreign: tuple[PhoneNumber, ...]) -> list[Helpline]:
    """The parent's own lines in place of another country's: their emergency number always (a
    foreign number may be the one they would have called in an emergency), and for a number
    that is no emergency number, the first line their region lists for someone struggling."""
    everything = helplines_for(region, None)
    own = [line for line in everything if line.emergency and line.region == region][:1]
    if not all(n.emergency for n in foreign):
        support = helplines_for(region, Category.DISTRESS)
        own += [line for line in support if line.region == region and not line.emergency][:1]
    # A parent whose country we do not know: the instruction that works anywhere.
    return own or [line for line in everything if line.region == UNKNOWN_REGION][:1]


def _article_region(searcher: Searcher, passage: Passage) -> str:
    return getattr(searcher.articles.get(passage.article_id), "region", "") or ""


def _passage_id(searcher: Searcher, passage: Passage) -> int:
    ids = getattr(searcher, "_passage_ids", None)
    if ids is None:
        ids = {(p.article_id, p.position): i for i, p in enumerate(searcher.passages)}
        searcher._passage_ids = ids  # cached on the searcher: one map per loaded index
    return ids[(passage.article_id, passage.position)]


def country_report(searcher: Searcher) -> list[str]:
    """For bench/: every passage naming a number × every region, shown whole."""
    pairs = foreign = unmarked = 0
    for passage_id, passage in enumerate(searcher.passages):
        article_region = _article_region(searcher, passage)
        if not find_numbers(passage.text, article_region):
            continue
        last = len(passage_units(passage)) - 1
        state = AnswerState(build_tag(searcher), (passage_id,), 0, 0, last)
        for region in (*REGIONS, UNKNOWN_REGION):
            pairs += 1
            numbers = _numbers(passage.text, article_region, region)
            if not numbers:
                continue
            foreign += 1
            page = _page(searcher, state, region, "first", ((0, last),))
            if not all(line.number in page.html for line in own_lines(region, numbers)):
                unmarked += 1
    return [f"country: {pairs} passage × region pairs with a number, {foreign} name another "
            f"country's number, {unmarked} of those without the parent's own line"]
