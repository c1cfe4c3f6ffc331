"""Inline button taps: region choice, topics, welcome menu, Helpful / Not helpful, More, and
the check-in's two buttons (bot/handlers/check_in.py).

Every button carries what it needs in its callback data, so it works after a restart. A tap
whose data is missing, malformed or from an older index is answered (the spinner stops) with a
kind word and otherwise ignored: a button never raises.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict

from telegram import CallbackQuery, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackContext, CallbackQueryHandler

from bot.answer_pages import AnswerState, next_page, shown_passage
from bot.command_replies import helplines_html
from bot.handlers import check_in
from bot.handlers.answering import answer_text
from bot.handlers.commands import topics_reply
from bot.handlers.keyboards import (
    FEEDBACK_PREFIX,
    HELPFUL_PREFIX,
    MENU_PREFIX,
    MORE_PREFIX,
    NOT_HELPFUL_PREFIX,
    REGION_NAMES,
    REGION_PREFIX,
    TOPIC_PREFIX,
    answer_keyboard,
    region_keyboard,
    without_buttons,
)
from bot.handlers.services import services
from bot.replies import render
from bot.topics import topic_questions

EXPIRED = "Sorry, that answer is too old for this button. Please ask again."
_VOTED_KEY = "nightlight.voted"
_VOTED_REMEMBERED = 20_000


def handlers() -> list[BaseHandler]:
    return [
        # python-telegram-bot hands a tap without data to any handler with a pattern; this one
        # takes it first (its pattern refuses all data, so it sees only those).
        CallbackQueryHandler(stale_button, pattern=lambda data: False),
        *check_in.handlers(),
        CallbackQueryHandler(choose_region, pattern=f"^{REGION_PREFIX}"),
        CallbackQueryHandler(ask_topic, pattern=f"^{TOPIC_PREFIX}"),
        CallbackQueryHandler(feedback, pattern=f"^({HELPFUL_PREFIX}|{NOT_HELPFUL_PREFIX})"),
        CallbackQueryHandler(more, pattern=f"^{MORE_PREFIX}"),
        CallbackQueryHandler(menu, pattern=f"^{MENU_PREFIX}"),
        # Everything else: buttons of an older version of the bot.
        CallbackQueryHandler(stale_button),
    ]


async def choose_region(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    code = query.data.removeprefix(REGION_PREFIX)
    if code not in REGION_NAMES:
        await query.answer(EXPIRED)
        return
    services(context).storage.set_region(query.from_user.id, code)
    await query.answer(f"Helplines for {REGION_NAMES[code]}")
    await query.edit_message_text(render("region_set", region_name=REGION_NAMES[code]))


async def ask_topic(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    searcher = services(context).pipeline.live_index.searcher
    topics = topic_questions(searcher) if searcher is not None else ()
    tag, _, index = query.data.removeprefix(TOPIC_PREFIX).partition(":")
    chat = query.message.chat if query.message is not None else None
    if (chat is None or searcher is None or not index.isdigit() or int(index) >= len(topics)
            or tag != topics[int(index)].tag):
        await query.answer(EXPIRED)
        return
    await query.answer()
    # Tapping a topic asks its question, exactly as if the parent had typed it.
    await answer_text(context, chat, query.from_user.id, topics[int(index)].question)


async def feedback(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    helpful = query.data.startswith(HELPFUL_PREFIX)
    state = AnswerState.decode(query.data[len(HELPFUL_PREFIX):])
    shared = services(context)
    searcher = shared.pipeline.live_index.searcher
    passage = shown_passage(searcher, state) if searcher is not None and state else None
    if passage is None:
        await query.answer(EXPIRED)
        return
    if not _first_vote(context, query):
        await query.answer("Already noted — thank you.")
        return
    # Anonymous: only which passage and which button, never who or what they asked.
    shared.storage.record_feedback(passage.article_id, passage.position, helpful)
    await query.answer("Thank you — that helps make Nightlight better.")
    # The vote buttons go, so one answer counts once; More stays.
    await _replace_buttons(query, FEEDBACK_PREFIX)


async def more(update: Update, context: CallbackContext) -> None:
    query = update.callback_query
    state = AnswerState.decode(query.data.removeprefix(MORE_PREFIX))
    shared = services(context)
    searcher = shared.pipeline.live_index.searcher
    chat = query.message.chat if query.message is not None else None
    if state is None or searcher is None or chat is None:
        await query.answer(EXPIRED)
        return
    region = await shared.region_for(query.from_user.id)
    page = next_page(searcher, state, region)
    if page is None:
        await query.answer(EXPIRED if shown_passage(searcher, state) is None
                           else "That's everything I have on this.")
        return
    await query.answer()
    await _replace_buttons(query, MORE_PREFIX)
    await chat.send_message(page.html, reply_markup=answer_keyboard(page.state, page.has_more))


async def menu(update: Update, context: CallbackContext) -> None:
    """The welcome message's buttons: Topics, Helplines, Change region."""
    query = update.callback_query
    choice = query.data.removeprefix(MENU_PREFIX)
    chat = query.message.chat if query.message is not None else None
    shared = services(context)
    if chat is None or choice not in ("topics", "helplines", "region"):
        await query.answer(EXPIRED)
        return
    await query.answer()
    region = await shared.region_for(query.from_user.id)
    if choice == "helplines":
        await chat.send_message(helplines_html(region))
    elif choice == "region":
        await chat.send_message(
            render("region_choose", region_name=REGION_NAMES.get(region, region)),
            reply_markup=region_keyboard(region))
    else:
        html, markup = topics_reply(shared, region)
        await chat.send_message(html, reply_markup=markup)


async def stale_button(update: Update, context: CallbackContext) -> None:
    """Buttons from an older version of the bot, or with no data: answer, so the spinner stops."""
    await update.callback_query.answer(EXPIRED)


def _first_vote(context: CallbackContext, query: CallbackQuery) -> bool:
    """True the first time a message's vote buttons are tapped (a double tap races the edit
    that removes them). In memory, bounded: after a restart a second vote could count again."""
    voted: OrderedDict = context.bot_data.setdefault(_VOTED_KEY, OrderedDict())
    message = query.message
    key = (message.chat.id, message.message_id) if message is not None else query.inline_message_id
    if key in voted:
        return False
    voted[key] = True
    while len(voted) > _VOTED_REMEMBERED:
        voted.popitem(last=False)
    return True


async def _replace_buttons(query: CallbackQuery, prefix: str) -> None:
    markup = query.message.reply_markup if query.message is not None else None
    # "Message is not modified" (a double tap racing us) is harmless; so is a message too old
    # to edit.
    with contextlib.suppress(BadRequest):
        await query.edit_message_reply_markup(without_buttons(markup, prefix))
