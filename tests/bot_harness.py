"""Runs the real Nightlight PTB Application over HTTP against tests/fake_bot_api.py."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

from fake_bot_api import TOKEN, Call, FakeBotApi
from telegram.ext import Application

from bot.config import Settings
from bot.live_index import LiveIndex
from bot.pipeline import Pipeline
from bot.storage import Storage
from bot.storage_service import StorageService
from bot.telegram_app import ALLOWED_UPDATES, build_application, start_services, stop_services


class StoredData:
    """What the bot has written, read the way a maintainer would (after pending writes)."""

    def __init__(self, service: StorageService) -> None:
        self.service = service

    def __getattr__(self, name: str):
        self.service.flush()
        storage = Storage(self.service.path, verify=False)
        method = getattr(storage, name)

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            finally:
                storage.close()

        return call


@dataclass
class RunningBot:
    api: FakeBotApi
    application: Application
    service: StorageService
    live_index: LiveIndex
    settings: Settings

    @property
    def storage(self) -> StoredData:
        return StoredData(self.service)

    async def ask(self, text: str, user_id: int = 1001, **message_fields) -> Call:
        """Send `text` as a user and return the bot's next message to that chat."""
        chat_id = message_fields.get("chat_id", user_id)
        before = len(self.api.calls_to("sendMessage", chat_id))
        self.api.send_text(text, user_id=user_id, **message_fields)
        return await self.api.wait_for("sendMessage", chat_id, count=before + 1)

    async def press(self, call: Call, label: str, user_id: int = 1001) -> None:
        """Tap the button labelled `label` under the message `call` sent."""
        self.api.press_button(call.button_data(label), call.sent, user_id=user_id)


def make_settings(api: FakeBotApi, data_dir: Path, index_dir: Path, **overrides) -> Settings:
    defaults = dict(
        telegram_token=TOKEN,
        telegram_base_url=api.base_url,
        webhook_url=None,
        webhook_secret=None,
        webhook_listen="127.0.0.1",
        webhook_port=0,
        bot_username=None,
        data_dir=data_dir,
        index_dir=index_dir,
        default_region="uk",
        rate_limit_per_minute=1000,
        log_level="INFO",
    )
    return dataclasses.replace(Settings.from_env(), **{**defaults, **overrides})


@contextlib.asynccontextmanager
async def running_bot(
    data_dir: Path,
    live_index: LiveIndex,
    *,
    polling: bool = True,
    prepare_index: Callable[[], None] | None = None,
    index_check_seconds: float = 0.05,
    **settings_overrides,
) -> AsyncIterator[RunningBot]:
    """A started bot (polling unless told otherwise) talking to a fresh fake Bot API."""
    async with FakeBotApi() as api:
        settings = make_settings(api, data_dir, live_index.index_dir, **settings_overrides)
        storage = StorageService(settings.database_path)
        pipeline = Pipeline(live_index, settings.default_region)
        application = build_application(
            settings,
            pipeline,
            storage,
            prepare_index=prepare_index,
            index_check_seconds=index_check_seconds,
        )
        try:
            async with application:
                await start_services(application)
                await application.start()
                if polling:
                    await application.updater.start_polling(
                        poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES
                    )
                try:
                    yield RunningBot(api, application, storage, live_index, settings)
                finally:
                    if application.updater.running:
                        stopping = asyncio.create_task(application.updater.stop())
                        await asyncio.sleep(0)
                        api.wake_pollers()
                        await stopping
                    await application.stop()
                    await stop_services(application)
        finally:
            storage.close()
