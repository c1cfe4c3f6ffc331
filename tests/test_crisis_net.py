"""The embedding second net adds crisis routes the patterns missed, never removes one."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.config import CRISIS_EXAMPLES
from bot.live_index import LiveIndex
from bot.pipeline import Pipeline, Route
from retrieval.crisis_net import ORDINARY, CrisisNet, Vote, read_examples
from retrieval.embedding import DEFAULT_MODEL
from retrieval.index import build_index, index_status
from retrieval.search import Searcher
from safety import Category, assess

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = REPO_ROOT / "corpus" / "articles"

# Messages the pattern layer let through when the net was written, each close to labelled
# examples of its category. If the patterns learn one, replace it with a message they miss.
PATTERN_MISSES = {
    "i want everything to just stop forever": Category.SELF_HARM_SUICIDE,
    "the tv presenter talks directly to me about my baby": Category.PSYCHOSIS,
}


@pytest.fixture(scope="module")
def index_without_net(built_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real index rebuilt with the net switched off (passage vectors are reused)."""
    index_dir = tmp_path_factory.mktemp("no-net") / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    build_index(ARTICLES_DIR, index_dir, DEFAULT_MODEL)
    return index_dir


@pytest.fixture(scope="module")
def net_pipeline(searcher: Searcher, built_index: Path) -> Pipeline:
    assert searcher.crisis_net is not None
    return Pipeline(LiveIndex.ready(searcher, built_index), default_region="uk")


def test_the_shipped_examples_are_labelled_with_crisis_categories_or_ordinary():
    labels = {label for _, label in read_examples()}
    assert labels == {ORDINARY} | {category.value for category in Category} - {"distress"}


def test_only_an_index_built_with_the_examples_carries_the_net(built_index, index_without_net):
    assert Searcher.load(built_index).crisis_net is not None
    assert Searcher.load(index_without_net).crisis_net is None
    assert Pipeline(LiveIndex.ready(Searcher.load(index_without_net), index_without_net)).respond(
        "i want everything to just stop forever").route != Route.CRISIS


def test_with_the_net_on_an_index_without_its_examples_is_stale(built_index, index_without_net):
    assert index_status(ARTICLES_DIR, index_without_net, DEFAULT_MODEL) == "fresh"
    assert index_status(ARTICLES_DIR, index_without_net, DEFAULT_MODEL, CRISIS_EXAMPLES) == "stale"
    assert index_status(ARTICLES_DIR, built_index, DEFAULT_MODEL, CRISIS_EXAMPLES) == "fresh"


@pytest.mark.parametrize("text", sorted(PATTERN_MISSES))
def test_the_net_adds_a_crisis_route_for_a_message_the_patterns_miss(net_pipeline, text):
    assert not assess(text).is_crisis, "the patterns now catch this: pick another miss"
    reply = net_pipeline.respond(text)
    assert reply.route == Route.CRISIS
    assert reply.category == PATTERN_MISSES[text].value
    assert not reply.passages


def test_the_net_never_turns_a_pattern_crisis_into_an_ordinary_reply(net_pipeline):
    # A bank with only ordinary examples: the net says "not a crisis" to everything.
    searcher = net_pipeline.live_index.searcher
    vectors = searcher.encoder.encode(["how do i bond with my baby", "this teething is killing me"])
    ordinary_only = Pipeline(LiveIndex.ready(_with_net(searcher, vectors, [ORDINARY] * 2),
                                             net_pipeline.live_index.index_dir))
    for text in ("hes gone all limp and pale", "i want to kill myself"):
        expected = assess(text).category
        assert expected is not None
        reply = ordinary_only.respond(text)
        assert (reply.route, reply.category) == (Route.CRISIS, expected.value)


def test_ordinary_parent_questions_stay_ordinary(net_pipeline):
    for text in ("how do i get my baby to sleep through the night",
                 "is it normal to feel low after birth",
                 "my baby cries every evening, is that colic"):
        assert net_pipeline.respond(text).route != Route.CRISIS


def test_with_the_index_missing_pattern_crises_are_still_routed(tmp_path):
    live = LiveIndex(tmp_path / "missing-index")
    live.fail()
    reply = Pipeline(live).respond("HELP HE STOPPED BREATHING")
    assert (reply.route, reply.category) == (Route.CRISIS, Category.BABY_EMERGENCY.value)


def test_the_vote_needs_enough_close_crisis_neighbours():
    crisis, ordinary = np.eye(4, dtype=np.float32)[0], np.eye(4, dtype=np.float32)[1]
    net = CrisisNet(np.vstack([crisis] * 3 + [ordinary] * 2),
                    ["abuse"] * 3 + [ORDINARY] * 2, Vote(k=3, min_crisis=3, min_cosine=0.9))
    assert net.check(crisis) == Category.ABUSE
    assert net.check(ordinary) is None
    halfway = (crisis + ordinary) / np.linalg.norm(crisis + ordinary)
    assert net.check(halfway) is None  # all three neighbours are crisis, but none is close


def _with_net(searcher: Searcher, vectors: np.ndarray, labels: list[str]) -> Searcher:
    return dataclasses.replace(searcher, crisis_net=CrisisNet(vectors, labels))

