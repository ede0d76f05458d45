"""The resource library: guides, templates, funding calls and training material, with their files and links."""

from datetime import date

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from resources.constants import RESOURCE_LANGUAGES
from resources.models import ResourcePage, ResourceType

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
from .schemas import Item, ListEnvelope, RichText, Topic, choices_enum, detail, listing

router = Router(tags=["resources"])

ResourceTypeCode = choices_enum("ResourceType", ResourceType.values, "What kind of material a resource is.")
ResourceLanguage = choices_enum("ResourceLanguage", list(RESOURCE_LANGUAGES), "A language material is in (ISO 639-1).")


class ResourceFilters(PageParams, LanguageParams, SyncParams):
    topic: TopicSlug | None = Field(None, description="Slug of a topic, e.g. `förderung`.")
    type: ResourceTypeCode | None = None
    available_in: ResourceLanguage | None = Field(None, description="Only material available in this language.")
    current: bool = Field(False, description="Only resources whose 'valid until' date has not passed.")


class ResourceFileOut(Schema):
    title: str
    language: str = Field(description="ISO 639-1; empty for language-neutral files.")
    url: str

    @staticmethod
    def resolve_url(file, context):
        return context["request"].build_absolute_uri(file.document.url)


class ResourceLinkOut(Schema):
    title: str
    url: str


class ResourceOut(Item):
    type: ResourceTypeCode = Field(validation_alias="resource_type")
    summary: str
    topics: list[Topic]
    languages: list[str]
    contributed_by: str = Field(validation_alias="contributing_organisation_name")
    valid_until: date | None
    outdated: bool = Field(description="True when the 'valid until' date has passed.", validation_alias="is_outdated")
    files: list[ResourceFileOut]
    links: list[ResourceLinkOut]

    @staticmethod
    def resolve_links(served):
        return [link.value for link in served.links]


class ResourceDetail(ResourceOut):
    body: RichText


class ResourceList(ListEnvelope):
    items: list[ResourceOut]


@router.get("/resources", response={200: ResourceList, **PROBLEMS}, summary="Resources")
@decorate_view(http_cached)
def list_resources(request, filters: Query[ResourceFilters]):
    """Material of the resource library, newest first; filter by topic, type and language."""
    pages = source_pages(ResourcePage)
    if filters.topic:
        pages = pages.tagged(filters.topic)
    if filters.type:
        pages = pages.of_type(filters.type.value)
    if filters.available_in:
        pages = pages.available_in(filters.available_in.value)
    if filters.current:
        pages = pages.current()
    pages = updated_since(pages, filters.updated_since).for_listing().newest_first()
    return listing(request, pages, filters, ResourcePage.objects.for_listing())


@router.get("/resources/{id}", response={200: ResourceDetail, **PROBLEMS}, summary="One resource")
@decorate_view(http_cached)
def get_resource(request, params: Query[LanguageParams], id: int = page_id()):  # noqa: A002 - the path's name
    """A resource with its description, files and links."""
    pages = source_pages(ResourcePage).for_listing()
    return detail(request, pages, id, params.lang, ResourcePage.objects.for_listing())
