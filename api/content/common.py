"""What every endpoint of the partner content API shares: problem documents, paging, language, caching.

Endpoints only parse parameters (through their schemas), call the domain apps' QuerySet methods and hand the
result to ``localized`` and ``page_of``; the rules live with the models.
"""

import enum
import hashlib
from datetime import UTC, datetime
from functools import wraps
from typing import Annotated

from django.conf import settings
from django.core.cache import caches
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, quote_etag
from ninja import Field, Path, Query, Schema
from ninja.throttling import AnonRateThrottle
from pydantic import field_validator
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from home.client_ip import client_ip
from home.localization import SOURCE_LANGUAGE, localize

from .. import conf

Language = enum.Enum("Language", {code: code for code, _name in settings.LANGUAGES}, type=str)
Language.__doc__ = (
    "A content language (BCP 47: an ISO 639-1 code, or a variety such as de-simple, German in easy-to-read "
    "language). German is the source; others fall back to it."
)


class Problem(Schema):
    """An RFC 9457 problem document."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    errors: list[dict] | None = None


PROBLEMS = {400: Problem, 404: Problem, 429: Problem}


class PageParams(Schema):
    limit: int = Field(conf.CONTENT_DEFAULT_LIMIT, ge=1, le=conf.CONTENT_MAX_LIMIT, description="Items per page.")
    offset: int = Field(0, ge=0, le=conf.CONTENT_MAX_OFFSET, description="Items to skip.")


class LanguageParams(Schema):
    lang: Language = Field(
        Language(settings.LANGUAGE_CODE),
        description="Language to serve. Items without a published translation come in German, marked as fallback.",
    )


def page_id():
    """The ``{id}`` path parameter: a German source page id, bounded so a giant number is a 400, not a 500."""
    return Path(..., ge=1, le=2**31 - 1, description="Id of the German source page; `lang` picks the language.")


# A topic tag's slug, e.g. `bildung` or `vereinsrecht`.
TopicSlug = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[-\w]+$")]


def aware(value):
    """A datetime parameter as an aware datetime: naive values are Berlin time; out-of-range values are invalid."""
    if value is None:
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    try:
        # In UTC: PostgreSQL refuses offsets beyond ±15:59, which ISO 8601 (and pydantic) allow.
        return value.astimezone(UTC)
    except OverflowError as error:
        raise ValueError("date and time out of range") from error


class SyncParams(Schema):
    updated_since: datetime | None = Field(
        None,
        description=(
            "Only items whose German source or any translation was published at or after this moment (ISO 8601; "
            "without offset: Berlin time). For incremental sync: pass the time of your previous sync."
        ),
    )

    @field_validator("updated_since")
    @classmethod
    def _aware(cls, value):
        return aware(value)


def source_pages(model):
    """The model's live, public German source pages: what every list starts from."""
    return model.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)


def updated_since(pages, moment):
    """Pages whose own or any translation's last publication is at or after ``moment`` (``None``: all pages).

    Any translation, not only the requested language's: a partner syncing several languages must not miss one,
    and an extra item in a sync costs little.
    """
    if moment is None:
        return pages
    changed = Page.objects.filter(last_published_at__gte=moment).values("translation_key")
    return pages.filter(Q(last_published_at__gte=moment) | Q(translation_key__in=changed))


class ItemMeta(Schema):
    language: str = Field(description="Language of the content served.")
    requested_language: str
    fallback: bool = Field(description="True when the requested translation does not exist and German is served.")
    outdated: bool = Field(description="True when the German source changed after this translation was last synced.")
    source_id: int = Field(description="Id of the German source page; stable across languages.")
    updated_at: datetime | None = Field(description="When the served version was last published.")


def localized(source_pages, lang, translations=None):
    """Pair each German source page with what to serve in ``lang``: its live translation, or itself as fallback.

    The rule is ``home.localization.localize`` (no draft, alias or untranslated copy counts as a translation); this
    adds the API's metadata. Two queries whatever the number of pages, plus the prefetches of ``translations`` (a
    queryset of the pages' model, e.g. ``OrganisationPage.objects.for_api()``, so translations come with what the
    schema reads). ``source_pages`` must be specific German pages.
    """
    source_pages = list(source_pages)
    code = lang.value if isinstance(lang, enum.Enum) else lang
    if code == settings.LANGUAGE_CODE or not source_pages:
        items = localize(source_pages, code)
        return [(item.page, _meta(item.page, item.source, code, fallback=False, outdated=False)) for item in items]
    candidates = translations if translations is not None else type(source_pages[0]).objects.all()
    items = localize(source_pages, code, queryset=candidates.public())
    synced_at = dict(
        TranslationSource.objects.filter(
            object_id__in=[page.translation_key for page in source_pages], locale__language_code=SOURCE_LANGUAGE
        ).values_list("object_id", "last_updated_at")
    )
    pairs = []
    for item in items:
        synced = synced_at.get(item.source.translation_key)
        outdated = bool(
            not item.fallback and synced and item.source.last_published_at and item.source.last_published_at > synced
        )
        pairs.append((item.page, _meta(item.page, item.source, code, fallback=item.fallback, outdated=outdated)))
    return pairs


def _meta(served, source, requested, *, fallback, outdated):
    return {
        "language": settings.LANGUAGE_CODE if fallback else requested,
        "requested_language": requested,
        "fallback": fallback,
        "outdated": outdated,
        "source_id": source.pk,
        "updated_at": served.last_published_at,
    }


def page_of(queryset, params, request):
    """Slice a queryset by limit/offset and remember its newest publication for Last-Modified."""
    count = queryset.count()
    items = list(queryset[params.offset : params.offset + params.limit])
    newest = queryset.aggregate(newest=Max("last_published_at"))["newest"] if issubclass(queryset.model, Page) else None
    request.content_last_modified = newest
    next_offset = params.offset + params.limit
    return count, items, (next_offset if next_offset < count else None)


class ClientRateThrottle(AnonRateThrottle):
    """Per client address, for every caller (the API has no accounts); the rate is read from settings each time.

    Counts live in the database cache beside django-ratelimit's, under the same client-address rule.
    """

    @property
    def cache(self):
        return caches["ratelimit"]

    def __init__(self):
        super().__init__(conf.content_rate())

    def allow_request(self, request):
        self.rate = conf.content_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_ident(self, request):
        return client_ip(request)

    def get_cache_key(self, request):
        return f"content-api-throttle:{self.get_ident(request)}"


def http_cached(view):
    """ETag and Last-Modified on every successful GET, 304 on revalidation, and public caching."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        response["ETag"] = etag
        last_modified = getattr(request, "content_last_modified", None)
        if last_modified:
            response["Last-Modified"] = http_date(last_modified.timestamp())
        patch_cache_control(response, public=True, max_age=conf.content_cache_seconds())
        patch_vary_headers(response, ("Accept-Language",))
        # Django's own revalidation: weak comparison for If-None-Match (a gzip proxy's W/"…"), then If-Modified-Since.
        return get_conditional_response(
            request,
            etag=etag,
            last_modified=int(last_modified.timestamp()) if last_modified else None,
            response=response,
        )

    return wrapper


__all__ = [
    "page_id",
    "SyncParams",
    "TopicSlug",
    "aware",
    "source_pages",
    "updated_since",
    "PROBLEMS",
    "ItemMeta",
    "LanguageParams",
    "PageParams",
    "Query",
    "localized",
    "page_of",
    "http_cached",
]
