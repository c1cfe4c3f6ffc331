"""Which language a message is in, for choosing the reply; never part of the crisis check.

py3langid (a maintained langid.py, its model inside the wheel, 5 MB) was chosen by
bench/language_id_bench.py: on short parents' messages it kept every English line English and
flagged all 86 other-language lines, at ~40 µs a call; lingua matched it but needs
~300 MB more memory and ~10 s to load its models. The README has the table.

The crisis check never waits for this: `assess` reads every message, in any language, first.
"""

from __future__ import annotations

import copy
import threading
import unicodedata
from functools import cache

ENGLISH = "en"
# English, the two second languages of regions we serve (Spanish, French), and the languages
# families in the UK, US, Ireland, Canada and Australia most often speak at home. A message in
# any other language still comes out "not English": named as itself when the model is sure
# (SURE_OF_OTHER), else as its nearest of these.
CANDIDATES: tuple[str, ...] = (
    "en", "es", "fr", "pt", "pl", "ro", "it", "de", "nl", "tr", "ar", "ur", "hi", "bn", "pa",
    "zh", "ru", "uk", "so", "tl", "vi", "cy", "ga",
)

# One word is too little to tell ("ok", "hi", "ta" read as Polish, Vietnamese, Somali to
# every detector we measured), so a message needs two words before it can be called not
# English, and the detector must also rate English below this. bench/language_id_bench.py.
MIN_WORDS = 2
MAX_ENGLISH_SCORE = 0.15

# A language outside CANDIDATES that the full model names this surely (Thai, Korean, Hungarian,
# Amharic…) is named as itself, so no reply greets it with another language's line. Over the
# labelled other-language lines this hid 136 of 159 wrong names for languages outside the list
# and none of the right ones inside it (0.5 hid 8 right ones).
SURE_OF_OTHER = 0.8

_loading = threading.Lock()


def mostly_other_script(text: str) -> bool:
    """True when most letters are from a script other than Latin (Cyrillic, Arabic, CJK…)."""
    letters = [c for c in text if c.isalpha()]
    other = sum(1 for c in letters if not c.isascii()
                and not unicodedata.name(c, "LATIN").startswith("LATIN"))
    return bool(letters) and other * 2 > len(letters)


@cache
def _identifier():  # noqa: ANN202 - py3langid's own class
    """(CANDIDATES only, every language py3langid knows): one model loaded once, shared. The
    listed-only view decides English, fast; the full one names a message already not English."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    every = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    listed = copy.copy(every)  # set_languages only reassigns the copy's own attributes
    listed.set_languages(list(CANDIDATES))
    return listed, every


def warm_up() -> None:
    """Load the model (about 2 s: it is stored compressed) so no message waits for it."""
    with _loading:
        _identifier()


def warm_up_in_background() -> None:
    threading.Thread(target=warm_up, name="language-id-warm-up", daemon=True).start()


def language_of(text: str) -> str:
    """The ISO 639 code of the message's language, "en" unless the evidence says otherwise.

    Whether a message is English is decided among CANDIDATES alone; once it is not, a language
    outside them that the model is sure of is named as itself. `text` should be cleaned first
    (safety.normalise.clean_text)."""
    if mostly_other_script(text):
        if not any(c.isalpha() for c in text):
            return ENGLISH
        nearest = _scores(text)[0][0]
        # Another script, so not English whatever the model's nearest guess.
        return _name(text, nearest if nearest != ENGLISH else "und")
    if len(text.split()) < MIN_WORDS:
        return ENGLISH
    scores = dict(_scores(text))
    best = max(scores, key=scores.__getitem__)
    if best != ENGLISH and scores.get(ENGLISH, 0.0) < MAX_ENGLISH_SCORE:
        return _name(text, best)
    return ENGLISH


def language_if_loaded(text: str) -> str | None:
    """language_of, or None while the model is still loading: for a crisis reply, which may
    add a line in the message's language but must never wait for it."""
    if _identifier.cache_info().currsize == 0:
        return None
    return language_of(text)


def _ranked(text: str) -> list[tuple[str, float]]:
    """Every language the model knows, likeliest first."""
    with _loading:
        return _identifier()[1].rank(text)


def _scores(text: str) -> list[tuple[str, float]]:
    """CANDIDATES alone, likeliest first."""
    with _loading:
        return _identifier()[0].rank(text)


def _name(text: str, nearest: str) -> str:
    """The language of a message already judged not English: `nearest`, the likeliest listed
    one, unless the full model is sure of a language outside the list."""
    top, probability = _ranked(text)[0]
    return top if top not in CANDIDATES and probability >= SURE_OF_OTHER else nearest
