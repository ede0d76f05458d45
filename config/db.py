"""Reads on a PostgreSQL replica, writes and transactions on the primary (``DATABASE_REPLICA_URL``).

A replica lags the primary by a moment. So everything that might read what it just wrote stays on the primary:
whatever runs inside a transaction, and every request of a logged-in person (an editor saving, then seeing the
page) or one that changes something (POST, a registration). Anonymous page views, the APIs and the feeds read from
the replica.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import connections

REPLICA = "replica"
_primary_only = ContextVar("primary_only", default=False)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if _primary_only.get() or connections["default"].in_atomic_block:
            return "default"
        return REPLICA

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two copies of it

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class PrimaryForWritersMiddleware:
    """Keeps a request on the primary when it writes or comes from someone with a session (editors, visitors
    who registered); listed first in ``MIDDLEWARE`` when a replica is configured."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        writer = request.method not in ("GET", "HEAD", "OPTIONS") or settings.SESSION_COOKIE_NAME in request.COOKIES
        token = _primary_only.set(writer)
        try:
            return self.get_response(request)
        finally:
            _primary_only.reset(token)
