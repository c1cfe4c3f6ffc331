"""Load and validate corpus articles: Markdown files with YAML front matter."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

REQUIRED_FIELDS = ("id", "title", "publisher", "authors", "url", "region", "reviewed")
# Lower-case ISO-style codes; "international" for sources written for everyone.
KNOWN_REGIONS = frozenset({"uk", "us", "ie", "ca", "au", "nz", "eu", "international"})
ARTICLE_SUFFIX = ".md"
_FENCE = "---"


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    publisher: str
    authors: tuple[str, ...]
    url: str | None
    region: str
    reviewed: str | None
    references: tuple[str, ...]
    body: str
    path: Path


@dataclass(frozen=True)
class ArticleMeta:
    """What a reply needs to name its source."""

    id: str
    title: str
    publisher: str
    url: str | None
    # The country the article was written for: its phone numbers and services are that
    # country's (retrieval/phone_numbers.py). "" in an index built before it was recorded.
    region: str = ""


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class CorpusError(Exception):
    """One or more articles are invalid; `problems` lists each file:line."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems)
        first = self.problems[0]
        self.path = first.path
        self.line = first.line
        super().__init__("\n".join(str(p) for p in self.problems))


def article_meta(article: Article) -> ArticleMeta:
    return ArticleMeta(article.id, article.title, article.publisher, article.url, article.region)


def load_article(path: Path | str) -> Article:
    """Parse and validate one article file; raise CorpusError naming file and line."""
    path = Path(path)
    article, problems = _parse(path)
    if problems:
        raise CorpusError(problems)
    assert article is not None
    return article


def load_corpus(folder: Path | str) -> list[Article]:
    """Load every article in `folder`, sorted by id; report all problems at once."""
    folder = Path(folder)
    files = article_files(folder)
    if not files:
        raise CorpusError([Problem(folder, 0, f"no *{ARTICLE_SUFFIX} articles found")])
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in files:
        article, found = _parse(path)
        problems.extend(found)
        if article is None:
            continue
        if article.id in seen:
            line = _key_line(path.read_text(encoding="utf-8"), "id")
            message = f"duplicate id '{article.id}' (also in {seen[article.id]})"
            problems.append(Problem(path, line, message))
            continue
        seen[article.id] = path
        articles.append(article)
    if problems:
        raise CorpusError(problems)
    return sorted(articles, key=lambda a: a.id)


def article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(f"*{ARTICLE_SUFFIX}") if p.is_file())


def _parse(path: Path) -> tuple[Article | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(path, 0, f"cannot read: {exc}")]
    lines = text.splitlines()
    if not lines or lines[0].strip() != _FENCE:
        return None, [Problem(path, 1, "missing front matter (first line must be '---')")]
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() == _FENCE), None)
    if closing is None:
        return None, [Problem(path, 1, "front matter is not closed by a '---' line")]
    front_text = "\n".join(lines[1:closing])
    try:
        front = yaml.safe_load(front_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        # +2: the YAML starts on file line 2, and marks are 0-based.
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [Problem(path, line, f"bad front matter: {reason}")]
    if not isinstance(front, dict):
        return None, [Problem(path, 2, "front matter must be a mapping of fields")]

    problems: list[Problem] = []

    def problem(key: str | None, message: str) -> None:
        line = _key_line(text, key) if key else closing + 1
        problems.append(Problem(path, line, message))

    for key in REQUIRED_FIELDS:
        if key not in front:
            problems.append(Problem(path, closing + 1, f"missing field '{key}'"))
    if problems:
        return None, problems

    article_id = front["id"]
    if not isinstance(article_id, str) or not article_id.strip():
        problem("id", "field 'id' must be a non-empty string")
    elif article_id != path.stem:
        problem("id", f"id '{article_id}' does not match file name '{path.name}'")
    for key in ("title", "publisher"):
        if not isinstance(front[key], str) or not front[key].strip():
            problem(key, f"field '{key}' must be a non-empty string")
    authors = _string_list(front["authors"])
    if authors is None:
        problem("authors", "field 'authors' must be a list of names")
    references = _string_list(front.get("references") or [])
    if references is None:
        problem("references", "field 'references' must be a list")
    url = front["url"]
    if url is not None and not (isinstance(url, str) and re.match(r"https?://\S+$", url)):
        problem("url", "field 'url' must be an http(s) URL or null")
    region = front["region"]
    if not isinstance(region, str) or region.lower() not in KNOWN_REGIONS:
        problem("region", f"unknown region {region!r} (known: {sorted(KNOWN_REGIONS)})")
    reviewed = front["reviewed"]
    if isinstance(reviewed, dt.date):
        reviewed = reviewed.isoformat()
    elif reviewed is not None and not isinstance(reviewed, str | int):
        problem("reviewed", "field 'reviewed' must be a date, text or null")
    body = "\n".join(lines[closing + 1 :]).strip("\n")
    if not re.search(r"\w", body):
        problems.append(Problem(path, closing + 1, "empty body"))
    if problems:
        return None, problems
    return (
        Article(
            id=article_id,
            title=front["title"].strip(),
            publisher=front["publisher"].strip(),
            authors=tuple(authors or ()),
            url=url,
            region=region.lower(),
            reviewed=None if reviewed is None else str(reviewed),
            references=tuple(references or ()),
            body=body,
            path=path,
        ),
        [],
    )


def _string_list(value: object) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return [v.strip() for v in value]


def _key_line(text: str, key: str) -> int:
    """1-based line of a top-level front-matter key (1 if not found)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1
