"""A language's crisis core as data, and how it is matched: whole folded phrases, no regex."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from safety.normalise import fold
from safety.result import CRISIS_CATEGORIES, Category

_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class LanguageCore:
    """Crisis phrases for one language, with the messages each category must and must not
    catch, kept beside them for review."""

    language: str
    phrases: dict[Category, tuple[str, ...]]
    must_match: dict[Category, tuple[str, ...]]
    must_not_match: dict[Category, tuple[str, ...]]
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def expanded(self, category: Category) -> list[str]:
        """Every folded phrase of a category, each slot replaced by each of its words."""
        out: list[str] = []
        for phrase in self.phrases.get(category, ()):
            parts = _SLOT.split(phrase)  # text, slot name, text, slot name, …, text
            texts, names = parts[::2], parts[1::2]
            for words in product(*(self.slots[name] for name in names)):
                filled = "".join(t + w for t, w in zip(texts, (*words, ""), strict=True))
                out.append(fold(filled))
        return out


class CompiledCore:
    """One word-bounded alternation per category."""

    def __init__(self, core: LanguageCore) -> None:
        self.language = core.language
        self._patterns = [
            (category, re.compile(r"\b(?:" + "|".join(
                re.escape(p) for p in sorted(set(core.expanded(category)), key=len, reverse=True)
            ) + r")\b"))
            for category in CRISIS_CATEGORIES if core.phrases.get(category)
        ]

    def match(self, folded: str) -> Category | None:
        """The category of the longest crisis phrase in the folded message: "me amenaza con
        matarme" is abuse although "matarme" alone is self-harm. Ties go to the earlier
        category (the baby in danger first)."""
        best: tuple[int, Category] | None = None
        for category, pattern in self._patterns:
            length = max((len(m.group()) for m in pattern.finditer(folded)), default=0)
            if length and (best is None or length > best[0]):
                best = (length, category)
        return best[1] if best else None
