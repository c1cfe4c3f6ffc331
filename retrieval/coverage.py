"""Which content words of a question the sources never use: evidence that its subject is absent.

A question about planes, burping or passports names its subject with a word ("plane", "burp",
"passport") that occurs nowhere in the articles, while the dense scores still find a passage
that sounds alike (babies, travel, feeding). The words a parent wraps around a question in
scope — how they feel, how much, when, how bad — are everyday English the articles may not
happen to use ("useless", "numb", "anymore"); those are GENERIC_WORDS and never count. So the
list says which words cannot name a subject, not which subjects are missing, and a new article
covers its own subject just by containing its words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.lexical import STOPWORDS, SpellingCorrector, canonical_words, stem, words

# A word this long, one slip away from a corpus word and not itself a real word ("evry"), is that
# corpus word mistyped; the query normaliser only corrects words of five letters or more.
SLIP_MIN_LENGTH = 4
# A corpus word sharing this many first letters covers a question word: stems drift apart
# ("deprived" / "deprivation", "cries" / "crying") but a five-letter prefix rarely joins two
# subjects.
PREFIX_LENGTH = 5

# Words that say how a parent feels, how much, how often, when, or who — never what about.
# Feelings belong here because feelings are what the sources are about: any way of saying one is
# in scope, whether or not an article happens to use that word.
_GENERIC_TEXT = """
anything everything nothing everyone everybody nobody else elses anymore ever never always often
sometimes straight away soon later today tonight yesterday tomorrow lately recently still even
actually honestly totally really literally basically seriously constantly tiny little big small
huge bit lot loads weird strange awful terrible horrible rubbish useless hopeless silly stupid bad
worse worst fine great good nice miserable numb flat empty scared terrified guilty ashamed lonely
alone sad upset angry cross worried selfish jealous resentful overwhelmed broken lost low down
normal ok okay right wrong fault one two three four five six seven eight nine ten first second
half couple few several mine yours shes hes theyre thats whats heres theres id youre weve wasnt
werent havent hasnt hadnt wouldnt couldnt shouldnt arent say said saying tell told ask asked try
tried keep kept seem seems seemed feel felt go going gone went come came make made take took give
gave put pop let mean means want wants wanted need needs think thought wonder know knew see saw
look looked find found start started stop stopped miss missed arrive arrived break since ago while
day days week weeks month months year years hour hours minute minutes time times baby babies
newborn infant child kid kids son daughter mum mums dad dads parent parents partner family friend
friends tips tip ideas idea advice help way ways best better worth deal stuff thing things point
labour will like maybe probably
"""
GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())


@dataclass(frozen=True)
class WordCoverage:
    """A question's content words, and those of them that no source uses."""

    content: tuple[str, ...]
    unseen: tuple[str, ...]

    @property
    def unseen_share(self) -> float:
        return len(self.unseen) / len(self.content) if self.content else 0.0


class SubjectCoverage:
    """The vocabulary of the sources, asked which words of a question it lacks."""

    def __init__(self, documents: Iterable[str], known_words: frozenset[str] = frozenset()):
        """`known_words`: a dictionary of real words, which are never read as slips."""
        documents = list(documents)
        corpus_words = {word for doc in documents for word in canonical_words(doc)}
        self._speller = SpellingCorrector((w for doc in documents for w in words(doc)),
                                          min_length=SLIP_MIN_LENGTH, known_words=known_words)
        self._stems = {_stem_key(word) for word in corpus_words}
        self._prefixes = {word[:PREFIX_LENGTH] for word in corpus_words
                          if len(word) >= PREFIX_LENGTH}

    def assess(self, normalised_question: str) -> WordCoverage:
        """The question's content words (each once, in order) and the ones no source uses."""
        content = tuple(dict.fromkeys(
            word for word in canonical_words(normalised_question)
            if len(word) > 1 and not word.isdigit() and word not in STOPWORDS
            and word not in GENERIC_WORDS))
        return WordCoverage(content, tuple(w for w in content if not self._covers(w)))

    def _covers(self, word: str) -> bool:
        return (_stem_key(word) in self._stems
                or (len(word) >= PREFIX_LENGTH and word[:PREFIX_LENGTH] in self._prefixes)
                or self._speller.correct(word) != word)


def _stem_key(word: str) -> str:
    """The stem with a final y read as i, so that "cry" and "cries" ("cri") meet."""
    stemmed = stem(word)
    return stemmed[:-1] + "i" if stemmed.endswith("y") else stemmed
