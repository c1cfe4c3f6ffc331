"""A small valid corpus article for tests, with the changes a test wants, written to disk."""

from __future__ import annotations

from pathlib import Path

# Long enough to be checked for text repeated across articles (retrieval/articles.py).
PARAGRAPH = ("Building a relationship with your baby takes time, and that is normal. Many "
             "parents do not feel an instant bond, and it grows through everyday care.")

ARTICLE = """---
id: {id}
title: "Bonding takes time"
publisher: Test Publisher
authors: ["Dr A"]
url: null
region: uk
reviewed: 2020-01
---
# Bonding takes time

## Why bonding can take time

{paragraph}
"""


def article(article_id: str, paragraph: str = PARAGRAPH, **changes: str) -> str:
    """The article's text with each `old=new` change made; every `old` must be in it, so a
    test never checks a change that silently did nothing."""
    text = ARTICLE.format(id=article_id, paragraph=paragraph)
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    return text


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
