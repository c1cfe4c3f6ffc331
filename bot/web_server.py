"""Nightlight's own small HTTP server: the Telegram webhook, /healthz and /metrics.

python-telegram-bot's built-in webhook server cannot serve other routes, so (as in PTB's
examples/customwebhookbot) an aiohttp server accepts Telegram's POSTs, checks the secret
token, and puts each update on the Application's queue. In polling mode the same server
serves only /healthz and /metrics, on a local port, when NIGHTLIGHT_HEALTH_PORT is set.

The access log is off: webhook paths and client addresses are nobody's business in a log.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from telegram import Update
from telegram.ext import Application

from bot.live_index import LiveIndex
from bot.metrics import count_skipped, health, metrics_text, watch_index

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are small; anything bigger is not from Telegram.
MAX_BODY_BYTES = 1 << 20


@dataclass(frozen=True)
class Webhook:
    """Where Telegram should post updates, and how the bot checks they came from Telegram."""

    url: str
    path: str  # the URL's path, e.g. "/telegram-hook"
    secret: str
    listen: str
    port: int
    allowed_updates: tuple[str, ...]


def _live_index(application: Application) -> LiveIndex:
    return application.bot_data["nightlight"].pipeline.live_index


def web_app(
    application: Application, webhook: Webhook | None = None
) -> web.Application:
    """/healthz and /metrics, and the webhook route when `webhook` is given."""
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    live_index = _live_index(application)
    watch_index(live_index)

    async def healthz(request: web.Request) -> web.Response:
        status, body = health(live_index, application.running)
        return web.json_response(body, status=status)

    async def metrics(request: web.Request) -> web.Response:
        body = await asyncio.to_thread(metrics_text)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    if webhook is not None:
        app.router.add_post(webhook.path, _update_receiver(application, webhook.secret))
    return app


def _update_receiver(
    application: Application, secret: str
) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not secrets.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403)
        try:
            data = await request.json(loads=json.loads)
            update = Update.de_json(data, application.bot)
        except Exception:  # noqa: BLE001 - a bad body must not reach the bot; its text stays out
            count_skipped("malformed")
            log.warning("skipped a webhook update that could not be read")
            # 200: Telegram would otherwise redeliver the same bad update again and again.
            return web.Response(status=200)
        if update is None:
            count_skipped("malformed")
            return web.Response(status=200)
        await application.update_queue.put(update)
        return web.Response(status=200)

    return receive


async def start_site(app: web.Application, listen: str, port: int) -> web.AppRunner:
    """Serve `app` on listen:port (no access log); the caller cleans the runner up."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, listen, port).start()
    return runner


def run_webhook(application: Application, webhook: Webhook) -> None:
    """Serve the webhook, /healthz and /metrics until SIGINT or SIGTERM."""
    asyncio.run(_serve_webhook(application, webhook))


async def _serve_webhook(application: Application, webhook: Webhook) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    # The same order as PTB's own run_webhook: initialize, post_init, webhook, start.
    await application.initialize()
    runner: web.AppRunner | None = None
    try:
        if application.post_init:
            await application.post_init(application)
        # Listen before registering, so Telegram's first POST finds the server up.
        runner = await start_site(web_app(application, webhook), webhook.listen, webhook.port)
        await application.bot.set_webhook(
            url=webhook.url,
            secret_token=webhook.secret,
            allowed_updates=list(webhook.allowed_updates),
        )
        await application.start()
        log.info("webhook server listening on %s:%d", webhook.listen, webhook.port)
        await stop.wait()
    finally:
        if runner is not None:
            await runner.cleanup()
        if application.running:
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


def attach_health_server(application: Application, listen: str, port: int) -> None:
    """In polling mode: serve /healthz and /metrics on `listen:port` while the bot runs."""
    started_by_ptb = application.post_init
    stopped_by_ptb = application.post_stop
    runners: list[web.AppRunner] = []

    async def post_init(app: Application) -> None:
        if started_by_ptb:
            await started_by_ptb(app)
        runners.append(await start_site(web_app(app), listen, port))
        log.info("health and metrics on %s:%d", listen, port)

    async def post_stop(app: Application) -> None:
        while runners:
            with contextlib.suppress(Exception):
                await runners.pop().cleanup()
        if stopped_by_ptb:
            await stopped_by_ptb(app)

    application.post_init = post_init
    application.post_stop = post_stop
