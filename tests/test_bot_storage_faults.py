"""Storage faults: a locked, slow, corrupt or unwritable database never stands between a
parent and their helplines, and never holds up anyone else."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import stat
import threading
import time

import pytest
from bot_harness import running_bot
from test_bot_fault_injection import (
    AFFECTED,
    OTHER,
    QUESTION,
    assert_crisis_reply,
    crisis_from,
    set_region,
)

from bot.live_index import LiveIndex
from bot.storage import Storage
from bot.storage_service import StorageService


@pytest.fixture()
def live_index(searcher, built_index) -> LiveIndex:
    return LiveIndex.ready(searcher, built_index)


def test_the_database_is_created_0600_in_a_folder_created_0700(tmp_path):
    service = StorageService(tmp_path / "data" / "nightlight.sqlite3")
    service.set_region(1, "us").result(5)
    service.close()

    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    for path in (tmp_path / "data").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_corrupt_database_is_moved_aside_and_a_fresh_one_started(tmp_path, caplog):
    path = tmp_path / "nightlight.sqlite3"
    path.write_bytes(b"this is not a database " * 200)

    with caplog.at_level(logging.ERROR):
        service = StorageService(path)
    service.set_region(7, "ie").result(5)
    service.close()

    aside = list(tmp_path.glob("nightlight.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")
    assert Storage(path).region_of(7) == "ie"
    assert "damaged" in caplog.text


async def test_a_locked_database_delays_no_one_and_the_write_lands_after(
    tmp_path, live_index, caplog
):
    async with running_bot(tmp_path, live_index) as bot:
        await set_region(bot, OTHER, "us")
        locker = sqlite3.connect(bot.service.path, timeout=0, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            with caplog.at_level(logging.WARNING, logger="bot.storage_service"):
                chosen = await bot.ask("/region au", user_id=AFFECTED)
                crisis = await crisis_from(bot, OTHER, "while the database is locked")
                own = await crisis_from(bot, AFFECTED, "own region chosen while locked")
                answer = await bot.ask(QUESTION, user_id=3003)
                # The /region write meets the lock (1 s busy timeout) and says so.
                async with asyncio.timeout(10):
                    while "locked" not in caplog.text:
                        await asyncio.sleep(0.05)
                # Every reply above arrived while the lock was still held.
                assert locker.in_transaction
                assert bot.service.known_region(AFFECTED) == "au"
        finally:
            locker.rollback()
            locker.close()

        assert "Australia" in chosen.text
        assert_crisis_reply(crisis, "us")
        assert_crisis_reply(own, "au")
        assert answer.buttons
        assert bot.storage.region_of(AFFECTED) == "au"  # written once the lock was gone


async def test_a_slow_database_costs_a_crisis_at_most_its_stored_region(
    tmp_path, live_index, monkeypatch
):
    async with running_bot(tmp_path, live_index) as bot:
        await set_region(bot, OTHER, "us")
        # Stored, but not in this run's memory (as after a restart).
        bot.service._regions.clear()
        release = threading.Event()
        real_region_of = Storage.region_of
        monkeypatch.setattr(
            Storage, "region_of", lambda self, user_id: (release.wait(10), real_region_of(
                self, user_id))[1]
        )
        try:
            crisis = await crisis_from(bot, OTHER, "while every database read stalls")
            answer = await bot.ask(QUESTION, user_id=AFFECTED)
            assert not release.is_set()
        finally:
            release.set()

        # The stored "us" could not be read in time: the default region's numbers, at once.
        assert_crisis_reply(crisis, "uk")
        assert answer.buttons
        async with asyncio.timeout(10):  # remembered once the stalled read finishes
            while bot.service.known_region(OTHER) != "us":
                await asyncio.sleep(0.02)


async def test_a_database_corrupted_while_running_still_gives_the_right_regions_helplines(
    tmp_path, live_index
):
    async with running_bot(tmp_path, live_index) as bot:
        await set_region(bot, OTHER, "us")
        path = bot.service.path
        path.write_bytes(b"\0garbage" * 4096)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).write_bytes(b"\0garbage" * 512)

        crisis = await crisis_from(bot, OTHER, "with the database corrupted while running")
        answer = await bot.ask(QUESTION, user_id=AFFECTED)
        welcome = await bot.ask("/start ca-clinic", user_id=4004)

        assert_crisis_reply(crisis, "us")
        assert answer.buttons
        assert "Canada" in welcome.text


async def test_an_unwritable_data_folder_starts_in_no_storage_mode_and_answers(
    tmp_path, live_index, caplog
):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    with caplog.at_level(logging.ERROR, logger="bot.storage_service"):
        async with running_bot(blocked / "data", live_index) as bot:
            assert not bot.service.available
            first = await crisis_from(bot, OTHER, "with no storage at all")
            chosen = await bot.ask("/region us", user_id=OTHER)
            second = await crisis_from(bot, OTHER, "no storage, region chosen this run")
            answer = await bot.ask(QUESTION, user_id=AFFECTED)

    assert "NO-STORAGE" in caplog.text
    assert_crisis_reply(first, "uk")
    assert "United States" in chosen.text
    assert_crisis_reply(second, "us")
    assert answer.buttons


def test_storage_calls_never_block_the_event_loop_thread(tmp_path):
    """Every statement runs in a storage thread, so a stalled one cannot stall the loop."""
    service = StorageService(tmp_path / "nightlight.sqlite3")
    seen: list[str] = []
    real_set_region = Storage.set_region

    def spy(self, user_id, region):
        seen.append(threading.current_thread().name)
        time.sleep(0.2)
        real_set_region(self, user_id, region)

    Storage.set_region = spy
    try:
        future = service.set_region(1, "ca")
        returned_before_the_write = not future.done()
        remembered_at_once = service.known_region(1)
        future.result(5)
    finally:
        Storage.set_region = real_set_region
        service.close()
    assert returned_before_the_write and remembered_at_once == "ca"
    assert len(seen) == 1 and seen[0].startswith("nightlight-db-write")
