"""A seeded generator of the invisible and decorated characters that copy-paste and keyboards add.

Each kind of noise changes how a message looks or what code points it holds, never the letters
a person reads: zero-width and bidi characters, soft hyphens, byte-order marks and variation
selectors inside words; combining accents and strike-through; fullwidth, mathematical and
circled letters; and Cyrillic or Greek letters that look like the Latin ones.
"""

from __future__ import annotations

import random
from collections.abc import Callable

INVISIBLE = (
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u00ad",  # soft hyphen
    "\ufeff",  # byte-order mark
    "\u2060",  # word joiner
    "\u180e",  # Mongolian vowel separator
    "\u200e", "\u200f",  # left-to-right / right-to-left marks
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # bidi embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # bidi isolates
    "\ufe0f", "\ufe0e", "\ufe00",  # variation selectors
    "\U000e0101",  # variation selector 18
    "\u034f",  # combining grapheme joiner
    "\U000e0020", "\U000e0061",  # tag characters
    "\u3164",  # Hangul filler (a blank letter)
)
COMBINING = (
    "\u0301", "\u0300", "\u0308", "\u0303", "\u0327",  # accents that compose with some letters
    "\u0336", "\u0335", "\u0338",  # strike-through and overlays
    "\u0332", "\u0333",  # underline
    "\u0307", "\u0323",  # dots
    "\u20dd", "\u20e3",  # enclosing circle, keycap (Me)
)
# Mathematical alphanumeric styles: (capital A, small a) code points.
_MATH_STYLES = (
    (0x1D400, 0x1D41A),  # bold
    (0x1D434, 0x1D44E),  # italic
    (0x1D468, 0x1D482),  # bold italic
    (0x1D5D4, 0x1D5EE),  # sans-serif bold
    (0x1D670, 0x1D68A),  # monospace
    (0x1D4D0, 0x1D4EA),  # bold script
)
_MATH_HOLES = {0x1D455: "\u210e"}  # italic small h lives in Letterlike Symbols
# Look-alikes people (and spam tools) swap in; written out here, independent of safety/.
LOOK_ALIKES: dict[str, str] = {
    "a": "аα", "c": "сϲ", "d": "ԁ", "e": "е", "h": "һ", "i": "іι", "j": "ј", "o": "оοօ",
    "p": "рρ", "s": "ѕ", "x": "х", "y": "уү", "v": "νѵ", "w": "ԝ", "q": "ԛ",
    "A": "АΑ", "B": "ВΒ", "C": "С", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "K": "КΚ", "M": "МΜ",
    "O": "ОΟ", "P": "РΡ", "T": "ТΤ", "X": "ХΧ", "Y": "ΥҮ", "S": "Ѕ", "N": "Ν", "Z": "Ζ",
}


def _insert(text: str, rng: random.Random, pool: tuple[str, ...], count: int) -> str:
    chars = list(text)
    for _ in range(count):
        chars.insert(rng.randint(0, len(chars)), rng.choice(pool))
    return "".join(chars)


def invisible(text: str, rng: random.Random) -> str:
    return _insert(text, rng, INVISIBLE, rng.randint(1, 6))


def combining(text: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    chosen = set(rng.sample(letters, min(len(letters), rng.randint(1, 6))))
    return "".join(c + (rng.choice(COMBINING) if i in chosen else "") for i, c in enumerate(text))


def strike_through(text: str, rng: random.Random) -> str:
    mark = rng.choice(("\u0336", "\u0335", "\u0332", "\u0338"))
    return "".join(c + mark if not c.isspace() else c for c in text)


def fullwidth(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def math_letters(text: str, rng: random.Random) -> str:
    capital, small = rng.choice(_MATH_STYLES)

    def styled(c: str) -> str:
        if "A" <= c <= "Z":
            point = capital + ord(c) - ord("A")
        elif "a" <= c <= "z":
            point = small + ord(c) - ord("a")
        else:
            return c
        return _MATH_HOLES.get(point, chr(point))

    return "".join(map(styled, text))


def look_alikes(text: str, rng: random.Random) -> str:
    """Swap about a third of the letters that have a look-alike."""
    return "".join(
        rng.choice(LOOK_ALIKES[c]) if c in LOOK_ALIKES and rng.random() < 0.35 else c
        for c in text
    )


def everything(text: str, rng: random.Random) -> str:
    """Each word gets its own kind of noise, then invisible characters go anywhere."""
    words = text.split(" ")
    kinds = (combining, fullwidth, math_letters, look_alikes, lambda w, r: w)
    noisy = [rng.choice(kinds)(word, rng) if word else word for word in words]
    return invisible(" ".join(noisy), rng)


KINDS: dict[str, Callable[[str, random.Random], str]] = {
    "invisible": invisible,
    "combining": combining,
    "strike_through": strike_through,
    "fullwidth": fullwidth,
    "math_letters": math_letters,
    "look_alikes": look_alikes,
    "everything": everything,
}


def noised(text: str, kind: str, seed: int) -> str:
    """`text` with one kind of noise, the same every run for the same seed."""
    return KINDS[kind](text, random.Random(f"{kind}:{seed}:{text}"))
