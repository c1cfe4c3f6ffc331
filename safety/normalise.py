"""Turns a message as people really type it into one plain form the crisis patterns can read.

Steps: `clean_text` first (NFKC, so fullwidth, mathematical and circled letters are plain
letters; every invisible format character and every combining mark is removed, accents
included; Cyrillic, Greek and Armenian look-alikes inside Latin text read as the Latin letters),
so an invisible or decorated character can never hide a word. Then case folding;
apostrophes dropped ("I’m" and "im" read the same); anything that is not a letter or digit
becomes a space (`fold`, language-neutral, also used by the Spanish and French cores). Real
doubled letters are never touched ("good", "feel", "off", "kill" stay as typed), so no real word
can turn into another. Only stretched runs of three or more of one letter are folded ("sooo",
"killlll", "pleeease"), to two or to one letter, whichever makes a word the rules or everyday
English know ("gooood" → "good", "diiie" → "die", "sooo" → "so"). Then texting slang, forum
shorthand ("dd", "dh"), a dropped or doubled letter in a word the rules use ("kil", "stoped",
"diee"), a dropped g ("movin") or a z plural ("thingz"), and near-miss spellings of the
words that matter ("suiside", "myslef") are mapped to their usual spelling.
Patterns are written in ordinary spelling and compared as they are.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import product
from string import ascii_lowercase

from safety.homoglyphs import fold_look_alikes
from safety.rules import words_in_rules

# Format characters (zero-width space, joiners, soft hyphen, BOM, bidi marks, tags) and
# combining marks (accents on Latin letters, strike-through, variation selectors,
# enclosing circles) never carry a letter of their own.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Me"})
# Default-ignorable code points that Unicode files as letters (Hangul fillers): blank glyphs.
_BLANK_LETTERS = dict.fromkeys(map(ord, "\u115f\u1160\u3164\uffa0"), None)

_APOSTROPHES = dict.fromkeys(map(ord, "'\u2018\u2019\u201b\u02bc\u0060\u00b4\u2032"), None)
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_DOUBLED = re.compile(r"([a-z])\1")
_MAX_STRETCHED_RUNS = 4  # 2^4 candidate spellings at most for one word


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Everyday words spelt with a double letter. A stretched spelling keeps the double when it
# makes one of these ("gooood" is "good", never "god"), and dropping a double letter never
# maps a rule word onto them.
EVERYDAY_DOUBLED: frozenset[str] = _word_set("""
    all add added address affect afford afraid again aggressive allow allowed apply arrive
    attack attacked baby babby ball balloon bass batter battle bee been beef beer beetle bell
    belly berry better bitten bitter blood bloody boo book boot boots borrow boss bottle bottom
    call called calling carry cell check cheek cheeks cheese chubby class coffee collapse
    comma comment commit common cool cotton cuddle cuddles cuddly current daddy dinner dizzy doll
    door doors dress dropped drool eggs egg fall falling fat feed feeding feeds feel feeling feels
    fell fill filling fizzy flapping floor floppy foot food fool free freeze frozen fuss fussy
    funny giggle giggles glass good goodbye goods goose grass green greet grill grinning grass
    guess guilt gummy hall happen happened happy hello hell hill hobby hoodie hoop hopping hugged
    hugging ill innocent jelly jiggle keep kill killed killer killing kiss kisses kitten knee
    knees latter less lesson little loo look looked looking loose loss lot lots mess messy
    middle mill miss missed missing moon mood muddle need needed needs nipple
    nipples noon nappy nappies odd off offer office often pass passed pee peek pillow pills
    planned planning
    pizza poo pool poop poor potty pretty pull pulled puppy putting rabbit really redd roll
    rolled rolling room root rubbish running sadder sadly scoop screen seed seem seems seen
    see sees sell sense shall shell shopping sill silly sitting sleep sleepy sleeve sleeves
    small smell smelly snapped sniff sniffles soon soothe soothing sorry speed spill spoon
    stall steep still stopped stress stuff stuffed summer sunny supper swimming tall teeth teen
    teeny tell terrible terrified three till tissue too took tool tooth toddler tree troll
    tummy tweet umm upset wall wee week weekend weep well wheel whoop will wood wool worry
    yell yellow zoo
