"""News of the network, newest first. Bylines are left out: the API carries no names of people."""

import datetime

from ninja import Field, Query, Router
from ninja.decorators import decorate_view

from news.models import LISTING_RENDITION, NewsPage

from .common import (
    PROBLEMS,
    LanguageParams,
    PageParams,
    SyncParams,
    TopicSlug,
    http_cached,
    page_id,
    source_pages,
    updated_since,
)
from .schemas import Item, ListEnvelope, RichText, Topic, absolute_rendition_url, detail, listing

router = Router(tags=["news"])


class NewsFilters(PageParams, LanguageParams, SyncParams):
    topic: TopicSlug | None = Field(None, description="Slug of a topic, e.g. `bildung`.")
    from_: datetime.date | None = Field(None, alias="from", description="Only news dated on or after this day.")
    to: datetime.date | None = Field(None, description="Only news dated on or before this day.")


class NewsOut(Item):
    date: datetime.date
    teaser: str
    image: str | None = Field(description="Absolute address of a 640×360 image.")
    image_alt: str = Field(validation_alias="lead_image_alt")
    topics: list[Topic]

    @staticmethod
    def resolve_image(served, context):
        return absolute_rendition_url(served.lead_image, LISTING_RENDITION, context)


class NewsDetail(NewsOut):
    body: RichText


class NewsList(ListEnvelope):
    items: list[NewsOut]


@router.get("/news", response={200: NewsList, **PROBLEMS}, summary="News")
@decorate_view(http_cached)
def list_news(request, filters: Query[NewsFilters]):
    """News items, newest first; filter by topic and date range."""
    pages = source_pages(NewsPage).dated_between(filters.from_, filters.to)
    if filters.topic:
        pages = pages.tagged(filters.topic)
    pages = updated_since(pages, filters.updated_since).for_listing().newest_first()
    return listing(request, pages, filters, NewsPage.objects.for_listing())


@router.get("/news/{id}", response={200: NewsDetail, **PROBLEMS}, summary="One news item")
@decorate_view(http_cached)
def get_news(request, params: Query[LanguageParams], id: int = page_id()):  # noqa: A002 - the path's name
    """A news item with its full text."""
    pages = source_pages(NewsPage).for_listing()
    return detail(request, pages, id, params.lang, NewsPage.objects.for_listing())
