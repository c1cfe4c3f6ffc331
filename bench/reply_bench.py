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

    try:
        from retrieval.smalltalk import model_for
    except ImportError:
        return 0
    if "searcher" not in model_for.__code__.co_varnames:
        return 0
    from bot.excerpt import query_vector

    model = model_for(searcher)
    labelled = _rows("smalltalk_eval.jsonl")
    right = sum(model.classify(row["text"], query_vector(searcher, row["text"])) == row["kind"]
                for row in labelled)
    questions = [row["q"] for row in _rows("retrieval_*.jsonl")]
    taken = [q for q in questions if model.classify(q, query_vector(searcher, q)) is not None]
    print(f"smalltalk eval: {right}/{len(labelled)} right kind; labelled questions taken for "
          f"smalltalk: {len(taken)}/{len(questions)}")
    for q in taken[:10]:
        print("   taken:", q[:80])
    return 0


if __name__ == "__main__":
    sys.exit(main())
