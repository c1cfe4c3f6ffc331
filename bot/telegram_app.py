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
from telegram.error import (
    BadRequest,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot.config import Settings, bot_api_urls, set_offline_environment
from bot.handlers import register
from bot.handlers.answer_memory import AnswerMemory
from bot.handlers.commands import bot_commands
from bot.handlers.services import Services
from bot.index_rebuild import rebuild_if_stale
from bot.live_index import LiveIndex, PrepareIndex, limit_malloc_arenas
from bot.pipeline import Pipeline
from bot.rate_limit import UserRateLimiter
from bot.storage import Storage

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
RELOAD_CHECK_SECONDS = 5.0
SEND_RETRIES = 3

_WATCHER_KEY = "nightlight.index_watcher"
_PREPARE_KEY = "nightlight.prepare_index"
_INTERVAL_KEY = "nightlight.index_check_seconds"


class RetryingRateLimiter(AIORateLimiter):
    """Telegram's flood limits (AIORateLimiter, which retries RetryAfter), plus retries on
    timeouts and network errors, so a blip never swallows a reply to a parent.

    Chat actions skip the flood limiter: "typing…" is not a message, and queueing it
    behind real replies would only delay them.
    """

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        for attempt in range(SEND_RETRIES + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except (RetryAfter, BadRequest):
                # RetryAfter: AIORateLimiter already waited and retried as Telegram asked.
                # BadRequest (a NetworkError subclass in PTB) will fail the same way again.
                raise
            except (TimedOut, NetworkError) as error:
                if attempt == SEND_RETRIES:
                    raise
                delay = 0.5 * 2**attempt
                log.warning("%s failed (%s); retry in %.1fs", endpoint, type(error).__name__, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")


def build_application(
    settings: Settings,
    pipeline: Pipeline,
    storage: Storage,
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
        .post_init(start_services)
        .post_stop(stop_services)
    )
    if flood_limits:
        builder = builder.rate_limiter(RetryingRateLimiter(max_retries=SEND_RETRIES))
    application = builder.build()
    Services(
        pipeline=pipeline,
        storage=storage,
        rate_limiter=UserRateLimiter(settings.rate_limit_per_minute),
        answers=AnswerMemory(),
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


class _RedactToken(logging.Filter):
    """Replaces the bot token wherever it would appear in a log line."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            # Tracebacks are formatted later by the handler; fold them in now so the
            # redaction below covers them too.
            message = f"{message}\n{logging.Formatter().formatException(record.exc_info)}"
            record.exc_info = None
            record.exc_text = None
        record.msg = message.replace(self.token, "<token>")
        record.args = None
        return True


def configure_logging(settings: Settings) -> None:
    """Quiet, token-free logs: httpx logs each request URL (token included) at INFO."""
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if settings.telegram_token:
        redact = _RedactToken(settings.telegram_token)
        for handler in logging.getLogger().handlers:
            handler.addFilter(redact)


def run_bot(settings: Settings) -> None:
    """Run the Telegram bot until interrupted: long polling, or a webhook if WEBHOOK_URL is set."""
    set_offline_environment()
    limit_malloc_arenas()  # before any worker thread: keeps memory flat across index reloads
    configure_logging(settings)
    storage = Storage(settings.database_path)
    live_index = LiveIndex(settings.index_dir)
    pipeline = Pipeline(live_index, settings.default_region)
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
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
        return
    # Always check a secret: without one, anyone who finds the URL could post updates.
    secret = settings.webhook_secret or secrets.token_urlsafe(32)
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=urlparse(settings.webhook_url).path.lstrip("/"),
        webhook_url=settings.webhook_url,
        secret_token=secret,
        allowed_updates=ALLOWED_UPDATES,
    )
