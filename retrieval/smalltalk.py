"""Recognises greetings, thanks and goodbyes so they get a friendly word instead of a search."""

from __future__ import annotations

import re
from enum import StrEnum


class Smalltalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"


# Whole-message patterns only: "thanks, but why won't she settle?" is a question, not smalltalk.
_FILLER = (
    r"(?:\s*(?:so|very|much|again|a lot|lots|loads|mate|nightlight|bot|x+|!+|\.+|:\)"
    r"|🙂|😊|❤️?|🙏))*"
)
_PATTERNS: dict[Smalltalk, re.Pattern[str]] = {
    Smalltalk.GREETING: re.compile(
        r"^(?:hi+|hey+|hello+|hiya|heya|yo|howdy|good (?:morning|afternoon|evening|night)"
        r"|morning|evening|hi there|hello there|hey there|are you there\??|anyone there\??)"
        + _FILLER + r"[\s!.?]*$"
    ),
    Smalltalk.THANKS: re.compile(
        r"^(?:(?:ok(?:ay)?|great|lovely|brilliant|perfect|cool)[\s,!.]*)?"
        r"(?:thanks?|thank you|thank u|thanku|thx|ty|cheers|ta|that helps|that helped"
        r"|that's helpful|thats helpful)"
        + _FILLER + r"[\s!.?]*$"
    ),
    Smalltalk.GOODBYE: re.compile(
        r"^(?:(?:ok(?:ay)?|right)[\s,!.]*)?(?:bye+|goodbye|good bye|see you|see ya|night night"
        r"|nite|gnight|going to (?:try to )?sleep now|off to bed)"
        + _FILLER + r"[\s!.?]*$"
    ),
}


def match_smalltalk(text: str) -> Smalltalk | None:
    """The kind of smalltalk a whole message is, or None when it says anything more."""
    cleaned = " ".join(text.casefold().replace("’", "'").split())
    if len(cleaned) > 60:
        return None
    for kind, pattern in _PATTERNS.items():
        if pattern.match(cleaned):
            return kind
    return None
