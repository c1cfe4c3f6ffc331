"""`nightlight chat`: the bot in a terminal, for a machine with no Telegram token.

Every message goes through the same pipeline as in Telegram, safety first. The commands in
Telegram's menu print the same templates here, so "/topics" typed in a console is never
answered "nothing in my sources"; topics are printed as lines instead of buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.command_replies import about_html, helplines_html, sources_html
from bot.config import Settings
from bot.replies import as_plain_text, render
from bot.topics import topic_questions
from safety import helplines_for, normalise_region

if TYPE_CHECKING:
    from bot.pipeline import Pipeline

QUIT = frozenset({"/quit", "/exit"})


def chat(pipeline: Pipeline, region: str, settings: Settings) -> int:
    """Read messages from the terminal until Ctrl-D or /quit; print each reply as plain text."""
    region = normalise_region(region)
    print(as_plain_text(render("welcome", region_name=None)))
    print("\n(Type your message and press Enter. Ctrl-D or /quit to leave.)\n")
    while True:
        try:
            message = input("you › ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if message.strip().lower() in QUIT:
            return 0
        reply_html = command_reply(message, pipeline, region, settings)
        if reply_html is None:
            reply_html = pipeline.respond(message, region).html
        print("\nnightlight › " + as_plain_text(reply_html) + "\n")


def command_reply(message: str, pipeline: Pipeline, region: str,
                  settings: Settings) -> str | None:
    """The reply (HTML) to a menu command sent on its own, or None: anything else, words after
    a command included, goes through the pipeline, so safety reads it first."""
    command = message.strip().lower()
    searcher = pipeline.live_index.searcher
    if command == "/start":
        return render("welcome", region_name=None)
    if command == "/help":
        return render("help")
    if command == "/helplines":
        return helplines_html(region)
    if command == "/privacy":
        return render("privacy")
    if command == "/about":
        return about_html(settings)
    if command in ("/topics", "/sources") and searcher is None:
        return render("unavailable", helplines=helplines_for(region, None)[:3], region=region)
    if command == "/topics":
        listed = topic_questions(searcher)
        return render("topics", topics=listed) + "".join(f"\n• {t.question}" for t in listed)
    if command == "/sources":
        return sources_html(searcher)
    return None
