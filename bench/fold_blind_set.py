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

from blind_eval import CRISIS_FILES, load_set

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
TARGETS = {
    "crisis": CRISIS_FILES,
    "ordinary": ("tricky_ordinary", "es_fr_ordinary"),
    "parent_questions": ("parent_questions",),
}


def fold(folder: Path, number: int, data: Path = DATA) -> dict[str, int]:
    """Write blind<number>_{crisis,ordinary,parent_questions}.jsonl into `data`; never over an
    existing file (a spent set is copied once). Returns the lines written per file."""
    sets = load_set(folder)
    paths = {target: data / f"blind{number}_{target}.jsonl" for target in TARGETS}
    clashes = [path.name for path in paths.values() if path.exists()]
    if clashes:
        raise FileExistsError(", ".join(clashes))
    written = {}
    for target, names in TARGETS.items():
        rows = [row for name in names for row in sets.get(name, [])]
        paths[target].write_text("".join(json.dumps(row, ensure_ascii=False) + "\n"
                                         for row in rows), encoding="utf-8")
        written[paths[target].name] = len(rows)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("number", type=int)
    parser.add_argument("--data", type=Path, default=DATA, help="where the bank's sets live")
    args = parser.parse_args()
    try:
        written = fold(args.folder, args.number, args.data)
    except FileExistsError as error:
        raise SystemExit(f"already folded, left as it was: {error}") from error
    for name, lines in written.items():
        print(f"{name}: {lines}")


if __name__ == "__main__":
    main()
