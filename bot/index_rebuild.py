"""Rebuild a stale or missing index at start-up, in a child process the bot can stop at once.

The build runs in a child: the libraries that build it (torch, sentence-transformers) would
otherwise stay in the bot's memory for good (~1 GB). It is awaited, not waited for on a thread:
when the bot is told to stop (SIGTERM from Docker or systemd, which kill after 10 s) the await
is cancelled, the child is terminated and the bot exits within seconds. A killed build never
touches the serving index (retrieval/index.py publishes atomically).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys

from bot.config import Settings

log = logging.getLogger(__name__)

# How long a terminated child may take to exit before it is killed.
STOP_GRACE_SECONDS = 2.0
# How many of the child's last lines of errors the bot's log repeats (no message text: they
# name corpus files, lines and problems).
REPORTED_LINES = 6


class BuildFailedError(Exception):
    """The child build failed or was refused; the message holds the end of what it printed."""


async def rebuild_if_stale(settings: Settings) -> None:
    """Build the index in a child process when it is missing, stale or damaged (if allowed)."""
    from retrieval.index import IndexNotReadyError, index_status

    status = await asyncio.to_thread(index_status, settings.articles_dir, settings.index_dir,
                                     settings.model, settings.crisis_examples)
    if status == "fresh":
        return
    if not settings.auto_rebuild and status != "damaged":
        raise IndexNotReadyError(
            f"the index in {settings.index_dir} is {status}; run `nightlight corpus build`"
        )
    if not settings.auto_rebuild:
        raise BuildFailedError("the index is damaged and rebuilding is off")
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "corpus", "build", "--if-stale",
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE, env=_child_environment(settings),
    )
    log.info("the index is %s: rebuilding it in a child process (pid %d)", status, child.pid)
    try:
        _, errors = await child.communicate()
    except asyncio.CancelledError:
        await _stop(child)
        raise
    if child.returncode != 0:
        lines = [line for line in errors.decode("utf-8", "replace").splitlines() if line.strip()]
        raise BuildFailedError("; ".join(lines[-REPORTED_LINES:]) or
                               f"the build exited with status {child.returncode}")
    log.info("index rebuilt")


def _child_environment(settings: Settings) -> dict[str, str]:
    """The bot's environment, with the settings it runs on (which a caller may have changed
    from the environment's) spelled out for the child's Settings.from_env()."""
    return {
        **os.environ,
        "NIGHTLIGHT_CORPUS_DIR": str(settings.corpus_dir),
        "NIGHTLIGHT_INDEX_DIR": str(settings.index_dir),
        "NIGHTLIGHT_MODEL": settings.model,
        "NIGHTLIGHT_CRISIS_NET": "1" if settings.crisis_net else "0",
    }


async def _stop(child: asyncio.subprocess.Process) -> None:
    """Terminate the build, then kill it if it lingers; never wait longer than the grace."""
    if child.returncode is not None:
        return
    log.warning("stopping the index build (pid %d): the bot is shutting down", child.pid)
    with contextlib.suppress(ProcessLookupError):
        child.terminate()
    try:
        await asyncio.wait_for(child.wait(), STOP_GRACE_SECONDS)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            child.kill()
        await child.wait()
