"""What the bot keeps on disk: little, never message text, and gone on /forget."""

from __future__ import annotations

import sqlite3

import pytest

from bot.storage import SCHEMA_VERSION, Storage


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
    assert set(tables) == {"users", "passage_feedback", "referrers"}
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
