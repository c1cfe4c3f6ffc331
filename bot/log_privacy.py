"""Log filters that keep what parents wrote, and the bot token, out of every log line.

Nightlight's own log lines never carry message text. The libraries' can: python-telegram-bot
logs whole updates (at DEBUG, and at CRITICAL when it cannot decode a batch), and httpx logs
request URLs, token included. These filters sit on the root handlers, so they apply at every
level, whatever NIGHTLIGHT_LOG_LEVEL is.
"""

from __future__ import annotations

import logging

# Loggers whose arguments may hold updates, request bodies or URLs.
LIBRARY_LOGGERS = ("telegram", "httpx", "httpcore", "tornado", "aiohttp", "apscheduler")
WITHHELD = "<withheld>"


class WithholdLibraryData(logging.Filter):
    """Library records keep their wording and numbers; any other argument is withheld,
    and an exception keeps only its type (its message may quote the update)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(LIBRARY_LOGGERS):
            return True
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            safe = tuple(
                arg if isinstance(arg, int | float | bool) or arg is None else WITHHELD
                for arg in args
            )
            try:
                record.msg = str(record.msg) % safe
            except (TypeError, ValueError, KeyError):
                record.msg = f"{record.msg} [arguments withheld]"
            record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} ({record.exc_info[0].__name__}; details withheld)"
            record.exc_info = None
            record.exc_text = None
        return True


class RedactToken(logging.Filter):
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


def install(handler: logging.Handler, token: str | None) -> None:
    """Put both filters on `handler`, withholding first."""
    handler.addFilter(WithholdLibraryData())
    if token:
        handler.addFilter(RedactToken(token))
