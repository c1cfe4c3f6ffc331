"""The slash commands, as listed in Telegram's menu by `set_my_commands` at start-up."""

from __future__ import annotations

from telegram import BotCommand, Chat, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackContext, CommandHandler, MessageHandler, filters

from bot.command_replies import about_html, helplines_html, sources_html
from bot.config import Settings
from bot.deep_link import parse_start_payload
from bot.handlers.keyboards import (
    REGION_NAMES,
    region_keyboard,
    topics_keyboard,
    welcome_keyboard,
)
from bot.handlers.services import Services, services
from bot.live_index import IndexState
from bot.replies import render
from bot.topics import topic_questions
from safety import REGIONS, helplines_for

# (command, menu description), in menu order.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Say hello and see how I can help"),
    ("help", "How to use Nightlight"),
    ("helplines", "People to talk to, day and night"),
    ("region", "Choose your country for the right helplines"),
    ("topics", "Things I can help with"),
    ("sources", "The articles I answer from"),
    ("about", "What I am, and what I am not"),
    ("privacy", "What I keep about you (very little)"),
    ("forget", "Delete everything I keep about you"),
)
COMMAND_NAMES = frozenset(name for name, _ in COMMANDS)


def bot_commands() -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in COMMANDS]


def handlers() -> list[BaseHandler]:
    callbacks = {
        "start": start,
        "help": help_,
        "helplines": helplines,
        "region": region,
        "topics": topics,
        "sources": sources,
        "about": about,
        "privacy": privacy,
        "forget": forget,
    }
    # New messages only: an edited "/forget" should not forget twice.
    only_new = filters.UpdateType.MESSAGE
    return [
        *(CommandHandler(name, callback, filters=only_new) for name, callback in callbacks.items()),
        MessageHandler(only_new & filters.COMMAND, unknown_command),
    ]


async def start(update: Update, context: CallbackContext) -> None:
    shared = services(context)
    payload = parse_start_payload(context.args[0] if context.args else None)
    user = update.effective_user
    if user is not None and update.effective_chat.type == Chat.PRIVATE:
        # Remembered at once; the welcome waits at most a moment for the write itself.
        await shared.storage.settle(
            shared.storage.record_start(user.id, payload.region, payload.referrer), False
        )
    region_code = await shared.region_for(user.id if user else None)
    await update.effective_message.reply_html(
        render("welcome", region_name=REGION_NAMES.get(region_code, region_code)),
        reply_markup=welcome_keyboard(),
    )


async def help_(update: Update, context: CallbackContext) -> None:
    await update.effective_message.reply_html(render("help"))


async def helplines(update: Update, context: CallbackContext) -> None:
    region_code = await _region(update, context)
    await update.effective_message.reply_html(helplines_html(region_code))


async def region(update: Update, context: CallbackContext) -> None:
    shared = services(context)
    user = update.effective_user
    chosen = (context.args[0].lower() if context.args else "").strip()
    if user is not None and chosen in REGIONS:
        await shared.storage.settle(shared.storage.set_region(user.id, chosen), False)
        await update.effective_message.reply_html(
            render("region_set", region_name=REGION_NAMES[chosen])
        )
        return
    current = await shared.region_for(user.id if user else None)
    await update.effective_message.reply_html(
        render("region_choose", region_name=REGION_NAMES.get(current, current)),
        reply_markup=region_keyboard(current),
    )


async def topics(update: Update, context: CallbackContext) -> None:
    shared = services(context)
    html, markup = topics_reply(shared, await _region(update, context))
    await update.effective_message.reply_html(html, reply_markup=markup)


def topics_reply(shared: Services, region: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """/topics (and the welcome's Topics button): a question per subject, each a button."""
    live_index = shared.pipeline.live_index
    searcher = live_index.searcher
    if searcher is None:
        template = "loading" if live_index.state is IndexState.LOADING else "unavailable"
        return render(template, helplines=helplines_for(region, None)[:3], region=region), None
    listed = topic_questions(searcher)
    return render("topics", topics=listed), topics_keyboard(listed)


async def sources(update: Update, context: CallbackContext) -> None:
    live_index = services(context).pipeline.live_index
    searcher = live_index.searcher
    if searcher is None:
        await _not_ready(update, context, live_index.state)
        return
    await update.effective_message.reply_html(sources_html(searcher))


async def about(update: Update, context: CallbackContext) -> None:
    await update.effective_message.reply_html(about_html(Settings.from_env()))


async def privacy(update: Update, context: CallbackContext) -> None:
    await update.effective_message.reply_html(render("privacy"))


async def forget(update: Update, context: CallbackContext) -> None:
    shared = services(context)
    user = update.effective_user
    had_data = False
    if user is not None:
        # Not a reply anyone else waits for, so it may take longer than the usual moment.
        had_data = await shared.storage.settle(shared.storage.forget(user.id), True, 5.0)
        shared.rate_limiter.forget(user.id)
        context.user_data.clear()
    default = shared.default_region
    await update.effective_message.reply_html(
        render("forgot", had_data=had_data, region_name=REGION_NAMES.get(default, default))
    )


async def unknown_command(update: Update, context: CallbackContext) -> None:
    await update.effective_message.reply_html(render("unknown_command"))


async def _region(update: Update, context: CallbackContext) -> str:
    user = update.effective_user
    return await services(context).region_for(user.id if user else None)


async def _not_ready(update: Update, context: CallbackContext, state: IndexState) -> None:
    region_code = await _region(update, context)
    template = "loading" if state is IndexState.LOADING else "unavailable"
    await update.effective_message.reply_html(
        render(template, helplines=helplines_for(region_code, None)[:3], region=region_code)
    )
