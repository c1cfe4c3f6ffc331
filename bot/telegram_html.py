"""Article Markdown → the small HTML subset Telegram accepts (b, i, s, code, pre, a, blockquote).

markdown-it-py parses (CommonMark, raw HTML off, so "<b>" in an article stays text); this module
only maps its tokens to Telegram's tags. Telegram has no lists or headings: list items become
"• " lines and headings bold lines. Links keep their text and carry the URL behind it.
"""

from __future__ import annotations

from functools import cache
from html import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token

_INLINE_TAGS = {
    "strong_open": "<b>", "strong_close": "</b>",
    "em_open": "<i>", "em_close": "</i>",
    "s_open": "<s>", "s_close": "</s>",
}
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("strikethrough")


def markdown_to_telegram_html(markdown: str) -> str:
    """`markdown` (a passage, or part of one) as Telegram HTML, blocks a blank line apart."""
    blocks: list[str] = []
    # Per open list: its next number (None for a bullet list).
    lists: list[int | None] = []
    prefix = ""
    quoted = 0
    heading = False
    for token in _parser().parse(markdown):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(int(token.attrGet("start") or 1) if kind == "ordered_list_open" else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            number = lists[-1]
            indent = "  " * (len(lists) - 1)
            prefix = f"{indent}• " if number is None else f"{indent}{number}. "
            if number is not None:
                lists[-1] = number + 1
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "blockquote_open":
            quoted += 1
        elif kind == "blockquote_close":
            quoted -= 1
        elif kind == "inline":
            text = _inline(token.children or [])
            if heading:
                text = f"<b>{text}</b>"
            if quoted:
                text = f"<blockquote>{text}</blockquote>"
            blocks.append(prefix + text)
            prefix = ""
        elif kind in ("fence", "code_block"):
            blocks.append(f"<pre>{escape(token.content.rstrip(), quote=False)}</pre>")
    return _join(blocks)


def _join(blocks: list[str]) -> str:
    # Items of one list stay on consecutive lines; everything else is a paragraph apart.
    out = ""
    for block in blocks:
        if not out:
            out = block
        elif _is_item(block) and _is_item(out.rsplit("\n", 1)[-1]):
            out += "\n" + block
        else:
            out += "\n\n" + block
    return out


def _is_item(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith("• ") or (stripped[:1].isdigit() and ". " in stripped[:5])


def _inline(children: list[Token]) -> str:
    parts: list[str] = []
    # Per open link: whether its <a> was written (an unsafe scheme keeps only the text).
    links: list[bool] = []
    for child in children:
        kind = child.type
        if kind == "text":
            parts.append(escape(child.content, quote=False))
        elif kind in _INLINE_TAGS:
            parts.append(_INLINE_TAGS[kind])
        elif kind == "code_inline":
            parts.append(f"<code>{escape(child.content, quote=False)}</code>")
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "link_open":
            href = str(child.attrGet("href") or "")
            # Only links a phone can open safely; anything else keeps just its text.
            links.append(href.startswith(_SAFE_SCHEMES))
            if links[-1]:
                parts.append(f'<a href="{escape(href)}">')
        elif kind == "link_close":
            if links.pop():
                parts.append("</a>")
        else:  # an image's alt text, and anything newer the parser may add, as plain text
            parts.append(escape(child.content, quote=False))
    return "".join(parts)
