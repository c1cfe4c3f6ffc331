"""Fold a spent blind set into the training data, as tests/data/blind<N>_*.jsonl.

A blind set is spent once it has been run for its report (bench/blind_eval.py). Its writers'
files are then copied unchanged except for the category names (self_harm → self_harm_suicide,
baby_danger → baby_emergency), into the three files bench/build_safety_examples.py reads:

    python bench/fold_blind_set.py /path/to/blind24 24

Then add the number to MESSAGE_SETS there and to SPENT_BLIND in bench/crisis_bands.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from blind_eval import load_set

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
TARGETS = {
    "crisis": ("en_crisis", "es_fr_crisis", "other_lang_crisis"),
    "ordinary": ("tricky_ordinary", "es_fr_ordinary"),
    "parent_questions": ("parent_questions",),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("number", type=int)
    args = parser.parse_args()
    sets = load_set(args.folder)
    for target, names in TARGETS.items():
        rows = [row for name in names for row in sets.get(name, [])]
        path = DATA / f"blind{args.number}_{target}.jsonl"
        if path.exists():
            raise SystemExit(f"{path} exists already")
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
        print(f"{path.name}: {len(rows)}")


if __name__ == "__main__":
    main()
