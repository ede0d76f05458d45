"""The seeded demo as a PostgreSQL template database: seeded once per test run, copied in a fraction of a second.

Seeding the demo takes a minute and a half (two hundred translations through wagtail-localize); copying a database
of 22 MB from a template takes 0.2 s. So the first xdist worker to get here seeds its database and keeps a copy of
it as the run's template; every other worker, and every test that had to empty its database (a transactional test,
the browser tests' shared server), starts again from a copy. On SQLite (in memory, one per connection) there is
nothing to copy from, and the demo is seeded as before.

The template belongs to one run (``MIGRAKTIV_TEST_RUN``, set by the controlling process and inherited by the
workers) and is dropped when the run ends, so a changed seeder or migration never meets an old template.
"""

import io
import os
import re
import uuid
import zlib

import psycopg
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections

RUN = "MIGRAKTIV_TEST_RUN"


def start_run():
    """Name this run (in the controlling process, before any worker starts): the workers inherit the variable."""
    os.environ.setdefault(RUN, uuid.uuid4().hex[:8])


def enabled():
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def template_name():
    """``test_<database>_demo_<run>``: one per run, whatever the worker (pytest-django adds ``_gw<n>`` per worker)."""
    database = settings.DATABASES["default"]
    base = database.get("TEST", {}).get("NAME") or f"test_{database['NAME']}"
    return f"{re.sub(r'_gw[0-9]+$', '', base)}_demo_{os.environ[RUN]}"


def maintenance():
    """A connection to PostgreSQL's own database, from which others can be created and dropped."""
    database = settings.DATABASES["default"]
    return psycopg.connect(
        dbname="postgres",
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        autocommit=True,
    )


class _Locked:
    """Holds PostgreSQL's advisory lock for the template while it is read or written by one worker."""

    def __enter__(self):
        self.connection = maintenance()
        self.key = zlib.crc32(template_name().encode())
        self.connection.execute("SELECT pg_advisory_lock(%s)", [self.key])
        return self.connection

    def __exit__(self, *exc):
        self.connection.execute("SELECT pg_advisory_unlock(%s)", [self.key])
        self.connection.close()


def _exists(cursor, name):
    return cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def _copy(cursor, source, target):
    """``target`` becomes a copy of ``source`` (``target`` dropped first, with whatever is still connected to it)."""
    connections.close_all()
    cursor.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
    cursor.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def _forget_ids():
    """Process caches keyed by database ids: an emptied database's flush renewed them, the copy brings the old ones."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.contrib.forms.utils import get_form_types

    ContentType.objects.clear_cache()
    get_form_types.cache_clear()


def seed_or_copy():
    """The test database with the demo: seeded by the first worker (and kept as the template), copied by the others."""
    if not enabled():
        call_command("seed_demo", stdout=io.StringIO())
        return
    own, template = connection.settings_dict["NAME"], template_name()
    with _Locked() as maintenance_connection:
        cursor = maintenance_connection.cursor()
        if _exists(cursor, template):
            _copy(cursor, template, own)
        else:
            call_command("seed_demo", stdout=io.StringIO())
            _copy(cursor, own, template)  # drops nothing: the template does not exist yet
    _forget_ids()


def restore():
    """Put the session's demo back after a test emptied or changed the database outside a transaction."""
    if not enabled():
        call_command("flush", interactive=False, verbosity=0)
        caches["ratelimit"].clear()  # a table that is no model, which the flush leaves as it is
        call_command("seed_demo", stdout=io.StringIO())
        _forget_ids()
        return
    with _Locked() as maintenance_connection:
        _copy(maintenance_connection.cursor(), template_name(), connection.settings_dict["NAME"])
    _forget_ids()


def end_run():
    """Drop the run's template (in the controlling process, once every worker has finished)."""
    if not enabled() or RUN not in os.environ:
        return
    with maintenance() as maintenance_connection:
        maintenance_connection.execute(f'DROP DATABASE IF EXISTS "{template_name()}" WITH (FORCE)')
