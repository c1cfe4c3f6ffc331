"""Word-level evidence: tokens normalised across UK/US spelling, light stemming, BM25,
and correction of misspellings against the corpus vocabulary."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import numpy as np
from rank_bm25 import BM25Okapi

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Texting shorthand and parents'-forum abbreviations → plain words, so that both the embedder
# and BM25 see what was meant ("ds is 3 wks" → "son is 3 weeks").
SHORTHAND = {
    "u": "you", "ur": "your", "r": "are", "y": "why", "bc": "because", "cos": "because",
    "coz": "because", "cuz": "because", "w": "with", "wo": "without", "ppl": "people",
    "abt": "about", "tho": "though", "thru": "through", "nite": "night", "tmrw": "tomorrow",
    "b4": "before", "wk": "week", "wks": "weeks", "mo": "month", "mos": "months", "mth": "month",
    "mths": "months", "yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours", "min": "minute",
    "mins": "minutes", "gonna": "going to", "wanna": "want to", "gotta": "have to",
    "dunno": "do not know", "idk": "i do not know", "pls": "please", "plz": "please",
    "lo": "little one", "dd": "daughter", "ds": "son", "dh": "partner", "dp": "partner",
    "mil": "mother in law", "hv": "health visitor", "sahm": "stay at home mum",
    "pnd": "postnatal depression", "ppd": "postpartum depression", "nicu": "neonatal unit",
    "scbu": "neonatal unit", "bub": "baby", "bubs": "baby", "bubba": "baby", "babe": "baby",
    "bby": "baby", "knackered": "exhausted", "shattered": "exhausted", "insta": "instagram",
    "preemie": "premature baby", "prem": "premature",
}

# Spelling and word variants → one canonical form, applied to both the question and the passages
# (for BM25) so that either spelling finds the other.
VARIANTS = {
    "mom": "mum", "moms": "mums", "mommy": "mum", "mummy": "mum", "mama": "mum", "momma": "mum",
    "mommies": "mums", "mummies": "mums", "mother": "mum", "mothers": "mums",
    "daddy": "dad", "father": "dad", "fathers": "dads", "papa": "dad",
    "diaper": "nappy", "diapers": "nappies", "pacifier": "dummy", "crib": "cot",
    "stroller": "pram", "pediatrician": "paediatrician", "pediatric": "paediatric",
    "postpartum": "postnatal", "prenatal": "antenatal",
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural",
    "color": "colour", "favorite": "favourite", "center": "centre", "program": "programme",
    "infants": "infant", "newborns": "newborn", "belly": "tummy",
    "husband": "partner", "boyfriend": "partner", "wife": "partner", "girlfriend": "partner",
    "spouse": "partner", "snuggle": "cuddle", "snuggles": "cuddles", "hug": "cuddle",
    "hugs": "cuddles", "hugging": "cuddling", "physician": "doctor",
}

# Words that carry no topic; kept out of BM25 and of the spelling corrector.
_STOPWORD_TEXT = """
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each few for from further had hadn't has hasn't have haven't having he he'd
he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into
is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was
wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while
who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
yourself yourselves im ive dont cant wont isnt doesnt didnt hi hey hello please thanks thank
just really get got getting also much many lot lots thing things way ways know anyone anybody
something someone normal okay ok tbh
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_SUFFIXES = ("ational", "iveness", "fulness", "ousness", "ization", "isation", "ments",
             "ment", "ness", "ings", "ing", "edly", "ies", "ied", "ed", "ly", "es", "s")


def stem(word: str) -> str:
    """A deliberately light suffix stripper; it only has to be consistent, not linguistic."""
    if len(word) <= 3 or word.isdigit():
        return word
    word = word.replace("iz", "is") if word.endswith(("ize", "izes", "ized", "izing")) else word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "i"
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "sobbing" → "sobb" → "sob"
    return word


def words(text: str) -> list[str]:
    """Lower-case word tokens with curly apostrophes straightened."""
    return _WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))


def expand_shorthand(text: str) -> list[str]:
    """Words with texting shorthand spelled out ("ur lo" → "your little one")."""
    return [part for word in words(text) for part in SHORTHAND.get(word, word).split()]


def canonical_words(text: str) -> list[str]:
    """Words with shorthand expanded and spelling variants mapped to one form ("mom" → "mum")."""
    out: list[str] = []
    for word in expand_shorthand(text):
        word = word.removesuffix("'s")
        out.extend(VARIANTS.get(word, word).split())
    return out


def terms(text: str) -> list[str]:
    """Stemmed content terms: what BM25 and lexical evidence are computed over."""
    return [stem(w) for w in canonical_words(text) if w not in STOPWORDS and len(w) > 1]


class SpellingCorrector:
    """Maps an unknown word to the most frequent corpus word one edit away (SymSpell-style).

    A word in `known_words` (a dictionary of real words) is left alone although the corpus lacks
    it: "pension" is not a slip for "tension", and correcting it would hide what was asked.
    """

    def __init__(self, corpus_words: Iterable[str], min_length: int = 5,
                 known_words: frozenset[str] = frozenset()):
        self.frequency = Counter(corpus_words)
        self.min_length = min_length
        self.known_words = known_words
        self._by_deletion: dict[str, list[str]] = {}
        for word in self.frequency:
            if len(word) >= min_length - 1:
                for variant in _deletions(word) | {word}:
                    self._by_deletion.setdefault(variant, []).append(word)

    def correct(self, word: str) -> str:
        if (word in self.frequency or word in STOPWORDS or len(word) < self.min_length
                or word in self.known_words):
            return word
        candidates: set[str] = set()
        for variant in _deletions(word) | {word}:
            candidates.update(self._by_deletion.get(variant, ()))
        candidates = {c for c in candidates if _edit_distance_at_most_one(word, c)}
        if not candidates:
            return word
        return max(candidates, key=lambda c: (self.frequency[c], c))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    """True for one insertion, deletion, substitution or adjacent transposition."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) <= 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


class LexicalIndex:
    """BM25 over passage terms, plus the vocabulary used for evidence and spelling."""

    def __init__(self, documents: list[str], known_words: frozenset[str] = frozenset()):
        """`known_words`: real words the spelling corrector leaves alone (see SpellingCorrector)."""
        tokenised = [terms(doc) for doc in documents]
        self.bm25 = BM25Okapi(tokenised)
        self.document_frequency = Counter(t for doc in tokenised for t in set(doc))
        self.documents = len(documents)
        self.speller = SpellingCorrector((w for doc in documents for w in words(doc)),
                                         known_words=known_words)

    def normalise_query(self, text: str) -> str:
        """The question as plain lower-case words: shorthand spelled out, misspellings fixed,
        and US words in the UK form the articles use ("mom" → "mum"), so the embedder sees
        one question however it is spelled."""
        corrected = (self.speller.correct(w) for w in expand_shorthand(text))
        return " ".join(VARIANTS.get(w, w) for w in corrected)

    def scores(self, query_terms: list[str]) -> np.ndarray:
        if not query_terms:
            return np.zeros(self.documents, dtype=np.float32)
        return np.asarray(self.bm25.get_scores(query_terms), dtype=np.float32)

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency; unseen terms get the maximum."""
        return float(np.log((self.documents + 1) / (self.document_frequency.get(term, 0) + 0.5)))
