"""Page views counted without tracking: per path, language and day, in the shared cache, flushed to the database.

The hot path is one ``cache.incr`` (two more the first time a path is seen on a day). Nothing about the visitor
is looked at except the user agent, to leave out bots; no address, no cookie, no query string is kept.
"""

import datetime
import logging
import re
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from home import localization

from . import conf

logger = logging.getLogger(__name__)

PREFIX = "participation:pv"
MAX_PATH_LENGTH = 300


@lru_cache(maxsize=4)
def _bot_pattern(pattern):
    return re.compile(pattern, re.IGNORECASE)


def is_bot(user_agent):
    return not user_agent or bool(_bot_pattern(conf.bot_user_agent_pattern()).search(user_agent))


def _day_key(day):
    return f"{PREFIX}:{day:%Y%m%d}"


def count_view(path, language, day=None):
    """Add one view of ``path`` in ``language`` on ``day`` (today) to the cache counters."""
    day = day or timezone.localdate()
    key = f"{_day_key(day)}:c:{language}:{path}"
    try:
        cache.incr(key)
    except ValueError:
        # First view of this path today: create the counter and give it a numbered slot in the day's register, so
        # the flush can find it (the cache API cannot list keys). incr is atomic, so two processes get two slots.
        if cache.add(key, 0, timeout=conf.counter_ttl()):
            slots = f"{_day_key(day)}:slots"
            cache.add(slots, 0, timeout=conf.counter_ttl())
            cache.set(f"{_day_key(day)}:slot:{cache.incr(slots)}", key, timeout=conf.counter_ttl())
        cache.incr(key)


def counted_language(path):
    """The content language a path is in (its first segment), or None for paths outside the visitor site."""
    segment = path.split("/", 2)[1] if path.count("/") >= 2 else ""
    return segment if segment in dict(settings.LANGUAGES) else None


class PageViewCounterMiddleware:
    """Counts successful HTML page views by path and language. Put it before any page cache in MIDDLEWARE, so
    pages served from the cache are counted too; a cache failure never fails the page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method == "GET"
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and len(request.path) <= MAX_PATH_LENGTH
        ):
            language = counted_language(request.path)
            if language and not is_bot(request.headers.get("User-Agent", "")):
                try:
                    count_view(request.path, language)
                except Exception:  # a counter is never worth a failed page
                    logger.warning("Page view not counted: cache unavailable", exc_info=True)
        return response


def cached_counts(day):
    """{(language, path): views} for one day, as the cache holds them now."""
    slots = cache.get(f"{_day_key(day)}:slots") or 0
    slot_keys = [f"{_day_key(day)}:slot:{number}" for number in range(1, slots + 1)]
    counter_keys = [key for key in cache.get_many(slot_keys).values() if key]
    prefix = f"{_day_key(day)}:c:"
    counts = {}
    for key, views in cache.get_many(counter_keys).items():
        language, path = key[len(prefix) :].split(":", 1)
        counts[(language, path)] = int(views)
    return counts


def flush_counts(days=None, today=None):
    """Write the cache counters of the last ``days`` days to PageViewCount; returns how many rows changed.

    Idempotent: each row gets the counter's total for its day (never less than it already has, so a cache that
    lost its counters cannot shrink the figures), so running it twice, or from two workers, changes nothing.
    """
    from wagtail.models import Page, Site

    from .models import PageViewCount

    today = today or timezone.localdate()
    days = days or conf.counter_days()
    roots = {}
    for site in Site.objects.select_related("root_page"):
        for home in Page.objects.filter(translation_key=site.root_page.translation_key).select_related("locale"):
            roots.setdefault(home.locale.language_code, []).append(home.url_path)
    changed = 0
    for offset in range(days):
        day = today - datetime.timedelta(days=offset)
        counts = cached_counts(day)
        if not counts:
            continue
        with transaction.atomic():
            existing = {
                (row.language, row.path): row for row in PageViewCount.objects.select_for_update().filter(day=day)
            }
            for (language, path), views in counts.items():
                row = existing.get((language, path))
                if row is None:
                    page = _find_page(path, language, roots)
                    PageViewCount.objects.create(
                        day=day,
                        language=language,
                        path=path,
                        page=page,
                        page_type=page.specific_class._meta.label_lower if page and page.specific_class else "",
                        views=views,
                    )
                    changed += 1
                elif views > row.views:
                    row.views = views
                    row.save(update_fields=["views"])
                    changed += 1
    return changed


def _find_page(path, language, roots):
    from wagtail.models import Page

    rest = path.split("/", 2)[2] if path.count("/") >= 2 else ""
    for root_path in roots.get(language, []):
        page = Page.objects.filter(url_path=root_path + rest).first()
        if page is not None:
            return page
    # A page shown as the German fallback under another language's prefix.
    for root_path in roots.get(localization.SOURCE_LANGUAGE, []):
        page = Page.objects.filter(url_path=root_path + rest).first()
        if page is not None:
            return page
    return None
