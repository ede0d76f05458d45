"""Training series and their sessions. Never registrations: only how many places are still free."""

from datetime import date

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from directory.models import OrganisationPage
from trainings.models import TrainingSeriesPage, TrainingSession
from trainings.models.pages import Kind

from .common import (
    PROBLEMS,
    ItemMeta,
    LanguageParams,
    PageParams,
    SyncParams,
    TopicSlug,
    http_cached,
    localized,
    page_id,
    source_pages,
    updated_since,
)
from .organisations import SpokenLanguage
from .schemas import Item, ListEnvelope, RichText, Served, ServedPage, Topic, choices_enum, detail, listing

router = Router(tags=["trainings"])

KindCode = choices_enum("Kind", Kind.values, "Training, workshop, network meeting or information event.")
SessionStatus = choices_enum("SessionStatus", TrainingSession.Status.values, "Whether the session takes place.")


class TrainingFilters(Schema):
    topic: TopicSlug | None = Field(None, description="Slug of a topic, e.g. `vereinsarbeit`.")
    organisation: int | None = Field(
        None, ge=1, le=2**31 - 1, description="Id of an organisation: only trainings it organises."
    )
    kind: KindCode | None = None
    held_in: SpokenLanguage | None = Field(None, description="Only trainings held in this language.")


def filtered(queryset, filters):
    if filters.topic:
        queryset = queryset.about(filters.topic)
    if filters.kind:
        queryset = queryset.of_kind(filters.kind.value)
    if filters.held_in:
        queryset = queryset.held_in(filters.held_in.value)
    if filters.organisation:
        organiser = source_pages(OrganisationPage).filter(pk=filters.organisation).first()
        queryset = queryset.for_organisation(organiser) if organiser else queryset.none()
    return queryset


# --- series --------------------------------------------------------------------------------------------------------


class SessionOut(Schema):
    uuid: str = Field(description="Identifies the session in every language and in calendars.")
    start: str = Field(description="ISO 8601, Berlin time with offset.")
    end: str = Field(description="ISO 8601, Berlin time with offset.")
    place: str
    online_url: str
    status: SessionStatus
    capacity: int | None = Field(description="Seats; null for no limit.")
    free_places: int | None = Field(description="Seats still free; null for no limit.")


class SeriesOut(Item):
    kind: KindCode
    summary: str
    topics: list[Topic]
    languages: list[str] = Field(description="Languages the training is held in (ISO 639-1).")
    organiser_name: str
    organiser_url: str
    # Editors choose the German organisation page (the organiser is synchronised to translations).
    organisation_id: int | None = Field(
        description="The organiser in `/organisations/{id}`, if it is listed there.", validation_alias="organiser_id"
    )
    fee: float = Field(description="In euros; 0 when free.")


class SeriesDetail(SeriesOut):
    description: RichText
    learning_goals: list[str] = Field(validation_alias="learning_goal_list")
    target_group: str
    fee_note: str
    accessibility: str
    sessions: list[SessionOut]

    @staticmethod
    def resolve_sessions(served):
        # Counted on the German source's sessions, where registrations are.
        return served.source_page().public_sessions()


class SeriesList(ListEnvelope):
    items: list[SeriesOut]


class SeriesFilters(PageParams, LanguageParams, SyncParams, TrainingFilters):
    pass


@router.get("/training-series", response={200: SeriesList, **PROBLEMS}, summary="Training series")
@decorate_view(http_cached)
def list_series(request, filters: Query[SeriesFilters]):
    """Trainings, workshops, network meetings and information events, newest first."""
    pages = updated_since(filtered(source_pages(TrainingSeriesPage), filters), filters.updated_since).for_listing()
    return listing(request, pages, filters, TrainingSeriesPage.objects.for_listing())


@router.get("/training-series/{id}", response={200: SeriesDetail, **PROBLEMS}, summary="One training series")
@decorate_view(http_cached)
def get_series(request, params: Query[LanguageParams], id: int = page_id()):  # noqa: A002 - the path's name
    """A training series with all its sessions and their free places."""
    pages = source_pages(TrainingSeriesPage).for_listing()
    return detail(request, pages, id, params.lang, TrainingSeriesPage.objects.for_listing())


# --- sessions ------------------------------------------------------------------------------------------------------


class SeriesLink(ServedPage):
    id: int = Field(description="Id of the German source page of the series.")
    title: str
    url: str | None
    kind: KindCode
    meta: ItemMeta


class SessionItem(SessionOut):
    series: SeriesLink


class SessionList(ListEnvelope):
    items: list[SessionItem]


class SessionFilters(PageParams, LanguageParams, SyncParams, TrainingFilters):
    from_: date | None = Field(
        None, alias="from", description="First day (Berlin). Without `from` and `to`: upcoming sessions only."
    )
    to: date | None = Field(None, description="Last day (Berlin), inclusive.")
    series: int | None = Field(None, ge=1, le=2**31 - 1, description="Id of a training series.")


@router.get("/sessions", response={200: SessionList, **PROBLEMS}, summary="Sessions of all trainings")
@decorate_view(http_cached)
def list_sessions(request, filters: Query[SessionFilters]):
    """Every session of every series, flat and in date order: upcoming ones unless a date range is given."""
    sessions = filtered(TrainingSession.objects.published().canonical(), filters)
    if filters.from_ or filters.to:
        sessions = sessions.starting_between(filters.from_, filters.to)
    else:
        sessions = sessions.upcoming()
    if filters.series:
        sessions = sessions.filter(page_id=filters.series)
    if filters.updated_since:
        sessions = sessions.filter(page__in=updated_since(source_pages(TrainingSeriesPage), filters.updated_since))
    sessions = sessions.with_free_places().select_related("page").chronological()
    count = sessions.count()
    page = list(sessions[filters.offset : filters.offset + filters.limit])
    series = {session.page_id: session.page for session in page}
    served = {meta["source_id"]: (served, meta) for served, meta in localized(series.values(), filters.lang)}
    moments = [meta["updated_at"] for _page, meta in served.values() if meta["updated_at"]]
    request.content_last_modified = max(moments) if moments else None
    next_offset = filters.offset + filters.limit
    return {
        "count": count,
        "next_offset": next_offset if next_offset < count else None,
        "items": [{**session.public, "series": Served(*served[session.page_id])} for session in page],
    }
