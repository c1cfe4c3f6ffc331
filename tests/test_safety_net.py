"""The learned crisis net in safety/: adds crisis routes, never removes one, asks when unsure."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from constant_nets import constant_net

from bot.config import CRISIS_EXAMPLES
from bot.live_index import LiveIndex
from bot.pipeline import Pipeline, Route
from retrieval.build_folders import MANIFEST_FILE, current_build
from retrieval.build_integrity import IndexDamagedError, file_checksums
from retrieval.embedding import DEFAULT_MODEL
from retrieval.index import index_status
from retrieval.search import Searcher
from safety import Category, assess
from safety.grading import Tier, grade
from safety.languages.detect import warm_up
from safety.net import NET_FILE, ORDINARY, Bands, CrisisNet, load_net
from safety.net_training import SEED, Head, provide_net, read_bank, train_head
from safety.result import CRISIS_CATEGORIES

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = REPO_ROOT / "corpus" / "articles"
DATA = Path(__file__).parent / "data"

# Messages the pattern layer lets through, in the voices of the issue. If the patterns learn
# one, the first assert says so: replace it with one they miss.
NET_CRISES = {"i want everything to just stop forever": Category.SELF_HARM_SUICIDE}
# Grey-zone messages the patterns miss: the net must at least ask whether they are safe.
NET_AT_LEAST_ASKS = (
    "if he doesnt stop screaming tonight i swear ill do something i regret",
    "locked in the bathroom with the baby, hes drunk and breaking things downstairs",
    "the midwives are putting something in my milk, i know it",
)


def _pipeline_with(searcher: Searcher, net: CrisisNet | None, index_dir: Path) -> Pipeline:
    return Pipeline(LiveIndex.ready(dataclasses.replace(searcher, crisis_net=net), index_dir))


@pytest.fixture(scope="module")
def pipeline(searcher: Searcher, built_index: Path) -> Pipeline:
    assert searcher.crisis_net is not None, "the test index is built with the net"
    return Pipeline(LiveIndex.ready(searcher, built_index), default_region="uk")


@pytest.mark.parametrize("text", sorted(NET_CRISES))
def test_the_net_adds_a_crisis_route_for_a_message_the_patterns_miss(pipeline, text):
    assert not assess(text).is_crisis, "the patterns now catch this: pick another miss"
    reply = pipeline.respond(text)
    assert (reply.route, reply.safety) == (Route.CRISIS, "crisis")
    assert reply.category == NET_CRISES[text].value
    assert not reply.passages


@pytest.mark.parametrize("text", NET_AT_LEAST_ASKS)
def test_a_grey_zone_message_the_patterns_miss_is_never_answered_bare(pipeline, text):
    assert not assess(text).is_crisis, "the patterns now catch this: pick another miss"
    reply = pipeline.respond(text)
    assert reply.safety in ("crisis", "check_in")
    assert "999" in reply.html


def test_the_net_never_turns_a_pattern_crisis_into_an_ordinary_reply(searcher, built_index):
    calm = _pipeline_with(searcher, constant_net(1e-6, searcher.encoder.dimension,
                                                  Bands(0.5, 0.2)), built_index)
    for row in _rows("crisis_messages.jsonl")[::40]:
        reply = calm.respond(row["text"])
        assert (reply.route, reply.category) == (Route.CRISIS, row["category"]), row["text"]


def test_an_unsure_net_asks_if_they_are_safe_above_the_answer(searcher, built_index):
    unsure = _pipeline_with(searcher, constant_net(0.3, searcher.encoder.dimension,
                                                    Bands(0.5, 0.2)), built_index)
    reply = unsure.respond("how can i bond with my baby")
    assert (reply.route, reply.safety, reply.category) == (Route.ANSWER, "check_in", None)
    assert reply.passages, "the answer still comes, below the check-in"
    asked = reply.html.index("safe right now")
    calm = _pipeline_with(searcher, constant_net(1e-6, searcher.encoder.dimension,
                                                  Bands(0.5, 0.2)), built_index)
    answer = calm.respond("how can i bond with my baby").html
    assert asked < reply.html.index(answer[:60]), "the question comes first, the answer after it"
    assert "999" in reply.html[:asked + 200] and "116 123" in reply.html
    us = unsure.respond("how can i bond with my baby", region="us")
    assert "911" in us.html and "988" in us.html



def test_english_takes_the_english_crisis_band_and_another_language_its_own(searcher,
                                                                           built_index):
    warm_up()  # once the detector is loaded, a Spanish message is read as Spanish
    bands = Bands(crisis=0.5, check_in=0.2, crisis_not_english=0.8)
    unsure = _pipeline_with(searcher, constant_net(0.6, searcher.encoder.dimension, bands),
                            built_index)
    english = unsure.respond("how can i help my baby sleep at night")
    spanish = unsure.respond("cómo puedo ayudar a mi bebé a dormir por la noche")
    assert (english.route, english.safety) == (Route.CRISIS, "crisis")
    assert (spanish.route, spanish.safety) == (Route.NO_MATCH, "check_in")
    assert "999" in spanish.html, "the not-English reply still writes out the number"


def test_a_message_whose_language_is_not_known_takes_the_lower_band():
    net = constant_net(0.6, 8, Bands(crisis=0.5, check_in=0.2, crisis_not_english=0.8))
    vector = np.ones(8, dtype=np.float32)
    not_english = grade(assess("hola"), vector, net, "hola", english=False)
    unknown = grade(assess("hola"), vector, net, "hola")  # the detector still loading
    assert (not_english.tier, unknown.tier) == (Tier.CHECK_IN, Tier.CRISIS)


def test_a_saved_net_keeps_both_crisis_bands(tmp_path):
    bands = Bands(crisis=0.7, check_in=0.1, crisis_not_english=0.8)
    constant_net(0.5, 8, bands).save(tmp_path / NET_FILE)
    assert load_net(tmp_path).bands == bands
    constant_net(0.5, 8, Bands(0.7, 0.1)).save(tmp_path / NET_FILE)
    assert load_net(tmp_path).bands.crisis_for(english=False) == 0.7, "one band for all"

def test_greetings_and_one_word_replies_are_not_crises(pipeline):
    for text in ("hi", "hello?", "ok", "okay thanks", "yes", "no", "thanks x", "good afternoon",
                 "hey nightlight", "k", "lol", "hmm ok", "bye then", "👍"):
        reply = pipeline.respond(text)
        assert reply.route is not Route.CRISIS and reply.safety is None, text


def test_ordinary_parent_questions_are_answered_without_alarm(pipeline):
    for text in ("how do i get my baby to sleep through the night",
                 "is it normal to feel low after birth",
                 "my baby cries every evening, is that colic"):
        assert pipeline.respond(text).safety in (None, "distress"), text


def test_the_pipeline_encodes_a_message_once_for_safety_and_retrieval(searcher, built_index):
    counting = _CountingEncoder(searcher.encoder)
    pipeline = Pipeline(LiveIndex.ready(dataclasses.replace(searcher, encoder=counting),
                                        built_index))
    reply = pipeline.respond("how can i bond with my baby")
    assert reply.route is Route.ANSWER
    assert counting.calls == 1


def test_training_is_deterministic_with_a_seed(searcher):
    bank = read_bank(CRISIS_EXAMPLES)[::25]
    vectors = searcher.encoder.encode([example.text for example in bank])
    labels = [example.label for example in bank]
    for head in (Head("logreg", Bands(0.5, 0.2), c=4.0),
                 Head("mlp", Bands(0.5, 0.2), hidden=32)):
        first, second = (train_head(vectors, labels, head, SEED) for _ in range(2))
        for (w1, b1), (w2, b2) in zip(first.layers, second.layers, strict=True):
            assert np.array_equal(w1, w2) and np.array_equal(b1, b2)
        assert np.array_equal(first.probabilities(vectors), second.probabilities(vectors))


def test_an_unchanged_bank_reuses_the_trained_net_without_embedding(built_index, tmp_path):
    build = current_build(built_index)
    served = load_net(build)
    assert served is not None

    def refuse(texts):
        raise AssertionError("an unchanged bank must not be embedded again")

    fingerprint = Searcher.load(built_index).manifest.model_fingerprint
    assert provide_net(tmp_path, CRISIS_EXAMPLES, fingerprint, refuse, build) == served.source
    assert (tmp_path / NET_FILE).read_bytes() == (build / NET_FILE).read_bytes()


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_a_missing_or_corrupt_net_file_marks_the_build_damaged_and_the_patterns_serve(
        built_index, tmp_path, damage):
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    net_file = current_build(index_dir) / NET_FILE
    net_file.unlink()
    if damage == "corrupt":
        net_file.write_bytes(b"PK\x03\x04 not a net")
    # The manifest's checksums catch it: never served without the net it was built with...
    assert index_status(ARTICLES_DIR, index_dir, DEFAULT_MODEL, CRISIS_EXAMPLES) == "damaged"
    with pytest.raises(IndexDamagedError):
        Searcher.load(index_dir)
    # ...and while there is no index to serve, the patterns still answer crises.
    pipeline = Pipeline(LiveIndex(index_dir))
    crisis = pipeline.respond("HELP HE STOPPED BREATHING")
    assert (crisis.route, crisis.category) == (Route.CRISIS, Category.BABY_EMERGENCY.value)
    assert pipeline.respond("how can i bond with my baby").route is Route.NO_MATCH


def test_every_label_in_the_shipped_bank_is_one_the_net_can_serve():
    # A writer's own category name ("self_harm") would only fail at index build, where the
    # last good index keeps serving a net that never learned the new bank.
    served = {category.value for category in CRISIS_CATEGORIES} | {ORDINARY}
    labels = {example.label for example in read_bank(CRISIS_EXAMPLES)}
    assert labels == served


def test_a_changed_bank_makes_the_index_stale(built_index, tmp_path):
    bank = tmp_path / "examples.jsonl"
    bank.write_text(CRISIS_EXAMPLES.read_text(encoding="utf-8")
                    + json.dumps({"text": "hello again", "label": ORDINARY}) + "\n")
    assert index_status(ARTICLES_DIR, built_index, DEFAULT_MODEL, CRISIS_EXAMPLES) == "fresh"
    assert index_status(ARTICLES_DIR, built_index, DEFAULT_MODEL, bank) == "stale"


def test_a_net_that_fails_leaves_the_pattern_verdict():
    broken = constant_net(0.9, 8, Bands(0.5, 0.2))
    wrong_size = np.ones(5, dtype=np.float32)
    assert grade(assess("i want to kill myself"), wrong_size, broken).tier == Tier.CRISIS
    assert grade(assess("how do i bond"), wrong_size, broken).tier is None


def test_ask_json_reports_the_safety_tier(built_index, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    net_file = current_build(index_dir) / NET_FILE
    trained = CrisisNet.read(net_file)
    net_file.unlink()  # a hard link to the shared build's file: replace, do not overwrite
    constant_net(0.3, trained.dimension, Bands(0.5, 0.2), trained.source).save(net_file)
    _reseal(current_build(index_dir))
    env = {**os.environ, "NIGHTLIGHT_INDEX_DIR": str(index_dir), "NIGHTLIGHT_AUTO_REBUILD": "0",
           "NIGHTLIGHT_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json"], env=env,
                            input="how can i bond with my baby\nmy baby isnt breathing\n",
                            capture_output=True, text=True, check=True, cwd=REPO_ROOT)
    unsure, crisis = (json.loads(line) for line in result.stdout.splitlines())
    assert (unsure["route"], unsure["safety"]) == ("answer", "check_in")
    assert (crisis["route"], crisis["safety"]) == ("crisis", "crisis")


def _reseal(build: Path) -> None:
    """Record a deliberately replaced file's checksum, as a build would have."""
    manifest_file = build / MANIFEST_FILE
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    manifest["files"] = file_checksums(build, skip=MANIFEST_FILE)
    manifest_file.unlink()  # hard-linked to the shared build too
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")


class _CountingEncoder:
    """The real encoder, counting how often a single message is encoded."""

    def __init__(self, encoder) -> None:
        self._encoder = encoder
        self.calls = 0

    def encode_one(self, text: str) -> np.ndarray:
        self.calls += 1
        return self._encoder.encode_one(text)

    def __getattr__(self, name: str):
        return getattr(self._encoder, name)


def _rows(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
