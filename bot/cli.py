"""`nightlight` command line: ask, chat, corpus maintenance, helplines, run, stats, link."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import io
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from bot.config import Settings, set_offline_environment
from bot.log_setup import configure as configure_log_output
from safety import REGIONS

set_offline_environment()  # before any ML library can be imported

log = logging.getLogger("nightlight")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    try:
        # Before any library logs (faiss does, on import), so every line has the same format.
        configure_log_output(
            settings.log_level if args.command == "run" else "WARNING", settings.log_format
        )
    except ValueError as error:
        print(f"nightlight: {error}", file=sys.stderr)
        return 2
    return args.handler(args, settings)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nightlight", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="answer one question (or one per stdin line)")
    ask.add_argument("question", nargs="?", help="the message; omit to read one per line")
    ask.add_argument("--json", action="store_true", help="print one JSON object per message")
    ask.add_argument("--region", default=None, help=", ".join(REGIONS))
    ask.set_defaults(handler=_ask)

    chat = commands.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--region", default=None)
    chat.set_defaults(handler=_chat)

    corpus = commands.add_parser("corpus", help="validate, build or evaluate the corpus")
    corpus_commands = corpus.add_subparsers(dest="corpus_command", required=True)
    validate = corpus_commands.add_parser("validate", help="check every article")
    validate.set_defaults(handler=_corpus_validate)
    build = corpus_commands.add_parser("build", help="rebuild the search index")
    build.add_argument("--if-stale", action="store_true", help="only when missing or stale")
    build.set_defaults(handler=_corpus_build)
    evaluate = corpus_commands.add_parser("eval", help="score retrieval on a labelled JSONL file")
    evaluate.add_argument("file", type=Path)
    evaluate.set_defaults(handler=_corpus_eval)

    helplines = commands.add_parser("helplines", help="print a region's helplines")
    helplines.add_argument("--region", default=None)
    helplines.set_defaults(handler=_helplines)

    run = commands.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    run.set_defaults(handler=_run)

    stats = commands.add_parser("stats", help="feedback and referrer counts")
    stats.add_argument("--by", choices=["ref"], default=None,
                       help="ref: starts and active users per referrer, per ISO week")
    stats.add_argument("--since", type=_iso_date, default=None,
                       help="first day to include (YYYY-MM-DD), with --by ref")
    stats.set_defaults(handler=_stats)

    link = commands.add_parser("link", help="a deep link (and QR code) for health visitors")
    link.add_argument("--region", required=True)
    link.add_argument("--ref", default=None, help="referrer code, up to 32 of A-Z a-z 0-9 _")
    link.add_argument("--qr", type=Path, default=None,
                      help="write a captioned QR code here (.svg or .png)")
    link.add_argument("--poster", type=Path, default=None,
                      help="write a printable A5 poster (PDF) here")
    link.add_argument("--username", default=None, help="bot username (else asked from Telegram)")
    link.set_defaults(handler=_link)
    return parser


# --- answering ------------------------------------------------------------------------------


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.pipeline import Pipeline
    from bot.replies import as_plain_text

    pipeline = Pipeline(_open_index(settings), settings.default_region)
    # Always valid UTF-8 out, whatever bytes came in: invalid input bytes become U+FFFD.
    sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    messages: Iterable[str]
    if args.question is not None:
        messages = [_valid_text(args.question)]
    else:
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        messages = (line.rstrip("\r\n") for line in stdin)
    for message in messages:
        reply = pipeline.respond(message, args.region)
        if args.json:
            print(json.dumps(reply.as_json(), ensure_ascii=False), flush=True)
        else:
            print(as_plain_text(reply.html), flush=True)
    return 0


def _valid_text(argument: str) -> str:
    """argv holds undecodable bytes as lone surrogates; make them U+FFFD instead."""
    return argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import chat
    from bot.pipeline import Pipeline

    pipeline = Pipeline(_open_index(settings), settings.default_region)
    return chat(pipeline, args.region or settings.default_region, settings)


def _open_index(settings: Settings):
    """The index to serve: rebuilt first when stale (if allowed). When the rebuild is refused
    (a broken article) or the index is damaged, the last good build on disk serves; a stale
    index that may not be rebuilt serves nothing."""
    from bot.live_index import LiveIndex
    from retrieval.index import IndexNotReadyError, ensure_index

    live = LiveIndex(settings.index_dir)
    try:
        ensure_index(settings.articles_dir, settings.index_dir, settings.model,
                     rebuild=settings.auto_rebuild, crisis_examples=settings.crisis_examples)
    except IndexNotReadyError as error:
        print(f"nightlight: the search index is unavailable: {error}", file=sys.stderr)
        live.fail()
        return live
    except Exception as error:  # noqa: BLE001 - crises must still be answered without an index
        print(f"nightlight: the index could not be rebuilt, so the last good one serves:\n"
              f"{error}", file=sys.stderr)
    live.load()
    return live


# --- maintainers ----------------------------------------------------------------------------


def _corpus_validate(args: argparse.Namespace, settings: Settings) -> int:
    from retrieval.chunking import chunk_article
    from retrieval.corpus import load_checked_corpus
    from retrieval.corpus_problems import CorpusError
    from retrieval.phone_numbers import article_number_notices

    try:
        corpus = load_checked_corpus(settings.articles_dir)
    except CorpusError as error:
        count = len(error.problems)
        print(f"invalid corpus: {count} problem{'s' if count > 1 else ''}\n{error}",
              file=sys.stderr)
        return 1
    articles, questions, off_topics = corpus.articles, corpus.questions, corpus.off_topics
    for article in articles:
        print(f"ok  {article.id}: {len(chunk_article(article))} passages — {article.title}")
        # Every phone number, so a maintainer confirms its country (retrieval/phone_numbers.py).
        for line, message in article_number_notices(article):
            print(f"    note {article.path}:{line}: {message}")
    skipped = sum(len(topic.questions) for topic in off_topics)
    print(f"{len(articles)} articles valid, {len(questions)} search questions valid, "
          f"{len(off_topics)} off-topic subjects ({skipped} questions) valid")
    return 0


def _corpus_build(args: argparse.Namespace, settings: Settings) -> int:
    from retrieval.articles import CorpusError
    from retrieval.index import build_index, index_status

    if args.if_stale:
        status = index_status(settings.articles_dir, settings.index_dir, settings.model,
                              settings.crisis_examples)
        if status == "fresh":
            print(f"index is fresh: {settings.index_dir}")
            return 0
    try:
        manifest = build_index(settings.articles_dir, settings.index_dir, settings.model,
                               settings.crisis_examples)
    except CorpusError as error:
        count = len(error.problems)
        print(f"build refused, the previous index keeps serving ({count} problem"
              f"{'s' if count > 1 else ''}):\n{error}", file=sys.stderr)
        return 1
    print(f"built {settings.index_dir}: {manifest.articles} articles, {manifest.passages} "
          f"passages, {manifest.views} views, in {manifest.build_seconds:.0f}s")
    return 0


def _corpus_eval(args: argparse.Namespace, settings: Settings) -> int:
    from retrieval.evaluation import evaluate, load_eval_items

    live = _open_index(settings)
    if live.searcher is None:
        return 1
    report = evaluate(live.searcher, load_eval_items(args.file))
    print(report.format())
    return 0


def _helplines(args: argparse.Namespace, settings: Settings) -> int:
    _print_helplines(args.region or settings.default_region)
    return 0


def _print_helplines(region: str) -> None:
    from bot.command_replies import helplines_html
    from bot.replies import as_plain_text
    from safety import normalise_region

    print(as_plain_text(helplines_html(normalise_region(region))))


# --- the Telegram bot -----------------------------------------------------------------------


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.telegram_token:
        print("nightlight run needs TELEGRAM_BOT_TOKEN (use `nightlight chat` without one)",
              file=sys.stderr)
        return 2
    from bot.telegram_app import run_bot

    run_bot(settings)
    return 0


def _stats(args: argparse.Namespace, settings: Settings) -> int:
    from bot.storage import Storage

    storage = Storage(settings.database_path)
    try:
        if args.by == "ref":
            since = args.since or datetime.date.min
            print(f"{'week':<9} {'referrer':<33} {'starts':>6} {'active':>6}")
            for row in storage.referrer_weeks(since):
                print(f"{row.week:<9} {row.code or '(none)':<33} {row.starts:>6} {row.active:>6}")
            return 0
        stats = storage.stats()
    finally:
        storage.close()
    print(json.dumps(dataclasses.asdict(stats), indent=2, ensure_ascii=False, default=str))
    return 0


def _iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _link(args: argparse.Namespace, settings: Settings) -> int:
    from bot.deep_link import build_link
    from bot.poster import BOT_NAME, write_poster, write_qr_card

    username = args.username or settings.bot_username or _ask_username(settings)
    if not username:
        print("nightlight link needs --username, NIGHTLIGHT_BOT_USERNAME or TELEGRAM_BOT_TOKEN",
              file=sys.stderr)
        return 2
    try:
        link = build_link(username, args.region, args.ref)
    except ValueError as error:
        print(f"nightlight link: {error}", file=sys.stderr)
        return 2
    print(link)
    region = args.region.strip().lower()
    try:
        if args.qr:
            write_qr_card(link, args.qr, BOT_NAME, region)
            print(f"QR code written to {args.qr}")
        if args.poster:
            write_poster(link, args.poster, BOT_NAME, username.lstrip("@"), region)
            print(f"poster written to {args.poster}")
    except ValueError as error:
        print(f"nightlight link: {error}", file=sys.stderr)
        return 2
    except ImportError:
        print("nightlight link --qr/--poster needs the poster extra: "
              "pip install 'nightlight-bot[poster]'", file=sys.stderr)
        return 2
    return 0


def _ask_username(settings: Settings) -> str | None:
    """The bot's username from Telegram's getMe, when a token is configured."""
    if not settings.telegram_token:
        return None
    import asyncio

    from telegram import Bot

    from bot.config import bot_api_urls

    base_url, base_file_url = bot_api_urls(settings.telegram_base_url)

    async def fetch() -> str:
        async with Bot(settings.telegram_token, base_url=base_url,
                       base_file_url=base_file_url) as bot:
            return bot.username

    try:
        return asyncio.run(fetch())
    except Exception:  # noqa: BLE001 - a clear message below beats a traceback with the token
        print("could not ask Telegram for the bot's username", file=sys.stderr)
        return None


if __name__ == "__main__":
    sys.exit(main())
