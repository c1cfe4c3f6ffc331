"""Phone numbers written in article text, and which country each one belongs to.

Articles are written for one country (their `region`), and the numbers in them work there: a UK
parent must not be sent to "988" unmarked, nor a US parent to NHS 111. Google's libphonenumber
(the `phonenumbers` package) does the telephony: it finds full numbers in text, knows each one's
country, and knows each country's short and emergency numbers. What is ours is only where a
short number counts: three to six digits are also years, ages and counts ("1001 days", "2022"),
so a short number is taken only where the text tells the reader to call, dial, text or ring it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import shortnumberinfo

from retrieval.articles import Article

# Our region codes → libphonenumber's (ISO 3166) where they differ.
_ISO = {"uk": "GB"}
# Regions an article may declare that name no single telephone country.
_NO_COUNTRY = frozenset({"eu", "international", ""})
# Where a phone number can be written for a parent: the regions Nightlight has helplines for.
_DIALLING_REGIONS = ("uk", "us", "ie", "ca", "au", "nz")

# Three digits, or three and three, possibly in groups ("116 123"), not part of a longer number.
_SHORT_CANDIDATE = re.compile(r"(?<![\d.,/-])\d{3}(?: \d{3})?(?!\d|[.,/-]\d|\s?%)")
# The words before a short number that make it a number to call (within a few words).
_CALLING = re.compile(r"\b(?:call|calling|dial|dialling|dialing|text|texting|ring|phone)\b", re.I)
_CALLING_WINDOW = 40  # characters before the number: "dial 988 or 911" reaches the second


@dataclass(frozen=True)
class PhoneNumber:
    """One number as written in a text, and the country it belongs to."""

    written: str
    start: int
    end: int
    region: str  # our region code, "" when the number is no known country's
    emergency: bool


def iso_region(region: str) -> str | None:
    """libphonenumber's code for one of our regions, or None for "eu"/"international"."""
    region = region.lower()
    return None if region in _NO_COUNTRY else _ISO.get(region, region.upper())


def our_region(iso: str | None) -> str:
    if not iso:
        return ""
    return next((ours for ours, theirs in _ISO.items() if theirs == iso), iso.lower())


@lru_cache(maxsize=4096)
def find_numbers(text: str, region: str) -> tuple[PhoneNumber, ...]:
    """Every phone number in `text`, read as written for a reader in `region` (the article's).

    Cached: the same passages are shown again and again."""
    if not any(ch.isdigit() for ch in text):
        return ()
    found: dict[int, PhoneNumber] = {}
    home = iso_region(region)
    # Full numbers: national forms are read as the article's country first, then the others.
    order = [home] if home else []
    order += [iso for iso in map(iso_region, _DIALLING_REGIONS) if iso and iso != home]
    for iso in order:
        for match in phonenumbers.PhoneNumberMatcher(text, iso):
            if any(match.start < n.end and n.start < match.end for n in found.values()):
                continue
            country = phonenumbers.region_code_for_number(match.number)
            found[match.start] = PhoneNumber(match.raw_string, match.start, match.end,
                                             our_region(country), False)
    for match in _SHORT_CANDIDATE.finditer(text):
        if any(match.start() < n.end and n.start < match.end() for n in found.values()):
            continue
        if not _CALLING.search(text[max(0, match.start() - _CALLING_WINDOW) : match.start()]):
            continue
        number = _short_number(match.group(), home)
        if number is not None:
            country, emergency = number
            found[match.start()] = PhoneNumber(match.group(), match.start(), match.end(),
                                               country, emergency)
    return tuple(found[start] for start in sorted(found))


def _short_number(digits: str, home: str | None) -> tuple[str, bool] | None:
    """(country, is emergency) for a short number: the article's country when it works there,
    else the one country it works in; None when it is no country's short number."""
    candidates = [home] if home else []
    candidates += [iso for iso in map(iso_region, _DIALLING_REGIONS) if iso and iso != home]
    for iso in candidates:
        parsed = phonenumbers.parse(digits, iso)
        if shortnumberinfo.is_valid_short_number_for_region(parsed, iso):
            return our_region(iso), shortnumberinfo.is_emergency_number(digits, iso)
    return None


def works_in(number: PhoneNumber, region: str, own_numbers: frozenset[str] = frozenset()) -> bool:
    """True when a parent in `region` can use `number` as the article means it.

    Its own country, one of the parent's own reviewed helplines (116 123 is Samaritans in the UK
    and Ireland), or an emergency number that is an emergency number there too (999 in Ireland).
    """
    if number.region == region:
        return True
    digits = "".join(ch for ch in number.written if ch.isdigit())
    if digits in own_numbers:
        return True
    iso = iso_region(region)
    return bool(number.emergency and iso and shortnumberinfo.is_emergency_number(digits, iso))


def foreign_numbers(text: str, article_region: str, parent_region: str,
                    own_numbers: frozenset[str] = frozenset()) -> tuple[PhoneNumber, ...]:
    """The numbers in `text` a parent in `parent_region` cannot use as written."""
    return tuple(n for n in find_numbers(text, article_region)
                 if not works_in(n, parent_region, own_numbers))


def number_notices(text: str, region: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, message) for every number in an article's body, for `nightlight corpus validate`;
    `first_line` is the file line the body starts on.

    Each is flagged so a maintainer confirms which country it is for: parents elsewhere see it
    with a note and their own line.
    """
    notices = []
    for number in find_numbers(text, region):
        country = number.region or "no known country"
        kind = "emergency number" if number.emergency else "phone number"
        message = f"{kind} {number.written!r} is for {country}"
        if number.region != region.lower():
            message += f", not the article's region {region!r}: say which country it is for"
        notices.append((first_line + text.count("\n", 0, number.start), message))
    return notices


def article_number_notices(article: Article) -> list[tuple[int, str]]:
    """number_notices for one loaded article, with line numbers of its file."""
    source = article.path.read_text(encoding="utf-8")
    body_at = source.find(article.body)
    first_line = source.count("\n", 0, body_at) + 1 if body_at >= 0 else 1
    return number_notices(article.body, article.region, first_line)
