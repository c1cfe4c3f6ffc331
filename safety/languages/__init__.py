"""Crisis words in the second languages of regions we serve, and the language of a message.

    from safety.languages import assess_other_languages, crisis_language
    result = assess_other_languages(text)   # Spanish and French crisis cores, no model
    crisis_language(result.rule)            # "es", "fr" or None, for one line in that language

The cores run on every message, whatever its language, from `safety.assess`: a Spanish crisis
is caught even when the message is too short or too mixed to tell its language. Which language
a message is in (`safety.languages.detect`) only chooses the reply, after the crisis check.
"""

from __future__ import annotations

from safety.languages.core import CompiledCore, LanguageCore
from safety.languages.french import FRENCH
from safety.languages.spanish import SPANISH
from safety.normalise import fold
from safety.result import NOT_A_CONCERN, SEVERITY_BY_CATEGORY, SafetyResult

CORES: tuple[LanguageCore, ...] = (SPANISH, FRENCH)
_COMPILED = tuple(CompiledCore(core) for core in CORES)


def assess_other_languages(text: str) -> SafetyResult:
    """A crisis category when a Spanish or French crisis phrase is in the message."""
    folded = fold(text or "")
    if not folded:
        return NOT_A_CONCERN
    for core in _COMPILED:
        category = core.match(folded)
        if category is not None:
            return SafetyResult(category, SEVERITY_BY_CATEGORY[category],
                                f"{core.language}_{category.value}")
    return NOT_A_CONCERN


def crisis_language(rule: str | None) -> str | None:
    """The language whose core caught a crisis ("es", "fr"), from the verdict's rule id."""
    prefix = (rule or "").split("_", 1)[0]
    return prefix if any(core.language == prefix for core in CORES) else None


__all__ = ["CORES", "assess_other_languages", "crisis_language"]
