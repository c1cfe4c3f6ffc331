"""Split an article body into passages that each stand on their own.

A passage is one or more whole paragraphs, or a list with its lead-in sentence, taken verbatim
from the body. Headings are not part of a passage's text; they travel with it as context for
embedding and as its `section` for display. A long list split over several passages gives each
later part its lead-in as `lead_in`, so that "- Sing or read to your baby" still says what it is
a list of.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from retrieval.articles import Article

# Bump whenever the output of chunk_article changes: the index records it and goes stale.
CHUNKER_VERSION = "5"

# Longest paragraph or list kept whole; longer ones split at sentence or item boundaries.
MAX_CHARS = 700
# Neighbouring paragraphs of one section are packed into a passage up to this size: measured on
# the labelled set, section-sized passages (~600 characters on average) rank best, because the
# section heading and the sentences around an answer disambiguate it.
PACK_CHARS = 1000
# Fragments shorter than this rarely answer anything alone ("Build routines into your day.").
MIN_CHARS = 160
# Sentence windows of these sizes are embedded as extra views of each passage.
WINDOW_SIZES = (1, 2, 3)
# A fragment this short that found no neighbour to join (a subtitle) is not worth showing.
MIN_STANDALONE_CHARS = 80

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
# A passage ending like this points at something the reader cannot see.
_DANGLING = re.compile(
    r"(?:[:…]|\.\.\.|\b(?:see|click|read more|find out more) here\.?)[\"”’]?\s*$", re.I
)
_ABBREVIATIONS = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Mt|vs|etc|al|e\.g|i\.e|approx|No)\.$", re.I)
_STRAIGHT_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Passage:
    article_id: str
    section: str
    text: str
    position: int
    # "Article title — Section — Subsection": what the passage is about, for the embedder.
    context: str = ""
    # For the later parts of a long list: the list's lead-in sentence, which the first part holds
    # in its text. Verbatim too, shown above the items, not part of `text`.
    lead_in: str = ""

    @property
    def embedding_text(self) -> str:
        text = f"{self.lead_in}\n{self.text}" if self.lead_in else self.text
        return f"{self.context}: {text}" if self.context else text


@dataclass(frozen=True)
class _Unit:
    headings: tuple[str, ...]
    text: str
    lead_in: str = ""


def chunk_article(article: Article) -> list[Passage]:
    """Passages of one article, in reading order."""
    units = _pack(_resolve_dangling(_units(article.body)))
    units = [unit for unit in units if len(unit.text) >= MIN_STANDALONE_CHARS]
    passages = []
    for position, unit in enumerate(units):
        section = unit.headings[-1] if unit.headings else article.title
        context = " — ".join((article.title, *unit.headings))
        passages.append(Passage(article.id, section, unit.text, position, context, unit.lead_in))
    return passages


def passage_views(passage: Passage) -> list[tuple[int, str]]:
    """(window size, text) for runs of 1–3 sentences, each prefixed by the section heading.

    Embedded beside the whole passage so that one precise sentence can match a question even
    when the rest of the passage is about something else.
    """
    sentences = [
        sentence
        for block in passage.text.split("\n")
        for sentence in _sentences(_LIST_ITEM.sub("", block).strip())
    ]
    views = []
    for size in WINDOW_SIZES:
        for start in range(max(1, len(sentences) - size + 1)):
            views.append((size, f"{passage.section}: {' '.join(sentences[start : start + size])}"))
    return views


def section_headings(article: Article) -> list[str]:
    """The article's top-level (##) section headings, in order."""
    headings = []
    for line in article.body.splitlines():
        match = _HEADING.match(line)
        if match and len(match.group(1)) == 2:
            headings.append(match.group(2))
    return headings


def normalise_for_match(text: str) -> str:
    """Text without Markdown markers and with collapsed whitespace (for verbatim checks)."""
    lines = [_LIST_ITEM.sub("", line) for line in text.splitlines()]
    lines = [_HEADING.sub(r"\2", line) for line in lines]
    return " ".join(" ".join(lines).split())


def match_key(text: str) -> str:
    """Text compared for phrase containment: normalised, lower-case, straight quotes."""
    text = normalise_for_match(text).lower()
    return text.translate(_STRAIGHT_QUOTES)


