"""Links a health visitor hands to a family: `https://t.me/<bot>?start=<region>-<referrer>`.

The /start payload is `<region>` or `<region>-<referrer>`; anything else is ignored
gracefully (the parent still gets the welcome, just without a region or referrer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safety import REGIONS

REFERRER_PATTERN = re.compile(r"[A-Za-z0-9_]{1,32}")
_USERNAME_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")


@dataclass(frozen=True)
class StartPayload:
    """What a /start payload asked for; None where it asked for nothing valid."""

    region: str | None = None
    referrer: str | None = None


def parse_start_payload(payload: str | None) -> StartPayload:
    """Read `<region>` or `<region>-<referrer>`; a bad part is dropped, never an error."""
    payload = (payload or "").strip()
    if not payload:
        return StartPayload()
    region_part, _, referrer_part = payload.partition("-")
    region = region_part.lower() if region_part.lower() in REGIONS else None
    referrer = referrer_part if REFERRER_PATTERN.fullmatch(referrer_part) else None
    return StartPayload(region=region, referrer=referrer)


def build_payload(region: str, referrer: str | None = None) -> str:
    """The /start payload for a region and optional referrer code; ValueError when invalid."""
    region = region.strip().lower()
    if region not in REGIONS:
        raise ValueError(f"region must be one of {', '.join(REGIONS)}, not {region!r}")
    if referrer is None or referrer == "":
        return region
    if not REFERRER_PATTERN.fullmatch(referrer):
        raise ValueError(
            "referrer must be 1 to 32 characters of letters, digits and underscores "
            f"(no spaces or dashes), not {referrer!r}"
        )
    return f"{region}-{referrer}"


def build_link(username: str, region: str, referrer: str | None = None) -> str:
    """`https://t.me/<username>?start=<region>[-<referrer>]`."""
    username = username.strip().lstrip("@")
    if not _USERNAME_PATTERN.fullmatch(username):
        raise ValueError(f"{username!r} is not a Telegram bot username")
    return f"https://t.me/{username}?start={build_payload(region, referrer)}"
