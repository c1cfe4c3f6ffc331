"""What the bot keeps on disk: little, never message text, and gone on /forget."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.storage import SCHEMA_VERSION, Storage, iso_week


@pytest.fixture()
def storage(tmp_path):
    store = Storage(tmp_path / "data" / "nightlight.sqlite3")
    yield store
    store.close()


def test_the_schema_is_created_at_start_and_holds_no_column_for_message_text(storage):
    with sqlite3.connect(storage.path) as db:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        columns = {
            column[1] for table in tables for column in db.execute(f"PRAGMA table_info({table})")
        }
    assert version == SCHEMA_VERSION
    assert set(tables) == {"users", "passage_feedback", "referrers", "referrer_weeks"}
    assert not columns & {"text", "message", "question", "body", "content"}


def test_reopening_keeps_the_data_and_does_not_migrate_twice(tmp_path):
    path = tmp_path / "nightlight.sqlite3"
    first = Storage(path)
    first.set_region(7, "ca")
    first.close()

    again = Storage(path)
    assert again.region_of(7) == "ca"
    again.close()


def test_a_database_from_a_newer_nightlight_is_refused_not_damaged(tmp_path):
    path = tmp_path / "nightlight.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        Storage(path)


def test_a_referrer_is_counted_once_per_person_however_often_they_tap_the_link(storage):
    storage.record_start(1, "uk", "ward7")
    storage.record_start(1, "uk", "ward7")
    storage.record_start(2, None, "ward7")
    storage.record_start(3, "us", None)

    assert [(r.code, r.starts) for r in storage.stats().referrers] == [("ward7", 2)]
    assert storage.stats().users == 3


def test_a_later_start_changes_the_region_but_keeps_the_first_referrer(storage):
    storage.record_start(1, "uk", "ward7")
    storage.record_start(1, "au", "other")

    user = storage.user(1)
    assert (user.region, user.referrer) == ("au", "ward7")


def test_forget_removes_the_user_but_keeps_anonymous_counts(storage):
    storage.record_start(1, "ie", "clinic")
    storage.record_feedback("nct-bonding-with-baby", 3, helpful=True)

    assert storage.forget(1) is True
    assert storage.user(1) is None
    assert storage.forget(1) is False
    stats = storage.stats()
    assert stats.users == 0
    assert [(f.article_id, f.position, f.helpful) for f in stats.feedback] == [
        ("nct-bonding-with-baby", 3, 1)
    ]


def test_feedback_counts_add_up_per_passage(storage):
    for helpful in (True, True, False):
        storage.record_feedback("a", 1, helpful=helpful)
    storage.record_feedback("b", 2, helpful=False)

    counts = {
        (f.article_id, f.position): (f.helpful, f.not_helpful) for f in storage.stats().feedback
    }
    assert counts == {("a", 1): (2, 1), ("b", 2): (0, 1)}


def test_stats_by_referrer_count_new_starts_and_each_active_person_once_a_week(storage):
    this_week = iso_week()
    storage.record_start(1, "uk", "ward7")
    storage.record_start(2, None, "ward7")
    storage.record_start(3, None, None)
    storage.record_start(1, "uk", "ward7")  # tapping the link again is not a new start
    for _ in range(3):
        storage.mark_active(1, this_week)
    storage.mark_active(99, this_week)  # never started: nothing stored, nothing counted
    storage.mark_active(2, "2099-W01")

    rows = {(r.code, r.week): (r.starts, r.active) for r in storage.referrer_weeks(date.min)}
    assert rows == {
        ("ward7", this_week): (2, 1),
        ("", this_week): (1, 0),
        ("ward7", "2099-W01"): (0, 1),
    }
    assert [r.week for r in storage.referrer_weeks(date(2098, 12, 31))] == ["2099-W01"]


def test_a_version_1_database_is_migrated_keeping_its_users(tmp_path):
    path = tmp_path / "nightlight.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE users (user_id INTEGER PRIMARY KEY, region TEXT, referrer TEXT, "
            "created TEXT NOT NULL); CREATE TABLE passage_feedback (article_id TEXT, "
            "position INTEGER, helpful INTEGER, not_helpful INTEGER, "
            "PRIMARY KEY (article_id, position)); CREATE TABLE referrers (code TEXT PRIMARY "
            "KEY, starts INTEGER); INSERT INTO users VALUES (5, 'au', 'ward7', '2026-11-30'); "
            "PRAGMA user_version = 1;"
        )
    storage = Storage(path)
    storage.mark_active(5, "2026-W49")
    assert storage.region_of(5) == "au"
    assert [(r.code, r.active) for r in storage.referrer_weeks(date(2026, 12, 1))] == [
        ("ward7", 1)
    ]
    storage.close()


def test_nightlight_stats_by_ref_prints_weekly_rows_since_a_date(tmp_path):
    storage = Storage(tmp_path / "nightlight.sqlite3")
    storage.record_start(1, "uk", "hv_north")
    storage.mark_active(1, iso_week())
    storage.close()

    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "stats", "--by", "ref", "--since", "2026-12-01"],
        capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "NIGHTLIGHT_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["week", "referrer", "starts", "active"]
    assert [row.split() for row in rows] == [[iso_week(), "hv_north", "1", "1"]]
