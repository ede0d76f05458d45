"""Organisations of the network and their working groups."""

from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view
from wagtail.rich_text import expand_db_html

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
from .schemas import Item, Link, ListEnvelope, Topic, choices_enum, detail, item, listing, topics

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
    languages: list[str] = Field(description="Languages spoken (ISO 639-1).")
    neighbourhood: str | None
    address: Address
    coordinates: Coordinates | None
    email: str
    phone: str
    website: str


class OrganisationDetail(OrganisationOut):
    description: str = Field(description="HTML.")
    founding_year: int | None
    legal_form: str | None
    communities_served: str
    target_groups: str
    opening_hours: str
    step_free_access: str | None
    accessibility_notes: str
    social_links: list[SocialLink]
    working_groups: list[Link]


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


def organisation_item(page, meta, request):
    return {
        **item(page, meta, request),
        "short_description": page.short_description,
        "logo": request.build_absolute_uri(page.logo.get_rendition(LOGO_CARD_FILTER).url) if page.logo else None,
        "topics": topics(page.topic_tags, meta["requested_language"]),
        "languages": [language.code for language in page.spoken_languages],
        "neighbourhood": page.neighbourhood or None,
        "address": {"street": page.street, "postal_code": page.postal_code, "city": page.city},
        "coordinates": (
            {"latitude": float(page.latitude), "longitude": float(page.longitude)} if page.has_coordinates else None
        ),
        "email": page.email,
        "phone": page.phone,
        "website": page.website,
    }


def organisation_detail(page, meta, request):
    groups = list(page.working_groups())
    return {
        **organisation_item(page, meta, request),
        "description": expand_db_html(page.description),
        "founding_year": page.founding_year,
        "legal_form": page.legal_form or None,
        "communities_served": page.communities_served,
        "target_groups": page.target_groups,
        "opening_hours": page.opening_hours,
        "step_free_access": page.step_free_access or None,
        "accessibility_notes": page.accessibility_notes,
        "social_links": [{"platform": link.platform, "url": link.url} for link in page.social_links.all()],
        "working_groups": links(groups, WorkingGroupPage, request),
    }


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
    return listing(request, pages, filters, organisation_item, OrganisationPage.objects.for_listing())


@router.get("/organisations/{id}", response={200: OrganisationDetail, **PROBLEMS}, summary="One organisation")
@decorate_view(http_cached)
def get_organisation(request, params: Query[LanguageParams], id: int = page_id()):  # noqa: A002 - the path's name
    """An organisation's full profile in the requested language (or German, marked as fallback)."""
    pages = source_pages(OrganisationPage).for_listing()
    return detail(request, pages, id, params.lang, organisation_detail, OrganisationPage.objects.for_listing())


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
    description: str = Field(description="HTML.")
    how_to_join: str = Field(description="HTML.")
    members: list[Link]
    upcoming_meetings: list[Meeting]


class WorkingGroupList(ListEnvelope):
    items: list[WorkingGroupOut]


def working_group_item(page, meta, request):
    return {
        **item(page, meta, request),
        "purpose": page.purpose,
        "topics": topics(page.topic_tags, meta["requested_language"]),
        "meeting_rhythm": page.meeting_rhythm,
    }


def working_group_detail(page, meta, request):
    upcoming, _past = page.sorted_meetings()
    return {
        **working_group_item(page, meta, request),
        "description": expand_db_html(page.description),
        "how_to_join": expand_db_html(page.how_to_join),
        "members": links(list(page.members()), OrganisationPage, request),
        "upcoming_meetings": [
            {
                "starts_at": berlin(meeting.starts_at),
                "ends_at": berlin(meeting.ends_at) if meeting.ends_at else None,
                "place": meeting.place,
                "online_url": meeting.online_url,
            }
            for meeting in upcoming
        ],
    }


def berlin(moment):
    """ISO 8601 with the Berlin offset, as partners show it."""
    return timezone.localtime(moment).isoformat()


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
    return listing(request, pages, filters, working_group_item, WorkingGroupPage.objects.for_listing())


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
    return detail(request, pages, id, params.lang, working_group_detail, WorkingGroupPage.objects.for_listing())
