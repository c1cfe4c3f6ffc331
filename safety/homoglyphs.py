"""Cyrillic, Greek and Armenian letters that look like Latin ones, read as the Latin letters
when they sit in Latin text ("dіе" typed with a Cyrillic і and е reads as "die").

Which letters look alike comes from Unicode's confusables list, as shipped by the
`confusable-homoglyphs` package, not from a hand-made table. A message written in one of those
scripts is left alone, and so is any word with a letter that looks like no Latin letter, so
Russian or Greek text keeps its letters.
"""

from __future__ import annotations

import re
import unicodedata

from confusable_homoglyphs.confusables import confusables_data

_SCRIPTS = ("CYRILLIC ", "GREEK ", "ARMENIAN ")
_WORD = re.compile(r"[^\W\d_]+")


def _latin_look_alikes() -> dict[int, str]:
    table: dict[int, str] = {}
    for char, look_alikes in confusables_data.items():
        if len(char) != 1 or unicodedata.category(char) not in ("Lu", "Ll"):
            continue
        if not unicodedata.name(char, "").startswith(_SCRIPTS):
            continue
        latin = [entry["c"] for entry in look_alikes
                 if len(entry["c"]) == 1 and entry["c"].isascii() and entry["c"].isalpha()]
        if latin:
            # Unicode files capital I and small l under one shape; the capitals here (Ι, І, Ӏ)
            # are all I's, and reading "І" as "l" would turn "І want" into "l want".
            table[ord(char)] = "I" if char.isupper() and latin[0] == "l" else latin[0]
    return table


_TABLE = _latin_look_alikes()
_LOOK_ALIKES = frozenset(map(chr, _TABLE))


def _is_latin(char: str) -> bool:
    """Latin, also when dressed up: fullwidth, mathematical and circled letters count."""
    if char.isascii():
        return True
    plain = unicodedata.normalize("NFKC", char)
    return plain.isascii() or unicodedata.name(plain[:1], "").startswith("LATIN ")


def fold_look_alikes(text: str) -> str:
    """`text` with look-alike letters read as Latin in every word written only in Latin letters
    and look-alikes, when the message holds Latin letters of its own.

    Called before NFKC: some look-alikes ("ϲ", lunate sigma) change into another letter
    under NFKC and would no longer be recognised afterwards."""
    if _LOOK_ALIKES.isdisjoint(text):
        return text
    if not any(c.isalpha() and c not in _LOOK_ALIKES and _is_latin(c) for c in text):
        return text  # Russian, Greek or Armenian text: its letters are its own
    return _WORD.sub(_fold_word, text)


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    # A word with a letter that has no Latin look-alike ("привет") is in its own script.
    if all(c in _LOOK_ALIKES or _is_latin(c) for c in word):
        return word.translate(_TABLE)
    return word
