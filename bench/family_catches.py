"""Each crisis rule family's catches over every labelled set: what would be lost without it.

    .venv/bin/python bench/family_catches.py [--net INDEX_DIR] [--markdown]

For every family in safety/rules (FAMILIES) it prints: its module's lines and rules; catches,
the labelled crisis messages it fires on with the right category; unique, those no other family
catches (the messages lost if the family were pruned); and false alarms, the ordinary messages
(tricky ordinary set, ordinary held-out and near-danger messages, parent questions, the bank's
ordinary examples) it fires on with a crisis category. A family "fires" when any of its rules
matches the message as assess() reads it (safety/rules/family_match.py), whether or not an
earlier family already took the message.

With a learned net, `unique with net` counts the unique catches the net misses too: caught by
this family and by neither any other family nor the net. Pass `net` (text -> category or None)
to family_table(), or --net INDEX_DIR to use safety/net.py's net from that index build. The net
is trained on safety/examples.jsonl, one of the sets counted here: for an honest column, pass
a `net` that gives its out-of-fold (cross-validated) verdict on the bank's messages.
Message text is never printed, only counts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from safety.result import CRISIS_CATEGORIES, Category
from safety.rules import FAMILIES
from safety.rules.family_match import families_matching

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BANK = ROOT / "safety" / "examples.jsonl"
ARTICLES = ROOT / "corpus" / "articles"

DISTRESS_FAMILY = "distress"
Net = Callable[[str], Category | None]


@dataclass(frozen=True)
class Labelled:
    text: str
    category: Category | None  # None: ordinary
    source: str


@dataclass(frozen=True)
class FamilyRow:
    family: str
    lines: int
    rules: int
    catches: int
    unique: int
    unique_with_net: int | None  # None when no net was given
    false_alarms: int


def labelled_messages() -> list[Labelled]:
    """Every labelled message once (the first set that holds a text names its label)."""
    rows: list[Labelled] = []
    for name in ("crisis_messages", "crisis_indirect", "crisis_holdout", "ordinary_messages"):
        for row in _jsonl(DATA / f"{name}.jsonl"):
            rows.append(Labelled(row["text"], _category(row.get("category")), name))
    for name in ("retrieval_eval", "retrieval_holdout", "retrieval_dev"):
        rows += [Labelled(row["q"], None, name) for row in _jsonl(DATA / f"{name}.jsonl")]
    rows += [Labelled(text, None, "curated questions") for text in _curated_questions()]
    rows += [Labelled(row["text"], _category(row["label"]), "bank") for row in _jsonl(BANK)]
    seen: set[str] = set()
    return [row for row in rows if not (row.text in seen or seen.add(row.text))]


def family_table(
    messages: Iterable[Labelled], net: Net | None = None
) -> tuple[list[FamilyRow], Counter[int]]:
    """One row per family, in the order assess() tries them, and how many crisis messages are
    caught by 0, 1, 2 ... families (the overlap a pruning round can work with)."""
    overlap: Counter[int] = Counter()
    catches = {family.name: 0 for family in FAMILIES}
    unique = dict.fromkeys(catches, 0)
    unique_with_net = dict.fromkeys(catches, 0)
    false_alarms = dict.fromkeys(catches, 0)
    for message in messages:
        fired = families_matching(message.text)
        if message.category is None:
            for name, (category, _) in fired.items():
                false_alarms[name] += category in CRISIS_CATEGORIES
            continue
        right = [name for name, (category, _) in fired.items() if category == message.category]
        overlap[len(right)] += 1
        for name in right:
            catches[name] += 1
        if len(right) == 1:
            unique[right[0]] += 1
            if net is not None and net(message.text) != message.category:
                unique_with_net[right[0]] += 1
    return [
        FamilyRow(family.name, family.lines, len(family.rules), catches[family.name],
                  unique[family.name], unique_with_net[family.name] if net else None,
                  false_alarms[family.name])
        for family in FAMILIES
    ], overlap


def print_table(rows: list[FamilyRow], markdown: bool) -> None:
    with_net = rows[0].unique_with_net is not None
    header = ["family", "lines", "rules", "catches", "unique"]
    header += ["unique with net"] if with_net else []
    header += ["false alarms"]
    table = [[row.family, row.lines, row.rules, row.catches, row.unique]
             + ([row.unique_with_net] if with_net else []) + [row.false_alarms] for row in rows]
    for line, row in zip(table, rows, strict=True):
        if row.family == DISTRESS_FAMILY:  # a gentle note, not a crisis route: nothing to count
            line[3:] = ["-"] * (len(line) - 3)
    totals = ["all families", sum(r.lines for r in rows), sum(r.rules for r in rows), "", ""]
    totals += [""] if with_net else []
    totals += [""]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
        for line in [*table, totals]:
            print("| " + " | ".join(str(cell) for cell in line) + " |")
        return
    print(f"{header[0]:<46}" + "".join(f"{h:>16}" for h in header[1:]))
    for line in [*table, totals]:
        print(f"{line[0]:<46}" + "".join(f"{cell!s:>16}" for cell in line[1:]))


def _learned_net(index_dir: Path, texts: list[str]) -> Net:
    """safety/net.py's net from an index build, its verdicts worked out once for `texts`."""
    from retrieval.build_folders import current_build  # noqa: PLC0415
    from retrieval.embedding import Encoder  # noqa: PLC0415 - only with --net
    from safety.net import load_net  # noqa: PLC0415

    folder = current_build(index_dir)
    net = load_net(folder) if folder else None
    if net is None:
        raise SystemExit(f"no crisis net in the index build at {index_dir}")
    from safety.net import net_text  # noqa: PLC0415

    cleaned = [net_text(text) for text in texts]  # as the pipeline does
    vectors = Encoder(folder).encode(cleaned)
    verdicts = {}
    for text, query, vector in zip(texts, cleaned, vectors, strict=True):
        verdict = net.verdict(vector, query)
        verdicts[text] = verdict.category if verdict.is_crisis else None
    return verdicts.__getitem__


def _curated_questions() -> list[str]:
    from retrieval.articles import load_corpus  # noqa: PLC0415 - only the bench needs retrieval
    from retrieval.questions import load_questions, questions_folder  # noqa: PLC0415

    curated = load_questions(questions_folder(ARTICLES), load_corpus(ARTICLES))
    return [question.question for question in curated]


def _category(label: str | None) -> Category | None:
    return None if label in (None, "ordinary") else Category(label)


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--net", type=Path, help="index folder whose build holds the crisis net")
    parser.add_argument("--markdown", action="store_true", help="print a README table")
    args = parser.parse_args()

    messages = labelled_messages()
    crisis = sum(m.category is not None for m in messages)
    net = _learned_net(args.net, [m.text for m in messages if m.category]) if args.net else None
    print(f"{len(messages)} labelled messages: {crisis} crisis, {len(messages) - crisis} ordinary;"
          f" net: {'on' if net else 'off (pattern families only)'}")
    rows, overlap = family_table(messages, net)
    print_table(rows, args.markdown)
    print("\ncrisis messages by how many families catch them: "
          + ", ".join(f"{k}: {overlap[k]}" for k in sorted(overlap)))
    crisis_rows = [row for row in rows if row.family != DISTRESS_FAMILY]
    never_alone = [row.family for row in crisis_rows if row.unique == 0]
    print(f"\nfamilies with no unique catch: {len(never_alone)} of {len(crisis_rows)}"
          + (f" ({', '.join(never_alone)})" if never_alone else ""))


if __name__ == "__main__":
    main()
