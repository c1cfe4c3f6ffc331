"""What the safety check says about one message: a category, how serious, and which rule fired."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    BABY_EMERGENCY = "baby_emergency"
    SELF_HARM_SUICIDE = "self_harm_suicide"
    HARM_TO_BABY = "harm_to_baby"
    PSYCHOSIS = "psychosis"
    ABUSE = "abuse"
    DISTRESS = "distress"


class Severity(StrEnum):
    NONE = "none"
    DISTRESS = "distress"
    CRISIS = "crisis"
    EMERGENCY = "emergency"


CRISIS_CATEGORIES: tuple[Category, ...] = (
    Category.BABY_EMERGENCY,
    Category.SELF_HARM_SUICIDE,
    Category.HARM_TO_BABY,
    Category.PSYCHOSIS,
    Category.ABUSE,
)

# Where a life may be at risk in the next minutes the reply leads with the emergency number.
SEVERITY_BY_CATEGORY: dict[Category, Severity] = {
    Category.BABY_EMERGENCY: Severity.EMERGENCY,
    Category.SELF_HARM_SUICIDE: Severity.EMERGENCY,
    Category.HARM_TO_BABY: Severity.EMERGENCY,
    Category.PSYCHOSIS: Severity.EMERGENCY,
    Category.ABUSE: Severity.CRISIS,
    Category.DISTRESS: Severity.DISTRESS,
}


@dataclass(frozen=True)
class SafetyResult:
    """The verdict on one message; `rule` is a rule id, never any of the message's text."""

    category: Category | None
    severity: Severity
    rule: str | None

    @property
    def is_crisis(self) -> bool:
        return self.category in CRISIS_CATEGORIES


NOT_A_CONCERN = SafetyResult(category=None, severity=Severity.NONE, rule=None)
