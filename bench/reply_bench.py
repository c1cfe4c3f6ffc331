"""Benchmark what a parent reads: answer reply length, the country check, smalltalk accuracy.

Usage: PYTHONPATH=. .venv/bin/python bench/reply_bench.py INDEX_DIR [--region uk]

Prints numbers only; nothing here is asserted.
- Reply length: every in-scope question of tests/data/retrieval_*.jsonl through the pipeline;
  characters of the reply's HTML and of its visible text, median and p90, answers only.
- Country: every passage that names a phone number × every region, each page a parent could be
  shown; how many show a number of another country, and how many of those lack the parent's own.
- Smalltalk: tests/data/smalltalk_eval.jsonl (kind right) and every labelled question (must not
  be taken for smalltalk).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA = REPO_ROOT / "tests" / "data"
_TAG = re.compile(r"<[^>]+>")


def _visible(reply_html: str) -> str:
    return html.unescape(_TAG.sub("", reply_html))


def _rows(pattern: str) -> list[dict]:
    return [json.loads(line) for path in sorted(DATA.glob(pattern))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _percentile(values: list[int], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("index", type=Path)
    parser.add_argument("--region", default="uk")
    args = parser.parse_args()

    from bot.live_index import LiveIndex
    from bot.pipeline import Pipeline, Route
    from retrieval.search import Searcher

    searcher = Searcher.load(args.index)
    pipeline = Pipeline(LiveIndex.ready(searcher, args.index), default_region=args.region)
    in_scope = [row["q"] for row in _rows("retrieval_*.jsonl") if row.get("articles")]
    replies = [pipeline.respond(q, args.region) for q in in_scope]
    answers = [r for r in replies if r.route is Route.ANSWER]
    html_chars = [len(r.html) for r in answers]
    visible = [len(_visible(r.html)) for r in answers]
    print(f"in-scope questions {len(in_scope)}, answered {len(answers)}")
    print(f"answer reply HTML chars:    median {statistics.median(html_chars):.0f}, "
          f"p90 {_percentile(html_chars, 0.9):.0f}, max {max(html_chars)}")
    print(f"answer reply visible chars: median {statistics.median(visible):.0f}, "
          f"p90 {_percentile(visible, 0.9):.0f}, max {max(visible)}")
    print(f"answers offering More: {sum(getattr(r, 'has_more', False) for r in answers)}")

    try:
        from bot.answer_pages import country_report
    except ImportError:
        print("country check: not in this version")
    else:
        for line in country_report(searcher):
            print(line)
    _country_in_answers(searcher, in_scope)

    try:
        from retrieval.smalltalk import model_for
    except ImportError:
        return 0
    if "searcher" not in model_for.__code__.co_varnames:
        return 0

    model = model_for(searcher)
    labelled = _rows("smalltalk_eval.jsonl")
    right = sum(model.classify(row["text"], searcher.encode(row["text"])) == row["kind"]
                for row in labelled)
    questions = [row["q"] for row in _rows("retrieval_*.jsonl")]
    taken = [q for q in questions if model.classify(q, searcher.encode(q)) is not None]
    print(f"smalltalk eval: {right}/{len(labelled)} right kind; labelled questions taken for "
          f"smalltalk: {len(taken)}/{len(questions)}")
    for q in taken[:10]:
        print("   taken:", q[:80])
    return 0


def _country_in_answers(searcher, questions: list[str]) -> None:
    """Every in-scope question × every region: answers showing a number the parent cannot use,
    and how many of those lack the parent's own emergency number."""
    from bot.live_index import LiveIndex
    from bot.pipeline import Pipeline
    from retrieval.phone_numbers import find_numbers
    from safety import REGIONS, helplines_for

    pipeline = Pipeline(LiveIndex.ready(searcher, Path(".")))
    shown = foreign = without_own = 0
    for region in REGIONS:
        own = {line.tel for line in helplines_for(region, None) if line.tel}
        emergency = next(line.number for line in helplines_for(region, None) if line.emergency)
        for question in questions:
            reply = pipeline.respond(question, region)
            if not reply.passages:
                continue
            hit = reply.passages[0].passage
            article_region = getattr(searcher.articles[hit.article_id], "region", "") or "uk"
            # The numbers the passage itself shows (not the notes' helplines).
            numbers = [n for n in find_numbers(_visible(reply.html), article_region)
                       if n.written in hit.text]
            if not numbers:
                continue
            shown += 1
            digits = {"".join(ch for ch in n.written if ch.isdigit()) for n in numbers}
            if any(n.region != region for n in numbers) and not digits <= own:
                foreign += 1
                if emergency not in reply.html:
                    without_own += 1
    print(f"country in answers: {shown} answers (question × region) quote a phone number, "
          f"{foreign} a number of another country, {without_own} of those without the "
          f"parent's own emergency number")


if __name__ == "__main__":
    sys.exit(main())
