"""Run a blind set once through `nightlight ask --json` and print its report.

A blind set is a folder of writers' files (written by people who saw neither the code nor any
earlier set; it lives outside the repository until it has been run once):

    en_crisis.jsonl          {"text", "category"}            English crises, 30 per category
    tricky_ordinary.jsonl    {"text", "category": null, "kind"}  near misses
    parent_questions.jsonl   {"text", "category": null}     greetings and plain questions
    es_fr_crisis.jsonl       {"text", "category", "lang"}    Spanish and French crises
    other_lang_crisis.jsonl  {"text", "category", "lang"}    one crisis per other language
    es_fr_ordinary.jsonl     {"text", "category": null, "lang"}

It goes through the product's stable interface, in a subprocess, so that any checkout can be
scored the same way (a previous main in a git worktree, with its own index):

    python bench/blind_eval.py /path/to/blind24 --repo /work/before --out /tmp/b24_before.json

Missing files are skipped. Per-message results go to --out (outside the repository: they hold
the blind texts).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

# The writers' category names → the bank's.
CATEGORY_ALIASES = {"self_harm": "self_harm_suicide", "baby_danger": "baby_emergency"}
CRISIS_FILES = ("en_crisis", "es_fr_crisis", "other_lang_crisis")
ORDINARY_FILES = ("tricky_ordinary", "parent_questions", "es_fr_ordinary")
EMERGENCY_DIGITS = {"uk": "999", "us": "911", "ie": "112", "ca": "911", "au": "000"}


def load_set(folder: Path) -> dict[str, list[dict]]:
    sets = {}
    for name in (*CRISIS_FILES, *ORDINARY_FILES):
        path = folder / f"{name}.jsonl"
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows = [json.loads(line) for line in lines if line.strip()]
            for row in rows:
                if row.get("category"):
                    row["category"] = CATEGORY_ALIASES.get(row["category"], row["category"])
            sets[name] = rows
    return sets


def _one_per_line(texts: list[str]) -> str:
    """Standard input for a one-message-per-line reader: a writer's newline would split a
    message in two."""
    return "".join(" ".join(text.splitlines()) + "\n" for text in texts)


def ask(repo: Path, texts: list[str], region: str) -> list[dict]:
    """Every text through `nightlight ask --json` of the checkout at `repo`, in one process."""
    env = {**os.environ, "PYTHONPATH": str(repo), "HF_HUB_OFFLINE": "1",
           "NIGHTLIGHT_INDEX_DIR": os.environ.get("NIGHTLIGHT_INDEX_DIR",
                                                  str(repo / "corpus" / "index"))}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "--region", region],
                          input=_one_per_line(texts), capture_output=True, text=True,
                          cwd=repo, env=env, check=True)
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    if len(replies) != len(texts):
        raise SystemExit(f"{len(texts)} messages in, {len(replies)} replies out")
    return replies


def pattern_flags(repo: Path, texts: list[str]) -> list[bool]:
    """Whether the checkout's phrase patterns alone (no model) route each text to crisis."""
    script = ("import json, sys\nfrom safety import assess\n"
              "for line in sys.stdin:\n    print(json.dumps(assess(line.rstrip('\\n')).is_crisis))")
    done = subprocess.run([sys.executable, "-c", script], input=_one_per_line(texts),
                          capture_output=True, text=True, cwd=repo,
                          env={**os.environ, "PYTHONPATH": str(repo)}, check=True)
    return [json.loads(line) for line in done.stdout.splitlines()]


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "-"


def report(sets: dict[str, list[dict]], replies: dict[str, list[dict]], digits: str,
           repo: Path) -> None:
    for name in CRISIS_FILES:
        if name not in sets:
            continue
        rows, out = sets[name], replies[name]
        crisis = sum(r["safety"] == "crisis" for r in out)
        either = sum(r["safety"] in ("crisis", "check_in") for r in out)
        has_digits = sum(digits in r["reply"] for r in out)
        print(f"{name}: crisis reply {percent(crisis, len(rows))}, "
              f"crisis or check-in {percent(either, len(rows))}, "
              f"emergency digits {percent(has_digits, len(rows))}")
        by_category: dict[str, Counter] = defaultdict(Counter)
        for row, reply in zip(rows, out, strict=True):
            by_category[row["category"]]["all"] += 1
            by_category[row["category"]][reply["safety"] or "none"] += 1
        for category, counts in sorted(by_category.items()):
            print(f"    {category:<18} crisis {percent(counts['crisis'], counts['all'])}, "
                  f"check-in {counts['check_in']}")
    ordinary = [name for name in ORDINARY_FILES if name in sets]
    alarm_texts = {name: [row["text"] for row, r in zip(sets[name], replies[name], strict=True)
                          if r["safety"] == "crisis"] for name in ordinary}
    # One child process for every false alarm: importing the pattern layer is most of its cost.
    every_alarm = [text for name in ordinary for text in alarm_texts[name]]
    flags = iter(pattern_flags(repo, every_alarm) if every_alarm else [])
    for name in ordinary:
        out = replies[name]
        alarms = len(alarm_texts[name])
        check_ins = sum(r["safety"] == "check_in" for r in out)
        from_patterns = sum(next(flags) for _ in alarm_texts[name])
        print(f"{name}: false alarms {percent(alarms, len(out))} ({from_patterns} from the "
              f"patterns alone), check-ins {percent(check_ins, len(out))}")
        kinds = Counter(row.get("kind") for row, r in zip(sets[name], out, strict=True)
                        if r["safety"] == "crisis" and row.get("kind"))
        if kinds:
            print("    false alarms by kind: " + ", ".join(f"{k} {n}" for k, n in
                                                       kinds.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--region", default="uk")
    parser.add_argument("--out", type=Path, default=None, help="per-message results (JSON)")
    args = parser.parse_args()
    sets = load_set(args.folder)
    names = list(sets)
    texts = [row["text"] for name in names for row in sets[name]]
    answers = ask(args.repo.resolve(), texts, args.region)
    replies, start = {}, 0
    for name in names:
        replies[name] = answers[start:start + len(sets[name])]
        start += len(sets[name])
    report(sets, replies, EMERGENCY_DIGITS.get(args.region, "999"), args.repo.resolve())
    if args.out:
        results = {name: [{**row, "safety": reply["safety"], "route": reply["route"]}
                          for row, reply in zip(sets[name], replies[name], strict=True)]
                   for name in names}
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
