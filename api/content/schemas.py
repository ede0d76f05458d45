"""Schemas and helpers shared by the domain endpoints: the common item shape, topics, list envelopes."""

import enum
from typing import Annotated

from django.http import Http404
from ninja import Field, Schema
from pydantic import BeforeValidator
from wagtail.rich_text import expand_db_html

from home.topics import topic_labels

from .common import ItemMeta, localized, page_of


def _html(value):
    """A rich text field's or a StreamField's value as the HTML a partner can show."""
    return value.render_as_block() if hasattr(value, "render_as_block") else expand_db_html(value)


# Field types that turn a model value into its public form while the schema reads it.
RichText = Annotated[str, BeforeValidator(_html), Field(description="HTML.")]
OptionalCode = Annotated[str | None, BeforeValidator(lambda value: value or None)]  # a blank choice is null


def absolute_rendition_url(image, filter_spec, context):
    if image is None:
        return None
    return context["request"].build_absolute_uri(image.get_rendition(filter_spec).url)


class Served:
    """A page as served for a requested language, with the API's metadata: what the item schemas resolve from.

    Every other attribute is the page's own, so a schema's fields read the values the model declares as public
    (``address``, ``coordinates``, ``topic_tags`` …) rather than a dictionary built for the API.
    """

    def __init__(self, page, meta):
        self.page = page
        self.meta = meta

    def __getattr__(self, name):
        return getattr(self.page, name)


class ServedPage(Schema):
    """Resolves a schema's fields from a ``Served`` page: its own attributes, plus what only the API knows."""

    @staticmethod
    def resolve_id(served):
        return served.meta["source_id"]

    @staticmethod
    def resolve_url(served, context):
        return served.page.get_full_url(context["request"])

    @staticmethod
    def resolve_topics(served):
        """For items with topics: the page's ``topic_tags``, labelled in the requested language."""
        return topics(served.topic_tags, served.meta["requested_language"])


class Item(ServedPage):
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


def topics(tags, language_code):
    """Topics with their label in the requested language (the German tag name where no label exists)."""
    labels = topic_labels(language_code)
    return [{"slug": tag.slug, "name": labels.get(tag.pk, tag.name)} for tag in tags]


def listing(request, pages, params, translations=None):
    """Page through German source pages and serve each in ``params.lang``, for the list schema to resolve."""
    count, sources, next_offset = page_of(pages, params, request)
    served = localized(sources, params.lang, translations)
    _note_last_modified(request, [meta["updated_at"] for _page, meta in served])
    return {"count": count, "next_offset": next_offset, "items": [Served(page, meta) for page, meta in served]}


def detail(request, pages, page_id, lang, translations=None):
    """One German source page by id, served in ``lang``; 404 when it is not among ``pages``."""
    source = pages.filter(pk=page_id).first()
    if source is None:
        raise Http404
    ((page, meta),) = localized([source], lang, translations)
    request.content_last_modified = None
    _note_last_modified(request, [meta["updated_at"], source.last_published_at])
    return Served(page, meta)


def _note_last_modified(request, moments):
    moments = [moment for moment in [getattr(request, "content_last_modified", None), *moments] if moment]
    request.content_last_modified = max(moments) if moments else None
