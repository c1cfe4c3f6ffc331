"""Log lines for people (text) or for log collectors (one JSON object per line).

NIGHTLIGHT_LOG_FORMAT=json uses python-json-logger: each record becomes one JSON object with
its time, level, logger and message, plus the fields a module passed in `extra` (for each
message: route, category, safety level, latency and region; never its text or user id).
"""

from __future__ import annotations

import logging
import sys

from pythonjsonlogger.json import JsonFormatter

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"
LOG_FORMATS = ("text", "json")


def formatter(log_format: str) -> logging.Formatter:
    """The formatter for `text` or `json`; ValueError for anything else."""
    if log_format == "text":
        return logging.Formatter(TEXT_FORMAT)
    if log_format == "json":
        return JsonFormatter(
            JSON_FIELDS,
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            json_ensure_ascii=False,
        )
    raise ValueError(f"NIGHTLIGHT_LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}")


def configure(level: str, log_format: str) -> None:
    """Send every log record to stderr in `log_format`, replacing earlier handlers' formats."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler(sys.stderr))
    chosen = formatter(log_format)
    for handler in root.handlers:
        handler.setFormatter(chosen)
    # An unknown level name falls back to INFO rather than stopping the bot.
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
