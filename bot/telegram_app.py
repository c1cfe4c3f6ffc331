"""The Telegram application: builds it, keeps the index fresh, runs it by polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import secrets
from pathlib import Path
from urllib.parse import urlparse

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults

from bot import log_privacy
from bot.config import Settings, bot_api_urls, set_offline_environment
from bot.handlers import register
from bot.handlers.commands import bot_commands
from bot.handlers.services import Services
from bot.index_rebuild import rebuild_if_stale
from bot.live_index import LiveIndex, PrepareIndex, limit_malloc_arenas
from bot.log_setup import configure as configure_log_output
from bot.metrics import ObservedPipeline
from bot.pipeline import Pipeline
from bot.presence import set_presence
from bot.rate_limit import UserRateLimiter
from bot.send_policy import ReplyRateLimiter
from bot.storage_service import StorageService
from bot.update_intake import UpdateIntakeRequest
from bot.web_server import Webhook, attach_health_server, run_webhook

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
RELOAD_CHECK_SECONDS = 5.0
# Long polls hold their connection for `timeout` seconds, plus this to read the answer.
GET_UPDATES_READ_TIMEOUT = 10.0

_WATCHER_KEY = "nightlight.index_watcher"
_PREPARE_KEY = "nightlight.prepare_index"
_INTERVAL_KEY = "nightlight.index_check_seconds"


def build_application(
    settings: Settings,
    pipeline: Pipeline,
    storage: StorageService,
    *,
    prepare_index: PrepareIndex | None = None,
    flood_limits: bool = True,
    index_check_seconds: float = RELOAD_CHECK_SECONDS,
) -> Application:
    """A ready-to-start Application; `start_services` runs as its post_init.

    `prepare_index` (e.g. "rebuild the index if stale") runs after the bot has connected,
    before the index is first loaded: awaited if async, else on a worker thread.
    """
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    base_url, base_file_url = bot_api_urls(settings.telegram_base_url)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                allow_sending_without_reply=True,
            )
        )
        # One slow chat must never hold up the others.
        .concurrent_updates(True)
        .connection_pool_size(64)
        # Decodes each update on its own: one the library cannot read is skipped, not fatal.
        .get_updates_request(UpdateIntakeRequest(read_timeout=GET_UPDATES_READ_TIMEOUT))
        # Flood limits (unless turned off) and the retry policy of bot/send_policy.py.
        .rate_limiter(ReplyRateLimiter(flood_limits=flood_limits))
        .post_init(start_services)
        .post_stop(stop_services)
    )
    application = builder.build()
    Services(
        pipeline=pipeline,
        storage=storage,
        rate_limiter=UserRateLimiter(settings.rate_limit_per_minute),
        default_region=settings.default_region,
    ).install(application)
    application.bot_data[_PREPARE_KEY] = prepare_index
    application.bot_data[_INTERVAL_KEY] = index_check_seconds
    register(application)
    return application


async def start_services(application: Application) -> None:
    """After connecting: menu commands, then the index loads in the background.

    Updates are accepted meanwhile: crises are answered by the safety layer and other
    questions get a kind "one moment" until the index is ready.
    """
    try:
        await application.bot.set_my_commands(bot_commands())
    except TelegramError as error:
        # The menu is a convenience: a server that refuses it must not stop the bot answering.
        log.warning("could not set the command menu: %s", type(error).__name__)
    services: Services = application.bot_data["nightlight"]
    await set_presence(application.bot, services.default_region)
    watcher = asyncio.create_task(
        _keep_index_fresh(
            services,
            application.bot_data.get(_PREPARE_KEY),
            application.bot_data.get(_INTERVAL_KEY, RELOAD_CHECK_SECONDS),
        ),
        name="nightlight-index-watcher",
    )
    application.bot_data[_WATCHER_KEY] = watcher


async def stop_services(application: Application) -> None:
    watcher = application.bot_data.pop(_WATCHER_KEY, None)
    if watcher is not None:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher


async def _keep_index_fresh(
    services: Services,
    prepare_index: PrepareIndex | None,
    interval: float = RELOAD_CHECK_SECONDS,
) -> None:
    """Load the index once, then swap in each new build that appears on disk."""
    live_index = services.pipeline.live_index
    # A build on disk that must not be served (stale, or it failed to load): wait for the next.
    refused: str | None = None
    if live_index.searcher is None:
        refused = await live_index.first_load(prepare_index)
    while True:
        await asyncio.sleep(interval)
        services.rate_limiter.prune()
        try:
            if not await asyncio.to_thread(live_index.changed_on_disk):
                continue
            manifest = await asyncio.to_thread(_read_manifest, live_index.index_dir)
            if manifest == refused:
                continue  # this build was already refused; wait for the next one
            if await asyncio.to_thread(live_index.load):
                refused = None
            else:
                refused = manifest
                log.error("new index refused; still serving the previous one")
        except Exception:  # noqa: BLE001 - a watcher crash must not stop future reloads
            log.exception("index reload check failed")


def _read_manifest(index_dir: Path) -> str | None:
    try:
        return (index_dir / "manifest.json").read_text(encoding="utf-8")
    except OSError:
        return None


def configure_logging(settings: Settings) -> None:
    """Logs without message text or the token (bot/log_privacy.py), as text or JSON lines."""
    configure_log_output(settings.log_level, settings.log_format)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # With max_retries=0 it logs every 429 as an error; bot/send_policy.py logs its retries.
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.CRITICAL)
    for handler in logging.getLogger().handlers:
        log_privacy.install(handler, settings.telegram_token)


def run_bot(settings: Settings) -> None:
    """Run the Telegram bot until interrupted: long polling, or a webhook if WEBHOOK_URL is set."""
    set_offline_environment()
    limit_malloc_arenas()  # before any worker thread: keeps memory flat across index reloads
    configure_logging(settings)
    # Never raises: a database that cannot be opened means a logged no-storage mode.
    storage = StorageService(settings.database_path)
    live_index = LiveIndex(settings.index_dir)
    pipeline = ObservedPipeline(live_index, settings.default_region)
    application = build_application(
        settings, pipeline, storage, prepare_index=functools.partial(rebuild_if_stale, settings)
    )
    try:
        _serve(application, settings)
    except InvalidToken:
        # PTB's message quotes the token; say what is wrong without it.
        log.error("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather")
        raise SystemExit(1) from None
    except Exception:
        log.exception("the bot stopped")  # through the redacting filter, unlike a bare traceback
        raise SystemExit(1) from None
    finally:
        storage.close()


def _serve(application: Application, settings: Settings) -> None:
    """Block serving updates until interrupted."""
    if not settings.webhook_url:
        if settings.health_port:
            attach_health_server(application, settings.health_listen, settings.health_port)
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
        return
    # Our own server (bot/web_server.py): PTB's has no room for /healthz and /metrics.
    run_webhook(
        application,
        Webhook(
            url=settings.webhook_url,
            path="/" + urlparse(settings.webhook_url).path.lstrip("/"),
            # Always check a secret: without one, anyone who finds the URL could post updates.
            secret=settings.webhook_secret or secrets.token_urlsafe(32),
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            allowed_updates=tuple(ALLOWED_UPDATES),
        ),
    )
