"""Through the whole pipeline, with the real model and index: other languages and noised
messages. A message not in English is never told "nothing in my sources"; a crisis in Spanish
or French gets the crisis reply; invisible characters change no route."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from noise import noised

from bot.live_index import LiveIndex
from bot.pipeline import Pipeline, Route
from safety.languages.detect import warm_up

DATA = Path(__file__).parent / "data"
BENCH_DATA = Path(__file__).parent.parent / "bench" / "data"
NOTHING_IN_MY_SOURCES = "anything in my sources"
NOT_ENGLISH = "only read and answer in English"


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def pipeline(searcher, built_index) -> Pipeline:
    return Pipeline(LiveIndex.ready(searcher, built_index), default_region="uk")


@pytest.mark.parametrize("row", _jsonl(DATA / "crisis_es_fr_check.jsonl"),
                         ids=lambda row: row["text"])
def test_a_spanish_or_french_crisis_gets_the_crisis_reply_with_a_line_in_its_language(
        pipeline, row):
    reply = pipeline.respond(row["text"])
    assert reply.route is Route.CRISIS
    assert reply.category == row["category"]
    first_line = reply.html.splitlines()[0]
    assert "999" in first_line
    assert ("llama" if row["lang"] == "es" else "appelez") in first_line


@pytest.mark.parametrize(
    "text",
    ["mein Baby atmet nicht mehr, bitte helfen", "moje dziecko nie oddycha, pomocy",
     "meu bebê não está respirando, socorro", "il mio bambino non respira più",
     "Мой ребенок не дышит", "طفلي لا يتنفس"],
)
@pytest.mark.parametrize(("region", "emergency", "talk"),
                         [("uk", "999", "116 123"), ("us", "911", "988"),
                          ("au", "000", "13 11 14"), ("unknown", "911", "116 123")])
def test_a_crisis_in_another_language_gets_the_emergency_number_as_digits(
        pipeline, text, region, emergency, talk):
    reply = pipeline.respond(text, region=region)
    assert reply.route in (Route.CRISIS, Route.NO_MATCH)
    assert emergency in reply.html
    assert NOTHING_IN_MY_SOURCES not in reply.html
    if reply.route is Route.NO_MATCH:
        # The not-English reply writes the numbers out; the crisis reply for a region we do
        # not know lists the numbers it has and, for everywhere else, "your local" one.
        assert talk in reply.html
        assert "your local emergency number" not in reply.html


# One line in the message's own language, with the emergency digits (bot/templates/danger_line).
CRISIS_IN_OTHER_LANGUAGES = [
    ("mein Baby atmet nicht mehr, bitte helfen", "rufen Sie sofort an"),
    ("moje dziecko nie oddycha, pomocy", "zadzwoń teraz"),
    ("meu bebê não está respirando, socorro", "ligue agora"),
    ("il mio bambino non respira più", "chiama subito"),
    ("Мой ребенок не дышит", "звоните сейчас"),
    ("طفلي لا يتنفس", "اتصل الآن"),
]


@pytest.mark.parametrize(("text", "line"), CRISIS_IN_OTHER_LANGUAGES,
                         ids=[text for text, _ in CRISIS_IN_OTHER_LANGUAGES])
def test_a_crisis_in_another_language_puts_a_line_in_that_language_on_top(pipeline, text, line):
    warm_up()  # the bot loads the detector at start; a reply never waits for it
    reply = pipeline.respond(text, region="us")
    assert reply.route in (Route.CRISIS, Route.NO_MATCH)
    own_language = next(row for row in reply.html.splitlines() if line in row)
    assert "911" in own_language


@pytest.mark.parametrize(
    ("text", "line"),
    [("Mein Baby schläft nachts kaum, ist das normal mit vier Monaten?", "rufen Sie sofort an"),
     ("Czy to normalne, że moje dziecko płacze każdego wieczoru?", "zadzwoń teraz"),
     ("我的宝宝晚上总是哭，这正常吗？", "请立即拨打")],
)
def test_a_question_in_another_language_gets_the_danger_line_in_that_language(
        pipeline, text, line):
    reply = pipeline.respond(text, region="au")
    assert reply.route is Route.NO_MATCH
    assert NOT_ENGLISH in reply.html
    assert "000" in next(row for row in reply.html.splitlines() if line in row)


@pytest.mark.parametrize(
    "text",
    ["ลูกของฉันร้องไห้ทั้งคืน ทำอย่างไรดี", "아기가 밤새 울어요 어떻게 해야 하나요",
     "赤ちゃんが一晩中泣いています。どうしたらいいですか", "ልጄ ሌሊቱን ሙሉ ያለቅሳል ምን ላድርግ"],
)
def test_a_language_we_have_no_line_for_is_never_greeted_in_another_language(pipeline, text):
    # Thai, Korean, Japanese, Amharic: once read as the nearest listed language (Somali,
    # Chinese), so the reply opened in a language the parent may not read.
    warm_up()
    reply = pipeline.respond(text, region="uk")
    assert reply.route in (Route.NO_MATCH, Route.CRISIS)
    assert "999" in reply.html and not reply.html.startswith("\n")
    assert "Haddii adiga" not in reply.html and "如果你" not in reply.html


def test_no_message_in_another_language_is_told_nothing_in_my_sources(pipeline):
    rows = [row for row in _jsonl(BENCH_DATA / "language_messages.jsonl") if row["lang"] != "en"]
    rows += _jsonl(DATA / "crisis_es_fr_check.jsonl")
    told = [row["text"] for row in rows
            if NOTHING_IN_MY_SOURCES in pipeline.respond(row["text"]).html]
    assert not told


@pytest.mark.parametrize(
    "text",
    ["mi bebé llora mucho por la noche, es normal?", "je suis épuisée, il pleure tout le temps"],
)
def test_a_spanish_or_french_question_is_answered_in_english_with_a_line_in_its_language(
        pipeline, text):
    reply = pipeline.respond(text)
    assert reply.route is Route.NO_MATCH
    assert NOT_ENGLISH in reply.html and "<b>999</b>" in reply.html


@pytest.mark.parametrize(
    "text",
    ["lo wont settle", "thanks, gracias x", "my abuela says i should swaddle him, is that ok",
     "is it normal not to feel a bond straight away"],
)
def test_english_with_a_foreign_word_is_read_as_english(pipeline, text):
    assert NOT_ENGLISH not in pipeline.respond(text).html


def _crisis_rows() -> list[dict]:
    return [row for path in sorted(DATA.glob("crisis_*.jsonl")) for row in _jsonl(path)]


def test_every_noised_crisis_message_takes_the_same_pipeline_route_as_its_clean_text(pipeline):
    changed = []
    for seed, row in enumerate(_crisis_rows()):
        clean = pipeline.respond(row["text"])
        noisy = pipeline.respond(noised(row["text"], "everything", seed))
        if (noisy.route, noisy.category) != (clean.route, clean.category):
            changed.append(row["text"])
    assert not changed, f"{len(changed)} changed route, e.g. {changed[:3]}"
