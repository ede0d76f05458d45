"""The whole-page cache for anonymous visitors, and what empties it.

A visitor without a session cookie asking for a page below a language prefix gets the HTML the previous such
visitor got, straight from the cache, without a database query. Correctness comes before hit rate: every cached
page is stored together with the cache's *generation*, a random token that any change that can show on a page
replaces (a publish, unpublish, move or deletion in any language, a snippet, a registration). A page stored under
an older generation is never served again, so a cached page never outlives its change, in every language and on
every web process at once, whatever the number of pages a change touches (a news item shows on its own page, the
news list, the start page and its organisations' pages, in each language).

One round trip per request: the generation and the page are read together (``get_many``), which matters with
Redis, where every round trip costs more than rendering a small fragment would save.

Time-based content (upcoming sessions, deadlines) is bounded by ``PAGE_CACHE_SECONDS``. The same responses carry
``Cache-Control`` with ``s-maxage`` and ``stale-while-revalidate`` for a CDN, which Wagtail's frontend cache purges
(see ``purge_cdn`` and ``WAGTAILFRONTENDCACHE`` in the settings).
"""

import hashlib
import logging
import re
import uuid

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import patch_cache_control

from . import request_cache

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Listings may be cached page by page; any other query string (filters, search) is answered fresh.
CACHEABLE_QUERY = re.compile(r"^(page=\d{1,4})?$")


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def new_generation(**kwargs):
    """Make every cached page stale (a signal receiver: any change that can show on a page calls it)."""
    try:
        page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        # A cache that is down holds no pages to serve either; the change itself must not fail.
        logger.exception("Could not renew the page cache generation")


# This process's site-wide fragments (menus, service links) of the generation under "generation".
_fragments = {}


def _current_generation():
    cache = page_cache()
    try:
        generation = cache.get(GENERATION_KEY)
        if not generation:  # first use since the cache started (or lost the token): begin a generation
            cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
            generation = cache.get(GENERATION_KEY)
    except Exception:
        logger.exception("Page cache unavailable; computing the fragment")
        return None
    return generation


def fragment(key, compute):
    """``compute()`` once per web process and generation: a site-wide part of every page (the menu, the service
    links) that only what renews the generation can change, kept in this process's memory.

    One cache read per request (the generation, shared by all fragments) instead of their queries; a change in any
    process renews the generation and so every process's fragments. ``key`` names the fragment with everything
    it depends on (language, site). Without an answer from the cache, every call computes.
    """
    generation = request_cache.cached("page cache generation", _current_generation)
    if not generation:
        return compute()
    if _fragments.get("generation") != generation:
        _fragments.clear()
        _fragments["generation"] = generation
    if key not in _fragments:
        _fragments[key] = compute()
    return _fragments[key]


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def cache_key(request):
    """The key of this request's page, or None when the request must be answered fresh."""
    if not settings.PAGE_CACHE_SECONDS or request.method != "GET":
        return None
    if not request.path.startswith(_language_prefixes()):
        return None
    if not CACHEABLE_QUERY.match(request.META.get("QUERY_STRING", "")):
        return None
    # Anyone with a session (an editor, a visitor who just registered and sees a message) gets their own page.
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "pagecache:page:" + hashlib.sha256(address.encode()).hexdigest()


def is_cacheable(response):
    """Only complete, public HTML pages that set no cookie are shared between visitors."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    control = response.get("Cache-Control", "")
    return not any(word in control for word in ("private", "no-cache", "no-store"))


class PageCacheMiddleware:
    """Serves anonymous visitors' pages from the page cache and stores the ones rendered fresh.

    It sits near the end of ``MIDDLEWARE``: a middleware listed before it (a page-view counter, security headers,
    the language's ``Content-Language``) still runs for every request and every cached page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cache_key(request)
        if key is None:
            return self.get_response(request)
        cache = page_cache()
        try:
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:
            logger.exception("Page cache unavailable; rendering the page")
            return self.get_response(request)
        generation = found.get(GENERATION_KEY)
        stored = found.get(key)
        if generation and stored and stored[0] == generation:
            response = stored[1]
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if not is_cacheable(response):
            return response
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=settings.PAGE_CACHE_SECONDS,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )
        try:
            if not generation:
                # First page since the cache started (or lost the token): begin a generation.
                generation = uuid.uuid4().hex
                cache.add(GENERATION_KEY, generation, None)
                generation = cache.get(GENERATION_KEY)
            cache.set(key, (generation, response), settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.exception("Could not store a page in the page cache")
        response["X-Page-Cache"] = "miss"
        return response
