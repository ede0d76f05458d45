"""`make run` on SQLite: two writers at once wait for each other instead of failing with "database is locked"."""

import threading
import time

from django.db import connections, transaction

from config.settings.base import SQLITE_OPTIONS


def _writer(alias, errors, pause):
    try:
        with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM note")  # read first, as a save's validation does
            time.sleep(pause)
            cursor.execute("INSERT INTO note (text) VALUES ('saved')")
            time.sleep(pause)
    except Exception as error:  # noqa: BLE001 - the test reports whatever a writer hit
        errors.append(error)
    finally:
        connections[alias].close()


def test_two_writers_on_sqlite_both_save_one_after_the_other(tmp_path, django_db_blocker):
    alias = "concurrent_writers"
    connections.settings[alias] = {
        **connections.settings["default"],
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(tmp_path / "dev.sqlite3"),
        "OPTIONS": SQLITE_OPTIONS,
        "CONN_MAX_AGE": 0,
    }
    try:
        with django_db_blocker.unblock():
            with connections[alias].cursor() as cursor:
                cursor.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
            connections[alias].close()
            errors = []
            first = threading.Thread(target=_writer, args=(alias, errors, 0.4))
            second = threading.Thread(target=_writer, args=(alias, errors, 0.0))
            first.start()
            time.sleep(0.1)  # the second writer starts while the first holds its transaction open
            second.start()
            first.join()
            second.join()
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM note")
                saved = cursor.fetchone()[0]
                cursor.execute("PRAGMA journal_mode")
                journal = cursor.fetchone()[0]
            connections[alias].close()
    finally:
        del connections.settings[alias]
    assert errors == []
    assert saved == 2
    assert journal == "wal"
