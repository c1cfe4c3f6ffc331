"""Questions get the passages that answer them, or an honest abstention."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from retrieval.evaluation import EvalItem, evaluate, is_hit, load_eval_items
from retrieval.search import Searcher

DATA_DIR = Path(__file__).resolve().parent / "data"

# The product's quality targets (issue 2), measured on the labelled set.
TARGET_HIT_AT_1 = 0.85
TARGET_HIT_AT_3 = 0.95
TARGET_ANSWERED = 0.95
TARGET_REFUSED = 0.95
# What the current ranking reliably reaches; a drop below this is a regression.
FLOOR_HIT_AT_1 = 0.80
FLOOR_HIT_AT_3 = 0.93


@pytest.fixture(scope="module")
def report(searcher: Searcher):
    return evaluate(searcher, load_eval_items(DATA_DIR / "retrieval_eval.jsonl"))


def test_the_labelled_set_is_big_enough_to_mean_something():
    items = load_eval_items(DATA_DIR / "retrieval_eval.jsonl")
    assert sum(item.in_scope for item in items) >= 60
    assert sum(not item.in_scope for item in items) >= 30


def test_abstention_meets_the_targets(report):
    assert report.answered_rate >= TARGET_ANSWERED, report.format()
    assert report.refusal_rate >= TARGET_REFUSED, report.format()


def test_ranking_does_not_regress(report):
    assert report.hit_at_1 >= FLOOR_HIT_AT_1, report.format()
    assert report.hit_at_3 >= FLOOR_HIT_AT_3, report.format()


def test_ranking_meets_the_targets(report):
    assert report.hit_at_1 >= TARGET_HIT_AT_1, report.format()
    assert report.hit_at_3 >= TARGET_HIT_AT_3, report.format()


def test_hits_are_ranked_distinct_and_bounded(searcher):
    result = searcher.search("my baby cries all the time and i feel like a failure", k=4)
    assert result.answered
    scores = [hit.score for hit in result.hits]
    assert scores[0] == max(scores)
    for article in {hit.passage.article_id for hit in result.hits}:
        same = [hit.score for hit in result.hits if hit.passage.article_id == article]
        assert same == sorted(same, reverse=True)
    assert len(result.hits) == 4
    texts = [hit.passage.text for hit in result.hits]
    assert len(set(texts)) == len(texts)
    assert len(searcher.search("bonding", k=1).hits) == 1


def test_after_the_best_passage_another_source_comes_first_when_nearly_as_good(searcher):
    by_score = dataclasses.replace(searcher, config=dataclasses.replace(
        searcher.config, other_article_margin=0.0))
    items = [item for item in load_eval_items(DATA_DIR / "retrieval_eval.jsonl") if item.in_scope]
    changed = 0
    for item in items:
        mixed, ranked = searcher.search(item.q).hits, by_score.search(item.q).hits
        assert mixed[0] == ranked[0]
        assert ({hit.passage.article_id for hit in mixed}
                >= {hit.passage.article_id for hit in ranked[:1]})
        assert (len({hit.passage.article_id for hit in mixed})
                >= len({hit.passage.article_id for hit in ranked}))
        changed += mixed != ranked
    assert changed, "no question's hits changed: the rule did nothing on real questions"


@pytest.mark.parametrize(
    "question",
    ["what's the best pizza in Leeds", "how much formula should a 2 month old drink",
     "when is the next train to Manchester", "asdfgh qwerty"],
)
def test_questions_the_sources_do_not_cover_are_declined(searcher, question):
    result = searcher.search(question)
    assert not result.answered, result.reason


def test_a_near_miss_like_a_curated_question_is_declined_when_the_selector_says_skip(searcher):
    # The massage article never says which oil to use. Its curated questions about massage lift
    # the fused score past the confident bar (1.67 against 1.6); the bar reads the dense and
    # lexical evidence alone (1.33), so the selector's skip (0.86) stands.
    result = searcher.search("which massage oil is best for a newborns skin")
    assert not result.answered, result.reason


def test_uk_and_us_words_and_shorthand_find_the_same_passage(searcher):
    def top(question: str) -> str:
        result = searcher.search(question)
        assert result.answered, result.reason
        return result.hits[0].passage.text

    assert top("is it normal not to bond with my baby straight away as a new mom") == top(
        "is it normal not to bond with my baby straight away as a new mum")
    assert top("my ds wont stop crying, wat do i do") == top(
        "my son won't stop crying, what do I do")


@pytest.mark.parametrize(
    "question",
    ["does talking to my baby help her brain", "is it normal not to feel anything for my baby",
     "what is mind mindedness"],
)
def test_background_sentences_do_not_change_the_answer(searcher, question):
    alone = searcher.search(question)
    for rambling in (f"hey there! its 3am and im up with the baby again, cant sleep. {question}",
                     f"{question}? anyway thanks for reading, its been a really long week."):
        result = searcher.search(rambling)
        assert result.answered and alone.answered
        assert result.hits[0].passage == alone.hits[0].passage, rambling


def test_misspellings_still_find_the_answer(searcher):
    item = EvalItem(
        q="wat is mind mindednes", articles=("mind-mindedness-oxytocin",),
        must_contain=("Mind-mindedness refers to",),
    )
    result = searcher.search(item.q)
    assert result.answered
    assert any(is_hit(item, hit.passage) for hit in result.hits)


def test_sources_and_topics_are_available_for_replies(searcher):
    assert {p.article_id for p in searcher.passages} == set(searcher.articles)
    for meta in searcher.articles.values():
        assert meta.title and meta.publisher
    topics = searcher.topics()
    assert len(topics) >= 3 and all(len(topic) <= 60 for topic in topics)
    assert len(set(topics)) == len(topics)


def test_a_passage_repeated_in_two_articles_is_shown_once(tmp_path, built_index):
    import shutil

    from retrieval.embedding import DEFAULT_MODEL
    from retrieval.index import build_index

    corpus = tmp_path / "articles"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpus" / "articles", corpus)
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    repeated = (
        "Crying is one of the main ways your baby can let you know they need something. It can "
        "take time to understand your baby’s needs. Crying is your baby’s way of communicating."
    )
    (corpus / "copycat.md").write_text(
        "---\nid: copycat\ntitle: Copycat\npublisher: Someone\nauthors: []\nurl: null\n"
        f"region: uk\nreviewed: null\n---\n# Copycat\n\n## Crying\n\n{repeated}\n",
        encoding="utf-8",
    )
    build_index(corpus, index_dir, DEFAULT_MODEL)
    result = Searcher.load(index_dir).search("why is my baby crying, is it how they talk to me")
    containing = [hit for hit in result.hits if "main ways your baby can let you know" in
                  hit.passage.text]
    assert len(containing) == 1


@pytest.mark.parametrize("question", [
    "what actually makes oxytocin go up in me and the baby? is it only from breastfeeding?",
    "my c section was an emergency and really traumatic, nothing like my birth plan, and i dont "
    "feel close to my daughter. will it get better?",
    "does a routine matter for how secure my baby feels or is that just about sleep?",
])
def test_a_strong_match_is_answered_even_when_it_mentions_a_skipped_subject(searcher, question):
    result = searcher.search(question)
    assert result.answered, result.reason