""")

# Dropping a double letter gives these real words: they are never rewritten.
_REAL_SINGLE_SPELLINGS = _word_set("""
    of to so no do be he we me god wed bed bet hoping hoped later super diner planing filing
    taping coma moping hating biter tiny fil pil pal cal tel sel bel al
""")

# Texting shorthand and forum abbreviations → words.
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
    "pls": "please", "plz": "please", "cnt": "cant", "dnt": "dont",
    "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband", "hubs": "husband",
    "mil": "mother in law", "lo": "little one",
    "dd": "daughter", "ds": "son", "dh": "husband", "dp": "partner", "dw": "wife",
    "bub": "baby", "bubs": "baby", "bubba": "baby", "bubby": "baby",
    "rn": "right now", "cuz": "because", "coz": "because", "cos": "because", "bc": "because",
    "od": "overdose", "oded": "overdosed", "ppl": "people", "sth": "something",
    "smth": "something", "tho": "though", "thru": "through", "nite": "night",
    "wd": "would", "cd": "could", "shd": "should",
    "telly": "tv", "television": "tv",
    "mom": "mum", "mommy": "mum", "mummy": "mum", "mam": "mum", "mama": "mum",
    "arnt": "arent", "se": "see", "thier": "their", "ther": "there",
    # Common slips in short words the one-edit map leaves alone (it only reads long words).
    "wnat": "want", "whant": "want", "agen": "again", "agin": "again", "turnd": "turned",
    "chokeing": "choking", "chocked": "choked", "choaked": "choked", "herd": "heard",
    "telin": "telling", "tellin": "telling", "husbnd": "husband", "hubsand": "husband",
    "husban": "husband", "partener": "partner", "parnter": "partner", "kil": "kill",
    "wud": "would", "cud": "could", "shud": "should", "wudnt": "wouldnt", "razer": "razor",
    "dieing": "dying", "brething": "breathing",
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
    "drowsy", "responding", "unrousable", "funeral", "bathroom", "banister", "bannister",
)
# A word English uses at least this often in pyspellchecker's English frequency list is a real
# word, not a slip: "overdoing" is not "overdosing", "wallowed" not "swallowed". The slips the
# map is for ("suicde", "siezure", "brething") are not in the list at all.
_REAL_WORD_FREQUENCY = 100


def _real_english_words() -> frozenset[str]:
    """Common English words from pyspellchecker's list (shipped with it; no model, no network).
    Without it (not installed, or its file damaged) the map is built as before: the patterns
    must load whatever happens."""
    try:
        from spellchecker import SpellChecker

        counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    except Exception:  # noqa: BLE001 - a missing or damaged list must never stop the patterns
        return frozenset()
    return frozenset(word for word, count in counts.items() if count >= _REAL_WORD_FREQUENCY)


# Real words one edit from a key word, found by hand before the frequency list was used (every
# one is in it); kept so that the map reads them the same when the list cannot be loaded.
_NEVER_REWRITE = frozenset({
    "strange", "stranger", "mothering", "mothered", "meditation", "tables", "batter",
    "purposes", "exiting", "bruised", "bruise", "cruises", "breaths", "breathed", "breathes",
    "breadth", "wreath", "possesses", "seasoning", "tablet", "existed", "exists",
})


def _one_edit_spellings(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for (a, b), c in product(splits, ascii_lowercase) if b}
    inserts = {a + c + b for (a, b), c in product(splits, ascii_lowercase)}
    return deletes | swaps | changes | inserts


def _single_letter_spellings(word: str) -> set[str]:
    """The word with one of its double letters, or all of them, written once ("kill" → "kil")."""
    spans = [m.start() for m in _DOUBLED.finditer(word)]
    variants = {word[:i] + word[i + 1:] for i in spans}
    variants.add(_DOUBLED.sub(r"\1", word))
    variants.discard(word)
    return variants


def _build_word_map(rule_words: frozenset[str]) -> dict[str, str]:
    known = rule_words | EVERYDAY_DOUBLED | _REAL_SINGLE_SPELLINGS
    word_map: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in sorted(rule_words | EVERYDAY_DOUBLED):
        for spelling in _single_letter_spellings(word):
            if spelling in known or len(spelling) < 3:
                continue
            if word_map.setdefault(spelling, word) != word:
                ambiguous.add(spelling)  # "fel" could be "feel" or "fell": leave it
    for spelling in ambiguous:
        del word_map[spelling]
    for word in sorted(rule_words):
        # A letter typed twice by a slip ("diee", "suicidde"), in words the rules use.
        for i in range(len(word) if len(word) >= 3 else 0):
            spelling = word[:i + 1] + word[i:]
            if spelling not in known and not _STRETCHED.search(spelling):
                word_map.setdefault(spelling, word)
        # Dropped g ("movin", "talkin") and z for s ("thingz"), in words the rules use.
        if word.endswith("ing") and len(word) > 5 and word[:-1] not in known:
            word_map.setdefault(word[:-1], word)
        if word.endswith("s") and len(word) > 4 and word[:-1] + "z" not in known:
            word_map.setdefault(word[:-1] + "z", word)
    protected = known | _NEVER_REWRITE
    real_words = _real_english_words()
    for word in _KEY_WORDS:
        for spelling in sorted(_one_edit_spellings(word)):
            # Another form of the word itself ("overdoses", "medications") still reads as it.
            real = spelling in real_words and not spelling.startswith(word[:-1])
            if spelling not in protected and not real and len(spelling) >= 5:
                word_map.setdefault(spelling, word)
    word_map.update(_SLANG)
    return word_map


_RULE_WORDS = words_in_rules()
_KNOWN = _RULE_WORDS | EVERYDAY_DOUBLED
_WORD_MAP = _build_word_map(_RULE_WORDS)


def _unstretch(word: str) -> str:
    """Fold runs of 3+ of one letter to two or one, preferring a spelling some rule or everyday
    word has ("gooood" → "good", "diiie" → "die"); one letter when neither is known."""
    runs = list(_STRETCHED.finditer(word))[:_MAX_STRETCHED_RUNS]
    single = _STRETCHED.sub(r"\1", word)
    for lengths in product((2, 1), repeat=len(runs)):
        parts, start = [], 0
        for run, length in zip(runs, lengths, strict=True):
            parts.append(word[start:run.start()] + run.group(1) * length)
            start = run.end()
        candidate = _STRETCHED.sub(r"\1", "".join(parts) + word[start:])
        if candidate in _KNOWN or _WORD_MAP.get(candidate, "") in _KNOWN:
            return candidate
    return single


def clean_text(text: str) -> str:
    """The message as typed, with nothing invisible or decorated left in it: what the embedding
    model and language id read. Case and punctuation are kept; accents on Latin letters go too
    ("niña" → "nina"), because an accent added by a keyboard or a strike-through generator
    cannot be told from a real one, the English model drops them anyway, and language id reads
    as well without them (bench/language_id_bench.py)."""
    if text.isascii():
        return text  # nothing to compose, nothing invisible: the common case costs nothing
    composed = unicodedata.normalize("NFKC", fold_look_alikes(text.translate(_BLANK_LETTERS)))
    kept, base_is_latin = [], True
    for c in unicodedata.normalize("NFD", composed):
        category = unicodedata.category(c)
        if category == "Cf" or (category in _INVISIBLE_CATEGORIES and base_is_latin):
            continue
        if category not in _INVISIBLE_CATEGORIES:
            base_is_latin = (c.isascii() or not c.isalpha()
                             or unicodedata.name(c, "").startswith("LATIN "))
        kept.append(c)
    # Marks of other scripts stay: "й" is a letter of its own, not "и" with an accent.
    return unicodedata.normalize("NFC", "".join(kept))


def fold(text: str) -> str:
    """Language-neutral plain form: clean, case-folded, accents and apostrophes dropped, words
    of ASCII letters and digits separated by single spaces ("¡Mi NIÑA!" → "mi nina")."""
    folded = clean_text(text).casefold()
    if not folded.isascii():  # case folding can add a mark again ("İ" → "i̇")
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
    return _NOT_WORD.sub(" ", folded.translate(_APOSTROPHES)).strip()


def normalise(text: str) -> str:
    """The plain form of a message: lower-case words separated by single spaces."""
    folded = fold(text)
    words = folded.split()
    if _STRETCHED.search(folded):
        words = [_unstretch(word) if _STRETCHED.search(word) else word for word in words]
    return " ".join([_WORD_MAP.get(word, word) for word in words])