def _units(body: str) -> list[_Unit]:
    """Paragraphs and lists (with lead-in) under their heading path, long ones split."""
    units: list[_Unit] = []
    headings: tuple[str, ...] = ()
    pending_paragraph: list[str] = []
    pending_items: list[str] = []
    lead_in: str | None = None
    # True while the last thing emitted is a paragraph that a following list may claim.
    paragraph_just_ended = False

    def flush_paragraph() -> None:
        nonlocal paragraph_just_ended
        if pending_paragraph:
            text = " ".join(line.strip() for line in pending_paragraph)
            units.extend(_Unit(headings, part) for part in _split_sentences(text))
            pending_paragraph.clear()
            paragraph_just_ended = True

    def flush_list() -> None:
        nonlocal lead_in, paragraph_just_ended
        if pending_items:
            units.extend(_Unit(headings, part, carried)
                         for part, carried in _pack_list(lead_in, pending_items))
            pending_items.clear()
            paragraph_just_ended = False
        lead_in = None

    for raw in body.splitlines():
        line = raw.rstrip()
        heading = _HEADING.match(line)
        if heading:
            flush_paragraph()
            flush_list()
            paragraph_just_ended = False
            level, title = len(heading.group(1)), heading.group(2)
            # The H1 is the article title, which is already in every passage's context.
            headings = () if level == 1 else (*headings[: max(level - 2, 0)], title)
        elif _LIST_ITEM.match(line):
            if not pending_items:
                # The paragraph right before a list is its lead-in: they are shown together.
                flush_paragraph()
                if paragraph_just_ended:
                    lead_in = units.pop().text
            pending_items.append(line.strip())
        elif not line.strip():
            flush_paragraph()
            flush_list()
        elif pending_items:
            # A continuation line of the last list item.
            pending_items[-1] += " " + line.strip()
        else:
            pending_paragraph.append(line)
    flush_paragraph()
    flush_list()
    return units


def _pack_list(lead_in: str | None, items: list[str]) -> list[tuple[str, str]]:
    """(text, carried lead-in) parts of the list; long lists become several parts of whole items.

    The first part starts with the lead-in itself; later parts carry it beside their text.
    """
    whole = "\n".join(([lead_in] if lead_in else []) + items)
    if len(whole) <= MAX_CHARS:
        return [(whole, "")]
    groups: list[list[str]] = [[lead_in]] if lead_in else []
    for item in items:
        current = groups[-1] if groups else None
        # The lead-in never stands alone: with no room for an item it is only carried.
        if current is not None and (current == [lead_in] or
                                    len("\n".join(current + [item])) <= MAX_CHARS):
            current.append(item)
        else:
            groups.append([item])
    carried = lead_in or ""
    return [("\n".join(group), carried if n else "") for n, group in enumerate(groups)]


def _split_sentences(text: str) -> list[str]:
    """A paragraph, or near-equal runs of whole sentences when it is too long."""
    if len(text) <= MAX_CHARS:
        return [text]
    sentences = _sentences(text)
    target = len(text) / math.ceil(len(text) / MAX_CHARS)
    parts: list[str] = []
    current = ""
    for sentence in sentences:
        if current and len(current) + len(sentence) > target * 1.15:
            parts.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        parts.append(current)
    return parts


def _sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()].strip()
        if _ABBREVIATIONS.search(text[: match.start()]):
            continue
        if candidate:
            sentences.append(text[start : match.end()].strip())
            start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _resolve_dangling(units: list[_Unit]) -> list[_Unit]:
    """A unit ending on a pointer ("…try:") joins what follows it, or loses the pointer."""
    result: list[_Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        follower = units[index + 1] if index + 1 < len(units) else None
        # Only within one section: a heading between them would break the verbatim text.
        while _DANGLING.search(unit.text) and follower and follower.headings == unit.headings:
            unit = replace(unit, text=f"{unit.text}\n\n{follower.text}")
            index += 1
            follower = units[index + 1] if index + 1 < len(units) else None
        if _DANGLING.search(unit.text):
            unit = _trim_dangling(unit)
        if unit is not None:
            result.append(unit)
        index += 1
    return result


def _trim_dangling(unit: _Unit) -> _Unit | None:
    """Drop trailing sentences that point nowhere; None when nothing is left."""
    sentences = _sentences(unit.text)
    while sentences and _DANGLING.search(sentences[-1]):
        sentences.pop()
    if not sentences:
        return None
    kept = " ".join(sentences)
    # Keep the original spacing: the kept sentences are a prefix of the text.
    end = unit.text.find(sentences[-1]) + len(sentences[-1])
    return replace(unit, text=unit.text[:end] if end > 0 else kept)


def _pack(units: list[_Unit]) -> list[_Unit]:
    """Neighbours in one section join while they fit; very short ones join regardless."""
    packed: list[_Unit] = []
    for unit in units:
        previous = packed[-1] if packed else None
        combined = len(previous.text) + len(unit.text) if previous else 0
        short = previous is not None and min(len(previous.text), len(unit.text)) < MIN_CHARS
        if (
            previous is not None
            and previous.headings == unit.headings
            and (combined <= PACK_CHARS or (short and combined <= PACK_CHARS * 1.3))
        ):
            packed[-1] = replace(previous, text=f"{previous.text}\n\n{unit.text}")
        else:
            packed.append(unit)
    return packed
