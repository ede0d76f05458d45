"""Schemas and helpers shared by the domain endpoints: the common item shape, topics, list envelopes."""

import enum

from django.http import Http404
from ninja import Field, Schema

from home.topics import topic_labels

from .common import ItemMeta, localized, page_of


class Item(Schema):
    """What every item has: the stable source id, the served page's title and address, and how it was served."""

    id: int = Field(description="Id of the German source page; the same for every language.")
    url: str | None = Field(description="Absolute address of the served page on the website.")
    title: str
    meta: ItemMeta


class Topic(Schema):
    slug: str = Field(description="Use as `topic` filter value.")
    name: str


class Link(Schema):
    id: int | None = Field(description="Id of the German source page, for the detail endpoint.")
    title: str
    url: str | None


class ListEnvelope(Schema):
    count: int = Field(description="Number of items matching the filters, on all pages.")
    next_offset: int | None = Field(description="`offset` of the next page; null on the last page.")


def choices_enum(name, values, doc):
    """A string enum for a query parameter, so an unknown value is a 400 from validation."""
    result = enum.Enum(name, {value: value for value in values}, type=str)
    result.__doc__ = doc
    return result


def item(page, meta, request):
    """The common part of every item, from the served page and its meta."""
    return {"id": meta["source_id"], "url": page.get_full_url(request), "title": page.title, "meta": meta}


def topics(tags, language_code):
    """Topics with their label in the requested language (the German tag name where no label exists)."""
    labels = topic_labels(language_code)
    return [{"slug": tag.slug, "name": labels.get(tag.pk, tag.name)} for tag in tags]


def listing(request, pages, params, serialize, translations=None):
    """Page through German source pages, serve each in ``params.lang`` and serialise it with ``serialize``."""
    count, sources, next_offset = page_of(pages, params, request)
    served = localized(sources, params.lang, translations)
    _note_last_modified(request, [meta["updated_at"] for _page, meta in served])
    return {
        "count": count,
        "next_offset": next_offset,
        "items": [serialize(page, meta, request) for page, meta in served],
    }


def detail(request, pages, page_id, lang, serialize, translations=None):
    """One German source page by id, served in ``lang``; 404 when it is not among ``pages``."""
    source = pages.filter(pk=page_id).first()
    if source is None:
        raise Http404
    ((page, meta),) = localized([source], lang, translations)
    request.content_last_modified = None
    _note_last_modified(request, [meta["updated_at"], source.last_published_at])
    return serialize(page, meta, request)


def _note_last_modified(request, moments):
    moments = [moment for moment in [getattr(request, "content_last_modified", None), *moments] if moment]
    request.content_last_modified = max(moments) if moments else None
