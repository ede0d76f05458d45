"""Organisations of the network and their working groups."""

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from directory.constants import SPOKEN_LANGUAGES, Neighbourhood
from directory.models import OrganisationPage, WorkingGroupPage
from directory.models.organisations import LOGO_CARD_FILTER

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
from .schemas import (
    Item,
    Link,
    ListEnvelope,
    OptionalCode,
    RichText,
    Topic,
    absolute_rendition_url,
    choices_enum,
    detail,
    listing,
)

router = Router(tags=["organisations"])

NeighbourhoodCode = choices_enum("Neighbourhood", Neighbourhood.values, "One of the nine Ortsteile of Spandau.")
SpokenLanguage = choices_enum(
    "SpokenLanguage", [code for code, _name, _own in SPOKEN_LANGUAGES], "A language spoken (ISO 639-1)."
)


# --- organisations -------------------------------------------------------------------------------------------------


class OrganisationFilters(PageParams, LanguageParams, SyncParams):
    topic: TopicSlug | None = Field(None, description="Slug of a topic, e.g. `bildung`.")
    speaks: SpokenLanguage | None = Field(None, description="Only organisations where someone speaks this language.")
    neighbourhood: NeighbourhoodCode | None = Field(None, description="Only organisations based in this Ortsteil.")


class Address(Schema):
    street: str
    postal_code: str
    city: str


class Coordinates(Schema):
    latitude: float
    longitude: float


class SocialLink(Schema):
    platform: str
    url: str


class OrganisationOut(Item):
    short_description: str
    logo: str | None = Field(description="Absolute address of a small logo image.")
    topics: list[Topic]
    languages: list[str] = Field(description="Languages spoken (ISO 639-1).", validation_alias="language_codes")
    neighbourhood: OptionalCode
    address: Address
    coordinates: Coordinates | None
    email: str
    phone: str
    website: str

    @staticmethod
    def resolve_logo(served, context):
        return absolute_rendition_url(served.logo, LOGO_CARD_FILTER, context)


class OrganisationDetail(OrganisationOut):
    description: RichText
    founding_year: int | None
    legal_form: OptionalCode
    communities_served: str
    target_groups: str
    opening_hours: str
    step_free_access: OptionalCode
    accessibility_notes: str
    social_links: list[SocialLink] = Field(validation_alias="public_social_links")
    working_groups: list[Link]

    @staticmethod
    def resolve_working_groups(served, context):
        return links(list(served.page.working_groups()), WorkingGroupPage, context["request"])


class OrganisationList(ListEnvelope):
    items: list[OrganisationOut]


def organisations(filters):
    pages = source_pages(OrganisationPage)
    if filters.topic:
        pages = pages.about(filters.topic)
    if filters.speaks:
        pages = pages.speaking(filters.speaks.value)
    if filters.neighbourhood:
        pages = pages.in_neighbourhood(filters.neighbourhood.value)
    return pages


def links(pages, model, request):
    """Links to pages served in some language, each with the id of its German source page."""
    source_ids = dict(
        source_pages(model)
        .filter(translation_key__in=[page.translation_key for page in pages])
        .values_list("translation_key", "pk")
    )
    return [
        {"id": source_ids.get(page.translation_key), "title": page.title, "url": page.get_full_url(request)}
        for page in pages
    ]


@router.get("/organisations", response={200: OrganisationList, **PROBLEMS}, summary="Organisations")
@decorate_view(http_cached)
def list_organisations(request, filters: Query[OrganisationFilters]):
    """Organisations of the network, alphabetically; filter by topic, language spoken and neighbourhood."""
    pages = updated_since(organisations(filters), filters.updated_since).for_listing()
    return listing(request, pages, filters, OrganisationPage.objects.for_listing())


@router.get("/organisations/{id}", response={200: OrganisationDetail, **PROBLEMS}, summary="One organisation")
@decorate_view(http_cached)
def get_organisation(request, params: Query[LanguageParams], id: int = page_id()):  # noqa: A002 - the path's name
    """An organisation's full profile in the requested language (or German, marked as fallback)."""
    pages = source_pages(OrganisationPage).for_listing()
    return detail(request, pages, id, params.lang, OrganisationPage.objects.for_listing())


# --- working groups ------------------------------------------------------------------------------------------------


class WorkingGroupFilters(PageParams, LanguageParams, SyncParams):
    topic: TopicSlug | None = Field(None, description="Slug of a topic, e.g. `bildung`.")
    organisation: int | None = Field(
        None, ge=1, le=2**31 - 1, description="Id of an organisation: only groups it is a member of."
    )


class Meeting(Schema):
    starts_at: str = Field(description="ISO 8601, Berlin time with offset.")
    ends_at: str | None
    place: str
    online_url: str


class WorkingGroupOut(Item):
    purpose: str
    topics: list[Topic]
    meeting_rhythm: str


class WorkingGroupDetail(WorkingGroupOut):
    description: RichText
    how_to_join: RichText
    members: list[Link]
    upcoming_meetings: list[Meeting]

    @staticmethod
    def resolve_members(served, context):
        return links(list(served.page.members()), OrganisationPage, context["request"])

    @staticmethod
    def resolve_upcoming_meetings(served):
        return [meeting for meeting in served.public_meetings if meeting["is_upcoming"]]


class WorkingGroupList(ListEnvelope):
    items: list[WorkingGroupOut]


@router.get(
    "/working-groups", response={200: WorkingGroupList, **PROBLEMS}, summary="Working groups", tags=["working groups"]
)
@decorate_view(http_cached)
def list_working_groups(request, filters: Query[WorkingGroupFilters]):
    """Working groups of the network, alphabetically; filter by topic or member organisation."""
    pages = source_pages(WorkingGroupPage)
    if filters.topic:
        pages = pages.about(filters.topic)
    if filters.organisation:
        member = source_pages(OrganisationPage).filter(pk=filters.organisation).first()
        pages = pages.with_member(member) if member else pages.none()
    pages = updated_since(pages, filters.updated_since).for_listing()
    return listing(request, pages, filters, WorkingGroupPage.objects.for_listing())


@router.get(
    "/working-groups/{id}",
    response={200: WorkingGroupDetail, **PROBLEMS},
    summary="One working group",
    tags=["working groups"],
)
@decorate_view(http_cached)
def get_working_group(request, params: Query[LanguageParams], id: int = page_id()):  # noqa: A002
    """A working group with its member organisations and upcoming meetings; no contact persons."""
    pages = source_pages(WorkingGroupPage).for_listing()
    return detail(request, pages, id, params.lang, WorkingGroupPage.objects.for_listing())
