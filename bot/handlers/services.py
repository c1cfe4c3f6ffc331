"""The long-lived objects handlers share, kept in `application.bot_data`."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import Application, CallbackContext

from bot.pipeline import Pipeline
from bot.rate_limit import UserRateLimiter
from bot.storage_service import REPLY_STORAGE_WAIT, StorageService
from safety import normalise_region

_KEY = "nightlight"


@dataclass(frozen=True)
class Services:
    pipeline: Pipeline
    storage: StorageService
    rate_limiter: UserRateLimiter
    default_region: str

    async def region_for(self, user_id: int | None, wait: float = REPLY_STORAGE_WAIT) -> str:
        """The user's region: from memory, else storage for at most `wait` s, else the default.

        Never raises: a broken database only ever costs the user their stored choice.
        """
        try:
            stored = await self.storage.region_of(user_id, wait)
        except Exception:  # noqa: BLE001 - a region must always be found
            stored = None
        return normalise_region(stored or self.default_region)

    def known_region(self, user_id: int | None) -> str:
        """The region without waiting at all: memory, else the default."""
        return normalise_region(self.storage.known_region(user_id) or self.default_region)

    def install(self, application: Application) -> None:
        application.bot_data[_KEY] = self


def services(context: CallbackContext) -> Services:
    return context.bot_data[_KEY]
