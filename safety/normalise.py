"""Turns a message as people really type it into one plain form the crisis patterns can read.

Steps: Unicode NFKC and case folding; accents, zero-width characters and apostrophes dropped
("I’m" and "im" read the same); anything that is not a letter or digit becomes a space; every
run of a repeated letter becomes one letter ("sooo" → "so", "kill" → "kil"), so stretched and
doubled-letter misspellings meet the same form (a few words that folding would merge with
another, and forum shorthand like "dd", are rewritten first); then
texting slang and near-miss spellings of the words that matter are mapped to their usual
spelling. Patterns are written in ordinary
spelling and passed through `collapse_letters` once, when they are compiled.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import product
from string import ascii_lowercase

_DROPPED = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e"  # zero-width, soft hyphen
             "'\u2018\u2019\u201b\u02bc\u0060\u00b4\u2032"),  # apostrophes of every shape
    None,
)
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_REPEATED_LETTER = re.compile(r"([a-z])\1+")
# Words rewritten before letters fold, where folding would merge them with another word:
# forum shorthand ("dd" would become "d"), and "good"/"god", "odd"/"od" (overdose),
# "soon"/"son", "fell"/"feel". Patterns get the same rewrite in `keep_words_apart`.
_KEEP_APART = {"good": "gud", "odd": "strange", "soon": "shortly", "fell": "fall"}
_BEFORE_FOLDING = {
    "dd": "daughter", "ds": "son", "dh": "husband", "dp": "partner", "dw": "wife", **_KEEP_APART,
}
_BEFORE_FOLDING_WORD = re.compile(r"\b(" + "|".join(_BEFORE_FOLDING) + r")\b")
# In a pattern the word may follow "\b" or "(" or "|": any non-letter, or a regex escape.
_KEEP_APART_IN_PATTERN = re.compile(
    r"(?:(?<=\\b)|(?<![a-z]))(" + "|".join(_KEEP_APART) + r")(?![a-z])"
)
# In a pattern, a letter right after a backslash is regex syntax (\b, \s), not a letter to fold.
_REPEATED_PATTERN_LETTER = re.compile(r"(?<!\\)([a-z])\1+")

# Texting shorthand → words (keys are already in collapsed form).
_SLANG: dict[str, str] = {
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unaliving": "killing",
    "unalived": "killed",
    "wanna": "want to", "wana": "want to", "wna": "want to", "wanta": "want to",
    "wnt": "want", "wan": "want",
    "gonna": "going to", "gona": "going to", "gunna": "going to", "gna": "going to",
    "u": "you", "ur": "your", "r": "are", "n": "and", "2": "to", "b": "be",
    "pls": "please", "plz": "please", "cnt": "cant", "dnt": "dont", "wont": "wont",
    "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband",
    "mil": "mother in law", "lo": "little one",
    "bub": "baby", "bubs": "baby", "bubba": "baby", "bubby": "baby",
    "rn": "right now", "cuz": "because", "coz": "because", "cos": "because", "bc": "because",
    "od": "overdose", "oded": "overdosed", "ppl": "people", "sth": "something",
    "smth": "something", "tho": "though", "thru": "through", "nite": "night",
    "tv": "tv", "telly": "tv", "television": "tv",
    "mum": "mum", "mom": "mum", "mommy": "mum", "mummy": "mum", "mam": "mum", "mama": "mum",
}

# Words whose misspellings must not slip through: any spelling one edit away (a letter
# missing, added, changed, or two swapped) reads as the word itself. Only long words, so
# a one-letter slip cannot turn an everyday word into one of these.
_KEY_WORDS: tuple[str, ...] = (
    "myself", "himself", "herself", "suicide", "suicidal", "breathing", "breathe", "breath",
    "unconscious", "unresponsive", "seizure", "seizures", "convulsing",
    "convulsion", "paracetamol", "overdose", "overdosed", "overdosing", "strangle", "strangled",
    "strangling", "smothering", "smothered", "suffocating", "suffocate", "suffocated",
    "psychosis", "possessed", "imposter", "impostor", "messiah", "changeling", "abusive",
    "swallowed", "battery", "batteries", "tablets", "medication", "threatened",
    "threatening", "disappear", "existing", "deliberately", "purpose", "intrusive",
    "unalive", "unaliving", "violence", "poisoning", "bruises", "struggling", "vomiting",
    "drowsy", "responding", "unrousable",
)
# Real words one edit from a key word; they stay as they are.
_NEVER_REWRITE = frozenset({
    "strange", "stranger", "mothering", "mothered", "meditation", "tables", "batter",
    "purposes", "exiting", "bruised", "bruise", "cruises", "breaths", "breathed", "breathes",
    "breadth", "wreath", "possesses", "seasoning", "tablet",
})


def keep_words_apart(pattern: str) -> str:
    """Give a pattern the same before-folding rewrites as messages get ("good" → "gud")."""
    return _KEEP_APART_IN_PATTERN.sub(lambda m: _KEEP_APART[m.group(1)], pattern)


def collapse_letters(text: str) -> str:
    """Fold every run of one repeated letter to a single letter (regex syntax left alone)."""
    return _REPEATED_PATTERN_LETTER.sub(r"\1", text)


def _one_edit_spellings(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for (a, b), c in product(splits, ascii_lowercase) if b}
    inserts = {a + c + b for (a, b), c in product(splits, ascii_lowercase)}
    return deletes | swaps | changes | inserts


def _build_word_map() -> dict[str, str]:
    canonical = {collapse_letters(word) for word in _KEY_WORDS}
    protected = {collapse_letters(word) for word in _NEVER_REWRITE} | canonical
    word_map: dict[str, str] = {}
    for word in sorted(canonical):
        for spelling in _one_edit_spellings(word):
            # A slip that makes a new double letter would fold to a second edit: skip it.
            if collapse_letters(spelling) != spelling:
                continue
            if spelling not in protected and len(spelling) >= 5:
                word_map.setdefault(spelling, word)
    word_map.update({collapse_letters(k): collapse_letters(v) for k, v in _SLANG.items()})
    return word_map


_WORD_MAP = _build_word_map()


def normalise(text: str) -> str:
    """The plain form of a message: lower-case words separated by single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if not folded.isascii():
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
    folded = folded.translate(_DROPPED)
    folded = _NOT_WORD.sub(" ", folded)
    folded = _BEFORE_FOLDING_WORD.sub(lambda m: _BEFORE_FOLDING[m.group()], folded)
    folded = _REPEATED_LETTER.sub(r"\1", folded)
    return " ".join([_WORD_MAP.get(word, word) for word in folded.split()])
