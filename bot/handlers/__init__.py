"""Telegram update handlers, one module per concern, wired onto an Application by `register`.

Handler groups run in order; the first group is the safety-first guard that every
message passes through (see `safety_first`), so nothing can answer before safety has.
"""

from __future__ import annotations

from telegram.ext import Application

from bot.handlers import callbacks, commands, errors, media, membership, safety_first

SAFETY_FIRST_GROUP = 0
COMMANDS_GROUP = 1


def register(application: Application) -> None:
    """Add every Nightlight handler, in the groups that keep safety first."""
    application.add_handler(safety_first.handler(), group=SAFETY_FIRST_GROUP)
    for handler in commands.handlers():
        application.add_handler(handler, group=COMMANDS_GROUP)
    for handler in callbacks.handlers():
        application.add_handler(handler, group=COMMANDS_GROUP)
    application.add_handler(media.handler(), group=COMMANDS_GROUP)
    application.add_handler(membership.handler(), group=COMMANDS_GROUP)
    application.add_error_handler(errors.on_error)
