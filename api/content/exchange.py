"""The exchange: offers and needs of the network's organisations. No contact addresses: partners link to the page."""

import datetime

from django.conf import settings
from ninja import Field, Query, Router
from ninja.decorators import decorate_view

from directory.constants import SPOKEN_LANGUAGES
from directory.models import OrganisationPage
from exchange.models import PLACE_CHOICES, Direction, ExchangeEntryPage, Kind, Status

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
from .schemas import Item, Link, ListEnvelope, Topic, choices_enum, detail, listing

router = Router(tags=["exchange"])

DirectionCode = choices_enum("Direction", Direction.values, "`offer` or `need`.")
KindCode = choices_enum("EntryKind", Kind.values, "What is offered or needed.")
PlaceCode = choices_enum("Place", [code for code, _label in PLACE_CHOICES], "An Ortsteil of Spandau, or `online`.")
EntryLanguage = choices_enum(
    "EntryLanguage", [code for code, _name, _own in SPOKEN_LANGUAGES], "A language involved (ISO 639-1)."
)


class ExchangeFilters(PageParams, LanguageParams, SyncParams):
    direction: DirectionCode | None = None
    kind: KindCode | None = None
    topic: TopicSlug | None = Field(None, description="Slug of a topic, e.g. `bildung`.")
    speaks: EntryLanguage | None = Field(None, description="Only entries involving this language.")
    place: PlaceCode | None = Field(None, description="Only entries in this Ortsteil (or online).")
    q: str | None = Field(None, min_length=1, max_length=100, description="Text in title, summary or description.")


class EntryOut(Item):
    direction: DirectionCode
    kind: KindCode
    summary: str
    topics: list[Topic]
    languages: list[str] = Field(validation_alias="language_codes")
    place: str = Field(description="Ortsteil code, `online`, or empty when it does not matter.")
    valid_until: datetime.date
    status: str = Field(description="`open`, `agreed` or `closed`; lists carry open entries only.")
    organisation: Link | None = Field(validation_alias="organisation_link")


class EntryDetail(EntryOut):
    description: str = Field(description="Plain text.")
    matching_offers: list[Link] = Field(description="For a need: open offers that fit, best first.")

    @staticmethod
    def resolve_matching_offers(served, context):
        offers = served.page.matches(served.meta["requested_language"])
        return [
            {"id": offer.source.pk, "title": offer.title, "url": offer.get_full_url(context["request"])}
            for offer in offers
        ]


class EntryList(ListEnvelope):
    items: list[EntryOut]


def _organisation(page, request):
    """The posting organisation as a link; lists localise these in one query afterwards (``_localize_links``)."""
    organisation = page.organisation
    if organisation is None or not organisation.live:
        return None
    return {"id": organisation.pk, "title": organisation.title, "url": organisation.get_full_url(request)}


def _localize_links(entries, lang, request):
    """Link every entry's organisation, at its live profile in ``lang`` where one exists (one query for the page)."""
    for entry in entries:
        entry.organisation_link = _organisation(entry.page, request)
    ids = {entry.organisation_link["id"] for entry in entries if entry.organisation_link}
    if not ids or lang.value == settings.LANGUAGE_CODE:
        return
    profiles = {
        profile.translation_key: profile
        for profile in OrganisationPage.objects.live()
        .public()
        .filter(
            locale__language_code=lang.value,
            translation_key__in=OrganisationPage.objects.filter(pk__in=ids).values("translation_key"),
        )
        .select_related("locale")
    }
    keys = dict(OrganisationPage.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    for entry in entries:
        link = entry.organisation_link
        profile = link and profiles.get(keys.get(link["id"]))
        if profile is not None:
            link.update(title=profile.title, url=profile.get_full_url(request))


def _localized_organisation(page, request):
    profile = page.organisation_profile
    if profile is None:
        return None
    return {"id": page.organisation_id, "title": profile.title, "url": profile.get_full_url(request)}


@router.get("/exchange", response={200: EntryList, **PROBLEMS}, summary="Exchange entries")
@decorate_view(http_cached)
def list_entries(request, filters: Query[ExchangeFilters]):
    """Open, current offers and needs, newest first; filter by direction, kind, topic, language, place, text."""
    pages = source_pages(ExchangeEntryPage).current()
    if filters.direction:
        pages = pages.filter(direction=filters.direction.value)
    if filters.kind:
        pages = pages.of_kind(filters.kind.value)
    if filters.topic:
        pages = pages.about(filters.topic)
    if filters.speaks:
        pages = pages.speaking(filters.speaks.value)
    if filters.place:
        pages = pages.at(filters.place.value)
    if filters.q:
        pages = pages.matching(filters.q)
    pages = updated_since(pages, filters.updated_since).for_listing().newest_first()
    result = listing(request, pages, filters, ExchangeEntryPage.objects.for_listing())
    _localize_links(result["items"], filters.lang, request)
    return result


@router.get("/exchange/{id}", response={200: EntryDetail, **PROBLEMS}, summary="One exchange entry")
@decorate_view(http_cached)
def get_entry(request, params: Query[LanguageParams], id: int = page_id()):  # noqa: A002 - the path's name
    """An entry with its description and, for a need, the fitting offers. Agreed and closed entries stay readable."""
    pages = source_pages(ExchangeEntryPage).exclude(status=Status.CLOSED).for_listing()
    entry = detail(request, pages, id, params.lang, ExchangeEntryPage.objects.for_listing())
    entry.organisation_link = _localized_organisation(entry.page, request)
    return entry
