"""Corpus articles are faithful to their seed texts; the labelled retrieval sets fit them."""

import json
import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "corpus" / "articles"
SEEDS = REPO.parent / "shared" / "seeds"
LABELLED_SETS = [
    REPO / "tests" / "data" / name for name in ("retrieval_eval.jsonl", "retrieval_holdout.jsonl")
]

REQUIRED_FIELDS = ("id", "title", "publisher", "authors", "url", "region", "reviewed")
REGIONS = {"uk", "us", "ie", "ca", "au"}
# Page furniture from the scraped seeds that must never become an answer passage.
FURNITURE = (
    "Read time",
    "Show References",
    "Sign up",
    "Related articles",
    "Comments",
    "Last updated",
    "Read article",
    "Find out more",
    "see here",
)

ARTICLE_PATHS = sorted(ARTICLES.glob("*.md"))


def normalise(text: str) -> str:
    """Collapse every run of whitespace (including non-breaking spaces) to one space."""
    return " ".join(text.split())


def split_article(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    front, sep, body = text[4:].partition("\n---\n")
    assert sep, f"{path.name}: front matter is not closed"
    meta = yaml.safe_load(front)
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, body


def body_blocks(body: str) -> list[str]:
    """Paragraphs, list items and headings of a body, each as one line without Markdown markers."""
    return [
        re.sub(r"^(#{1,6}|-)\s+", "", line).strip() for line in body.splitlines() if line.strip()
    ]


def article_id(path: Path) -> str:
    return path.stem


def load_labelled(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_seed_text_has_an_article():
    if not SEEDS.is_dir():
        pytest.skip(f"seed texts not found at {SEEDS}")
    missing = [
        seed.stem for seed in SEEDS.glob("*.txt") if not (ARTICLES / f"{seed.stem}.md").is_file()
    ]
    assert not missing
    assert ARTICLE_PATHS


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=article_id)
def test_front_matter_has_required_fields(path: Path):
    meta, _ = split_article(path)
    assert [f for f in REQUIRED_FIELDS if f not in meta] == []
    assert meta["id"] == path.stem
    assert isinstance(meta["title"], str) and meta["title"].strip()
    assert isinstance(meta["publisher"], str) and meta["publisher"].strip()
    assert meta["region"] in REGIONS
    assert isinstance(meta["authors"], list)
    assert meta["url"] is None or str(meta["url"]).startswith("https://")
    assert meta["reviewed"] is None or isinstance(meta["reviewed"], str)
    assert all(isinstance(ref, str) for ref in meta.get("references") or [])


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=article_id)
def test_body_starts_with_the_title_as_heading(path: Path):
    meta, body = split_article(path)
    first_line = body.lstrip("\n").splitlines()[0]
    assert first_line == f"# {meta['title']}"
    assert len([line for line in body.splitlines() if line.startswith("# ")]) == 1


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=article_id)
def test_body_text_occurs_verbatim_in_the_seed(path: Path):
    seed = SEEDS / f"{path.stem}.txt"
    if not seed.is_file():
        pytest.skip(f"seed text not found at {seed}")
    seed_text = normalise(seed.read_text(encoding="utf-8"))
    _, body = split_article(path)
    title_line, _, rest = body.lstrip("\n").partition("\n")
    assert title_line.startswith("# ")
    blocks = body_blocks(rest)
    assert blocks
    not_in_seed = [block for block in blocks if normalise(block) not in seed_text]
    assert not_in_seed == []


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=article_id)
def test_no_page_furniture_remains(path: Path):
    _, body = split_article(path)
    assert [phrase for phrase in FURNITURE if phrase.lower() in body.lower()] == []


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=article_id)
def test_no_paragraph_points_at_a_lost_link(path: Path):
    # A lead-in ending in ":" must introduce a list; otherwise its link target was lost in scraping.
    _, body = split_article(path)
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    dangling = [
        p
        for p, following in zip(paragraphs, paragraphs[1:] + [""], strict=True)
        if p.endswith(":") and not following.startswith("- ")
    ]
    assert dangling == []


@pytest.mark.parametrize("labelled", LABELLED_SETS, ids=lambda p: p.name)
def test_gold_phrases_occur_in_their_gold_articles(labelled: Path):
    bodies = {
        path.stem: [normalise(b) for b in body_blocks(split_article(path)[1])]
        for path in ARTICLE_PATHS
    }
    problems = []
    for item in load_labelled(labelled):
        gold = item.get("articles")
        if gold is None:
            assert set(item) == {"q"}, item
            continue
        assert item["must_contain"], item["q"]
        for phrase in item["must_contain"]:
            if not any(phrase in block for article in gold for block in bodies.get(article, [])):
                problems.append((item["q"], phrase))
        for article in gold:
            if not any(
                p in block for p in item["must_contain"] for block in bodies.get(article, [])
            ):
                problems.append((item["q"], f"no gold phrase in {article}"))
    assert problems == []


@pytest.mark.parametrize(
    ("labelled", "min_in", "min_out", "min_per_article"),
    [(LABELLED_SETS[0], 70, 35, 10), (LABELLED_SETS[1], 25, 15, 1)],
    ids=lambda v: v.name if isinstance(v, Path) else str(v),
)
def test_labelled_set_covers_every_article(
    labelled: Path, min_in: int, min_out: int, min_per_article: int
):
    items = load_labelled(labelled)
    in_scope = [item for item in items if "articles" in item]
    out_of_scope = [item for item in items if "articles" not in item]
    assert len(in_scope) >= min_in
    assert len(out_of_scope) >= min_out
    for path in ARTICLE_PATHS:
        assert sum(path.stem in item["articles"] for item in in_scope) >= min_per_article, path.stem


def test_labelled_sets_share_no_question():
    questions = [item["q"].lower() for path in LABELLED_SETS for item in load_labelled(path)]
    assert len(questions) == len(set(questions))
