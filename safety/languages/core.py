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
    """Every phrase filed under its longest word: a message only checks the phrases whose
    longest word it contains, so an English message costs a few set look-ups."""

    def __init__(self, core: LanguageCore) -> None:
        self.language = core.language
        self._by_word: dict[str, list[tuple[str, Category]]] = {}
        for category in CRISIS_CATEGORIES:
            for phrase in sorted(set(core.expanded(category))):
                key = max(phrase.split(), key=len)
                self._by_word.setdefault(key, []).append((f" {phrase} ", category))

    def match(self, folded: str) -> Category | None:
        """The category of the longest crisis phrase in the folded message: "me amenaza con
        matarme" is abuse although "quiero matarme" alone is self-harm. Ties go to the
        earlier category (the baby in danger first)."""
        padded = f" {folded} "
        best: tuple[int, int, Category] | None = None
        for word in set(folded.split()) & self._by_word.keys():
            for phrase, category in self._by_word[word]:
                if phrase in padded:
                    rank = (len(phrase), -CRISIS_CATEGORIES.index(category), category)
                    if best is None or rank[:2] > best[:2]:
                        best = rank
        return best[2] if best else None
