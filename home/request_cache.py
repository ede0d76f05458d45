"""Lookups made once per request instead of once per use: locales and view restrictions.

Wagtail looks up ``Locale.get_active()`` each time a template asks for ``page.localized``, and reads every view
restriction each time a QuerySet calls ``.public()``; one page render asked up to ten times for each. The answers
cannot change while a request is rendered, so ``RequestCacheMiddleware`` gives each request a fresh store and
``cached(key, compute)`` keeps an answer there. Nothing outlives the request, so no other process can hold a
stale copy; a save or delete of a locale or view restriction in the same request empties the store
(``home.signal_handlers``). Outside a request (commands, tasks, tests without the middleware) every call computes.
"""

from contextvars import ContextVar

_store = ContextVar("home_request_cache", default=None)


def cached(key, compute):
    """``compute()``, once per request for each ``key``."""
    store = _store.get()
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


def forget(**kwargs):
    """Empty the current request's store (a signal receiver: locales or view restrictions changed)."""
    store = _store.get()
    if store is not None:
        store.clear()


class RequestCacheMiddleware:
    """Gives each request its own store for ``cached``, dropped when the response leaves the middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _store.set({})
        try:
            return self.get_response(request)
        finally:
            _store.reset(token)
