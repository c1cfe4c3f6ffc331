"""The sentences of a passage that answer the question, with their neighbours, cut only between
sentences.

A passage is up to ~1,000 characters; a parent at 3am reads one phone screen. So the first reply
shows the sentence window closest to the question (by the same MiniLM vectors the index holds
for every 1–3-sentence window of every passage), grown by its best neighbours while it stays
within a budget, and marks every cut with "…". Sentences are split exactly as the index split
them (retrieval/chunking.py), so unit i is the index's window i.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from retrieval.chunking import _LIST_ITEM, WINDOW_SIZES, Passage, _sentences
from retrieval.search import Searcher

ELLIPSIS = "…"


@dataclass(frozen=True)
class Unit:
    """One sentence of a passage, as written, and the block (paragraph or list item) it is in."""

    block: int
    text: str
    marker: str  # the list item's marker ("- ", "1. ") for every sentence of an item


@lru_cache(maxsize=1024)
def passage_units(passage: Passage) -> tuple[Unit, ...]:
    """The passage's sentences in the index's order (cached: passages recur)."""
    units = []
    for number, block in enumerate(passage.text.split("\n")):
        marker = _LIST_ITEM.match(block)
        prefix = marker.group(0).lstrip() if marker else ""
        body = _LIST_ITEM.sub("", block).strip()
        units.extend(Unit(number, sentence, prefix) for sentence in _sentences(body))
    return tuple(units)


def markdown_of(passage: Passage, units: tuple[Unit, ...], start: int, end: int) -> str:
    """Units start..end (inclusive) as Markdown, with "…" wherever text before or after is left
    out: inside the sentence's paragraph when it is cut there, else on a line of its own."""
    shown = units[start : end + 1]
    blocks = passage.text.split("\n")
    lines: list[str] = []
    for block in range(shown[0].block, shown[-1].block + 1):
        sentences = [unit.text for unit in shown if unit.block == block]
        if not sentences:
            lines.append(blocks[block] if not blocks[block].strip() else "")
            continue
        marker = next(unit.marker for unit in shown if unit.block == block)
        lines.append(marker + " ".join(sentences))
    first_in_block = start == 0 or units[start - 1].block != shown[0].block
    last_in_block = end == len(units) - 1 or units[end + 1].block != shown[-1].block
    if not first_in_block:
        lines[0] = _after_marker(lines[0], shown[0].marker, ELLIPSIS + " ")
    elif start > 0:
        lines.insert(0, ELLIPSIS + "\n")
    if not last_in_block:
        lines[-1] += " " + ELLIPSIS
    elif end < len(units) - 1:
        lines.append("\n" + ELLIPSIS)
    return "\n".join(lines)


def _after_marker(line: str, marker: str, text: str) -> str:
    return marker + text + line[len(marker):]


def length(units: tuple[Unit, ...], start: int, end: int) -> int:
    return sum(len(unit.text) + 1 for unit in units[start : end + 1])


def choose(units: tuple[Unit, ...], scores: np.ndarray | None, budget: int) -> tuple[int, int]:
    """(start, end) of the units to show first: the best-scoring window of 1–3 sentences that
    fits, then its better neighbour, one at a time, while the whole stays within `budget`.
    Without scores (a "More" page, where the question is no longer known): from the top."""
    last = len(units) - 1
    if length(units, 0, last) <= budget:
        return 0, last
    if scores is None:
        start = end = 0
    else:
        start, end = _best_window(units, scores, budget)
    while True:
        grow = [(side, index) for side, index in (("before", start - 1), ("after", end + 1))
                if 0 <= index <= last
                and length(units, min(start, index), max(end, index)) <= budget]
        if not grow:
            return start, end
        # The neighbour closer to the question; reading on (after) when they tie or nothing scores.
        side, index = max(grow, key=lambda g: (_score(scores, g[1]), g[0] == "after"))
        start, end = min(start, index), max(end, index)


def _score(scores: np.ndarray | None, index: int) -> float:
    return 0.0 if scores is None else float(scores[index])


def _best_window(units: tuple[Unit, ...], scores: np.ndarray, budget: int) -> tuple[int, int]:
    best, best_score = (0, 0), -2.0
    for size in WINDOW_SIZES:
        for start in range(max(1, len(units) - size + 1)):
            end = min(start + size, len(units)) - 1
            window = float(scores[start : end + 1].mean())
            if window > best_score and (length(units, start, end) <= budget or start == end):
                best, best_score = (start, end), window
    return best


def sentence_scores(searcher: Searcher, passage_id: int, query_vector: np.ndarray,
                    units: tuple[Unit, ...]) -> np.ndarray:
    """Cosine of the question with each sentence of a passage (its one-sentence window)."""
    owners = searcher.view_owners
    rows = np.flatnonzero((owners[:, 0] == passage_id) & (owners[:, 1] == 1))
    if len(rows) == len(units) and hasattr(searcher.view_index, "reconstruct"):
        vectors = np.stack([searcher.view_index.reconstruct(int(row)) for row in rows])
    else:  # an index laid out differently: embed the sentences now (a few ms)
        section = searcher.passages[passage_id].section
        vectors = searcher.encoder.encode([f"{section}: {unit.text}" for unit in units])
    return vectors @ query_vector
