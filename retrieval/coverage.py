"""Which content words of a question the sources never use: evidence that its subject is absent.

A question about planes, burping or passports names its subject with a word ("plane", "burp",
"passport") that occurs nowhere in the articles, while the dense scores still find a passage
that sounds alike (babies, travel, feeding). The words a parent wraps around a question in
scope — how they feel, how much, when, how bad — are everyday English the articles may not
happen to use ("useless", "numb", "anymore"); those are GENERIC_WORDS and never count. So the
list says which words cannot name a subject, not which subjects are missing, and a new article
covers its own subject just by containing its words — in any form: "fed" is "feed", "failing" is
"failure", "unsettled" is "settle" (English stems, irregular forms, derivational endings).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer

from retrieval.lexical import STOPWORDS, SpellingCorrector, canonical_words, stem, words

# A word this long, one slip away from a corpus word and not itself a real word ("evry"), is that
# corpus word mistyped; the query normaliser only corrects words of five letters or more.
SLIP_MIN_LENGTH = 4
# A corpus word sharing this many first letters covers a question word: stems drift apart
# ("deprived" / "deprivation", "cries" / "crying") but a five-letter prefix rarely joins two
# subjects.
PREFIX_LENGTH = 5
# Two English stems one derivational suffix apart are one word in two forms: "failing" ("fail")
# and "failure" ("failur"). Any ending would not do: "wind" is not "window".
DERIVATIONAL_ENDINGS = ("ur", "ure", "ion", "at", "ation", "ment", "al", "iti", "ic", "ive",
                        "ist", "ous", "ful", "less", "ship", "hood")
STEM_MIN_LENGTH = 4
# "unsettled" is "settled" negated; what remains after the prefix must still be a word.
NEGATION_PREFIXES = ("un", "dis")
NEGATED_MIN_LENGTH = 5

# Irregular past forms and plurals no stemmer joins to the form the sources may use.
_IRREGULAR_TEXT = """
fed:feed slept:sleep ate:eat eaten:eat felt:feel went:go gone:go thought:think held:hold
kept:keep left:leave lost:lose meant:mean sat:sit spent:spend taught:teach brought:bring
bought:buy caught:catch fought:fight told:tell heard:hear made:make said:say saw:see seen:see
took:take taken:take gave:give given:give came:come knew:know known:know wrote:write
written:write broke:break broken:break woke:wake woken:wake fell:fall fallen:fall began:begin
begun:begin drank:drink drunk:drink sang:sing sung:sing ran:run got:get gotten:get found:find
stood:stand understood:understand hid:hide hidden:hide shook:shake forgot:forget
forgotten:forget grew:grow grown:grow threw:throw thrown:throw wore:wear worn:wear tore:tear
torn:tear chose:choose chosen:choose led:lead bled:bleed dealt:deal dreamt:dream learnt:learn
spoilt:spoil built:build sent:send hung:hang stuck:stick sought:seek
children:child women:woman men:man people:person better:good best:good worse:bad worst:bad
"""
IRREGULAR_FORMS = dict(pair.split(":") for pair in _IRREGULAR_TEXT.split())

# Who a message is about is never its subject, and family words come with prefixes and
# compounds ("stepmum", "grandson", "daughter-in-law" → "daughter in law").
_FAMILY_TEXT = """
mum mums dad dads parent parents son sons daughter daughters child children kid kids sister
sisters brother brothers sibling siblings aunt auntie aunty uncle niece nephew cousin cousins
nan nana nanna gran granny grandma grandpa grandad grandmother grandfather grandparent
grandparents grandchild grandchildren grandson granddaughter stepmum stepdad stepson
stepdaughter stepchild stepmother stepfather inlaw inlaws family relative relatives
"""
FAMILY_WORDS = frozenset(_FAMILY_TEXT.split())
FAMILY_PREFIXES = ("step", "grand", "great")

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
# Everyday English around a question in scope: how it is said ("narrate", "chatter"), what a
# parent calls themselves ("fraud", "robot"), how a baby shows it ("screamed", "squirms"), and
# plain adjectives and nouns ("proper", "hot", "whole", "room") that never name a subject alone.
_EVERYDAY_TEXT = """
hot warm whole proper properly list true common fast far already instead whenever somewhere
barely round apart alive sake rough kidding mess messed messing ruin ruined hurt hurts catch
chat teach happen happened happens hate hates hated tears burst whatever somehow anyway
warning minimum bare legit fad ooh oh kick loud quiet strict raise raising repeat replay replaying
scroll scrolling stare stares staring admit admitting dread dreaded dreading snap snapped
scream screamed screaming screams narrate narrates narrating chatter chattering natter fraud
failure robot zombie weirdo idiot wreck squirm squirms squirming wriggle wriggling fidget room
tree
"""
GENERIC_WORDS = frozenset(_GENERIC_TEXT.split()) | frozenset(_EVERYDAY_TEXT.split()) | FAMILY_WORDS
_ENGLISH = snowballstemmer.stemmer("english")
GENERIC_STEMS = frozenset(_ENGLISH.stemWords(sorted(GENERIC_WORDS)))  # "keeps" as "keep"


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
        self._english_stems = {_ENGLISH.stemWord(word) for word in corpus_words}
        self._prefixes = {word[:PREFIX_LENGTH] for word in corpus_words
                          if len(word) >= PREFIX_LENGTH}

    def assess(self, normalised_question: str) -> WordCoverage:
        """The question's content words (each once, in order) and the ones no source uses."""
        question_words = canonical_words(normalised_question)
        content = tuple(dict.fromkeys(
            word for i, word in enumerate(question_words)
            # Times and amounts ("3am", "10lb") are not words, let alone subjects.
            if len(word) > 1 and word.isalpha() and word not in STOPWORDS
            and word not in GENERIC_WORDS and _ENGLISH.stemWord(word) not in GENERIC_STEMS
            and not _is_family_word(word)
            and not (word in ("law", "laws") and question_words[i - 1:i] == ["in"])))
        return WordCoverage(content, tuple(w for w in content if not self._covers(w)))

    def _covers(self, word: str) -> bool:
        return any(self._covers_form(form) for form in _forms(word))

    def _covers_form(self, word: str) -> bool:
        english = _ENGLISH.stemWord(word)
        return (_stem_key(word) in self._stems
                or english in self._english_stems
                or self._derived(english)
                or (len(word) >= PREFIX_LENGTH and word[:PREFIX_LENGTH] in self._prefixes)
                or self._speller.correct(word) != word)

    def _derived(self, english_stem: str) -> bool:
        """Whether a corpus stem is this stem with, or without, a derivational ending."""
        if len(english_stem) < STEM_MIN_LENGTH:
            return False
        return any(english_stem + ending in self._english_stems
                   or (english_stem.endswith(ending)
                       and len(english_stem) - len(ending) >= STEM_MIN_LENGTH
                       and english_stem.removesuffix(ending) in self._english_stems)
                   for ending in DERIVATIONAL_ENDINGS)


def _forms(word: str) -> list[str]:
    """The word, its regular form if irregular ("fed" → "feed"), and itself un-negated."""
    forms = [word]
    if word in IRREGULAR_FORMS:
        forms.append(IRREGULAR_FORMS[word])
    forms.extend(word.removeprefix(prefix) for prefix in NEGATION_PREFIXES
                 if word.startswith(prefix) and len(word) - len(prefix) >= NEGATED_MIN_LENGTH)
    return forms


def _is_family_word(word: str) -> bool:
    """A family word, also after a family prefix: "stepmum", "grandson", "greatgrandma"."""
    return word in FAMILY_WORDS or any(
        word.startswith(prefix) and word != prefix and _is_family_word(word.removeprefix(prefix))
        for prefix in FAMILY_PREFIXES)


def _stem_key(word: str) -> str:
    """The stem with a final y read as i, so that "cry" and "cries" ("cri") meet."""
    stemmed = stem(word)
    return stemmed[:-1] + "i" if stemmed.endswith("y") else stemmed
