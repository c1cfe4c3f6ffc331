"""Score retrieval on a labelled JSONL set: hit@1, hit@3, MRR, answered and refusal rates.

A line is {"q", "articles", "must_contain"} for an in-scope question (a hit is a returned
passage from one of `articles` containing any `must_contain` phrase; without phrases any passage
from those articles counts) or {"q"} alone for a question the sources do not cover.
Hits count only when the searcher answers: an abstention shows the parent nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from retrieval.chunking import Passage, match_key
from retrieval.search import SearchResult

RANKS_SCORED = 3


class SupportsSearch(Protocol):
    def search(self, query: str, k: int = 3) -> SearchResult: ...


@dataclass(frozen=True)
class EvalItem:
    q: str
    articles: tuple[str, ...] = ()
    must_contain: tuple[str, ...] = ()

    @property
    def in_scope(self) -> bool:
        return bool(self.articles)


@dataclass(frozen=True)
class Miss:
    item: EvalItem
    rank: int | None  # 1-based rank of the first hit, None when no hit in the top 3
    answered: bool
    reason: str
    top: str  # "article: start of the top passage", or "" when nothing was returned

    def describe(self) -> str:
        if not self.item.in_scope:
            return f"[answered out-of-scope] {self.item.q!r} → {self.top} ({self.reason})"
        where = "refused" if not self.answered else (
            f"hit at rank {self.rank}" if self.rank else "no hit in top 3")
        return f"[{where}] {self.item.q!r} → {self.top} ({self.reason})"


@dataclass(frozen=True)
class EvalReport:
    in_scope: int
    out_of_scope: int
    hit_at_1: float
    hit_at_3: float
    mrr: float
    answered_rate: float
    refusal_rate: float
    misses: tuple[Miss, ...]

    def format(self) -> str:
        lines = [
            f"in-scope questions:      {self.in_scope}",
            f"out-of-scope questions:  {self.out_of_scope}",
            f"hit@1:                   {self.hit_at_1:.3f}",
            f"hit@3:                   {self.hit_at_3:.3f}",
            f"MRR (top 3):             {self.mrr:.3f}",
            f"in-scope answered:       {self.answered_rate:.3f}",
            f"out-of-scope refused:    {self.refusal_rate:.3f}",
        ]
        if self.misses:
            lines.append(f"\nwrong ({len(self.misses)}):")
            lines.extend(f"  {miss.describe()}" for miss in self.misses)
        return "\n".join(lines)


def load_eval_items(path: Path | str) -> list[EvalItem]:
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            items.append(EvalItem(
                q=row["q"],
                articles=tuple(row.get("articles") or ()),
                must_contain=tuple(row.get("must_contain") or ()),
            ))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not an eval item: {exc}") from exc
    return items


def is_hit(item: EvalItem, passage: Passage) -> bool:
    if passage.article_id not in item.articles:
        return False
    if not item.must_contain:
        return True
    text = match_key(passage.text)
    return any(match_key(phrase) in text for phrase in item.must_contain)


def evaluate(searcher: SupportsSearch, items: list[EvalItem]) -> EvalReport:
    in_scope = [i for i in items if i.in_scope]
    out_of_scope = [i for i in items if not i.in_scope]
    hit1 = hit3 = answered = refused = 0
    reciprocal = 0.0
    misses: list[Miss] = []
    for item in items:
        result = searcher.search(item.q, k=RANKS_SCORED)
        top = (f"{result.hits[0].passage.article_id}: {result.hits[0].passage.text[:70]!r}"
               if result.hits else "")
        if not item.in_scope:
            if result.answered:
                misses.append(Miss(item, None, True, result.reason, top))
            else:
                refused += 1
            continue
        rank = next((n for n, hit in enumerate(result.hits, 1) if is_hit(item, hit.passage)),
                    None)
        answered += result.answered
        if result.answered and rank is not None:
            hit1 += rank == 1
            hit3 += 1
            reciprocal += 1 / rank
        if not (result.answered and rank == 1):
            misses.append(Miss(item, rank, result.answered, result.reason, top))
    n_in, n_out = len(in_scope), len(out_of_scope)
    return EvalReport(
        in_scope=n_in,
        out_of_scope=n_out,
        hit_at_1=hit1 / n_in if n_in else 0.0,
        hit_at_3=hit3 / n_in if n_in else 0.0,
        mrr=reciprocal / n_in if n_in else 0.0,
        answered_rate=answered / n_in if n_in else 0.0,
        refusal_rate=refused / n_out if n_out else 0.0,
        misses=tuple(misses),
    )

