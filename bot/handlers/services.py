"""The long-lived objects handlers share, kept in `application.bot_data`."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import Application, CallbackContext

from bot.handlers.answer_memory import AnswerMemory
from bot.pipeline import Pipeline
from bot.rate_limit import UserRateLimiter
from bot.storage import Storage
from safety import normalise_region

_KEY = "nightlight"


@dataclass(frozen=True)
class Services:
    pipeline: Pipeline
    storage: Storage
    rate_limiter: UserRateLimiter
    answers: AnswerMemory
    default_region: str

    def region_for(self, user_id: int | None) -> str:
        """The user's chosen region, or the configured default."""
        stored = self.storage.region_of(user_id) if user_id is not None else None
        return normalise_region(stored or self.default_region)

    def install(self, application: Application) -> None:
        application.bot_data[_KEY] = self


def services(context: CallbackContext) -> Services:
    return context.bot_data[_KEY]
