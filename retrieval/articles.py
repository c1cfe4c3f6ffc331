"""Load and validate corpus articles: Markdown files with YAML front matter.

Every problem in every file is reported at once, each with its file and line, so that a
maintainer fixes a corpus in one pass rather than one error per build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from retrieval.corpus_problems import CorpusError, Problem, repeated_keys, yaml_problem
from safety import ARTICLE_REGIONS

__all__ = ["Article", "ArticleMeta", "CorpusError", "Problem", "load_article", "load_corpus",
           "read_articles"]

REQUIRED_FIELDS = ("id", "title", "publisher", "authors", "url", "region", "reviewed")
ARTICLE_SUFFIX = ".md"
# A paragraph this long found in two articles is a copy, not a shared phrase.
DUPLICATE_MIN_CHARS = 120
_FENCE = "---"
_SECTION_HEADING = re.compile(r"^#{2,6}\s+\S")
# A review date: 2024-05-17, 2024-05 or 2024.
_REVIEW_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: `reviewed` is checked here, in words a maintainer
    follows, instead of PyYAML raising a bare ValueError on 2024-02-30."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    articles, problems, _ = read_articles(folder)
    if problems:
        raise CorpusError(problems)
    return articles


def read_articles(folder: Path | str) -> tuple[list[Article], list[Problem], set[str]]:
    """The valid articles in `folder` (sorted by id), every problem found, and the names (file
    stems) of the articles that failed, so that their questions can still be checked."""
    folder = Path(folder)
    files = article_files(folder)
    if not files:
        return [], [Problem(folder, 0, f"no *{ARTICLE_SUFFIX} articles found")], set()
    articles: list[Article] = []
    problems: list[Problem] = []
    failed: set[str] = set()
    for path in files:
        article, found = _parse(path)
        problems.extend(found)
        if article is None:
            failed.add(path.stem)
        else:
            articles.append(article)
    problems.extend(_repeated_text(files))
    return sorted(articles, key=lambda a: a.id), problems, failed


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
        # The YAML starts on file line 2.
        node = yaml.compose(front_text, Loader=_FrontMatterLoader)
        front = yaml.load(front_text, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        return None, [yaml_problem(path, exc, front_text, first_line=2)]
    if not isinstance(front, dict) or not isinstance(node, yaml.MappingNode):
        return None, [Problem(path, 2, "front matter must be 'field: value' lines")]

    problems: list[Problem] = []
    key_lines = {str(key.value): key.start_mark.line + 2 for key, _ in node.value}

    def problem(key: str | None, message: str) -> None:
        problems.append(Problem(path, key_lines.get(key or "", closing + 1), message))

    repeated_keys(node, lambda at, message: problems.append(
        Problem(path, at.start_mark.line + 2, message)))
    for key in REQUIRED_FIELDS:
        if key not in front:
            problems.append(Problem(path, closing + 1, f"missing field '{key}'"))

    article_id = front.get("id")
    if "id" in front:
        if not isinstance(article_id, str) or not article_id.strip():
            problem("id", "field 'id' must be a non-empty string")
        elif article_id != path.stem:
            problem("id", f"id '{article_id}' does not match file name '{path.name}'")
    for key in ("title", "publisher"):
        if key in front and (not isinstance(front[key], str) or not front[key].strip()):
            problem(key, f"field '{key}' must be a non-empty string")
    authors = _string_list(front.get("authors", []))
    if authors is None:
        problem("authors", "field 'authors' must be a list of names")
    references = _string_list(front.get("references") or [])
    if references is None:
        problem("references", "field 'references' must be a list")
    url = front.get("url")
    if url is not None and not (isinstance(url, str) and re.match(r"https?://\S+$", url)):
        problem("url", "field 'url' must be an http(s) URL or null")
    region = front.get("region")
    if "region" in front and (not isinstance(region, str)
                              or region.lower() not in ARTICLE_REGIONS):
        problem("region", f"unknown region {region!r} (known: {', '.join(ARTICLE_REGIONS)})")
    reviewed, review_problem = _review_date(front.get("reviewed"))
    if review_problem:
        problem("reviewed", review_problem)

    body_lines = lines[closing + 1 :]
    body = "\n".join(body_lines).strip("\n")
    if not re.search(r"\w", body):
        problems.append(Problem(path, closing + 1, "empty body"))
    elif not any(_SECTION_HEADING.match(line) for line in body_lines):
        problems.append(Problem(path, closing + 2, "no section headings: put the text under "
                                "'## ' headings (the bot offers them as topics)"))
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
            reviewed=reviewed,
            references=tuple(references or ()),
            body=body,
            path=path,
        ),
        [],
    )


def _review_date(value: object) -> tuple[str | None, str | None]:
    """(the review date as text, or the problem with it). Null means not known."""
    if value is None:
        return None, None
    text = str(value).strip()
    match = _REVIEW_DATE.match(text) if isinstance(value, str | int) else None
    if match is None:
        return None, (f"field 'reviewed' must be a date like 2024-05-17 (or 2024-05), "
                      f"not {value!r}")
    year, month, day_of_month = (int(part) if part else 1 for part in match.groups())
    try:
        day = dt.date(year, month, day_of_month)
    except ValueError:
        return None, f"field 'reviewed' is not a real date: {text}"
    if day > dt.date.today():
        return None, f"field 'reviewed' is in the future: {text}"
    return text, None


def _repeated_text(files: list[Path]) -> list[Problem]:
    """A long paragraph found in two articles: the same text twice crowds other passages out
    of the answers. Reported once per pair of files, at the later copy."""
    first_seen: dict[str, tuple[Path, int]] = {}
    problems: list[Problem] = []
    reported: set[tuple[Path, Path]] = set()
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue  # already reported by _parse
        for line, paragraph in _paragraphs(lines):
            earlier = first_seen.setdefault(paragraph, (path, line))
            if earlier[0] != path and (path, earlier[0]) not in reported:
                reported.add((path, earlier[0]))
                problems.append(Problem(path, line, f"duplicate article text: this paragraph "
                                        f"is also in {earlier[0]}:{earlier[1]}"))
    return problems


def _paragraphs(lines: list[str]) -> list[tuple[int, str]]:
    """(first line, text in lower case with spaces collapsed) of each long body paragraph."""
    fences = [n for n, line in enumerate(lines) if line.strip() == _FENCE][:2]
    start = fences[1] + 1 if len(fences) == 2 and fences[0] == 0 else 0
    found: list[tuple[int, str]] = []
    block: list[str] = []
    for number, line in enumerate([*lines[start:], ""], start=start + 1):
        if line.strip() and not line.lstrip().startswith("#"):
            block.append(line)
            continue
        text = " ".join(" ".join(block).lower().split())
        if len(text) >= DUPLICATE_MIN_CHARS:
            found.append((number - len(block), text))
        block = []
    return found


def _string_list(value: object) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return [v.strip() for v in value]
