"""The organisation rule as a matrix: organisation A's editor on every admin path, on B's content and on A's own.

Each refused path answers 403, redirects to the dashboard with Wagtail's "permission denied" message, answers
404 (the admin API), or leaves B's page out of the listing.
"""

import datetime
import io
import json
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from directory.models import OrganisationGroup, OrganisationIndexPage, OrganisationPage
from directory.roles import ensure_organisation_group
from exchange.models import Direction, ExchangeEntryPage, ExchangeIndexPage, Kind
from news.models import NewsIndexPage, NewsPage, NewsRelatedPage
from resources.models import ResourceIndexPage, ResourcePage
from tests.helpers import built_once_per_module
from trainings.models import Registration, TrainingIndexPage, TrainingSeriesPage, TrainingSession

from .conftest import make_organisation


def _image(title, collection):
    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (20, 20), (200, 30, 30)).save(buffer, "PNG")
    image = get_image_model()(title=title, collection=collection)
    image.file = ImageFile(buffer, name=f"{uuid.uuid4().hex[:8]}.png")
    image.save()
    return image


def _document(title, collection):
    from django.core.files.base import ContentFile

    document = get_document_model()(title=title, collection=collection)
    document.file.save(f"{uuid.uuid4().hex[:8]}.txt", ContentFile(b"Protokoll"), save=False)
    document.save()
    return document


def publish_below(index_model, page):
    """Publish ``page`` below the German index page of ``index_model``."""
    index_model.objects.get(locale__language_code="de").add_child(instance=page)
    page.save_revision().publish()


def build_side(directory, name):
    """One organisation with a profile, a series (with a registration), a news item, a resource and media."""
    organisation = make_organisation(directory, title=f"Verein {name}")
    team = ensure_organisation_group(organisation)
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=10)
    session = TrainingSession(start=start, end=start + datetime.timedelta(hours=2), place="Rathaus", capacity=5)
    series = TrainingSeriesPage(
        title=f"Fortbildung {name}",
        slug=f"fortbildung-{uuid.uuid4().hex[:8]}",
        summary="Eine Fortbildung.",
        organiser=organisation,
        languages=["de"],
        sessions=[session],
    )
    TrainingIndexPage.objects.get(locale__language_code="de").add_child(instance=series)
    series.save_revision().publish()
    registration = Registration.objects.create(
        session=series.sessions.get(),
        name=f"Teilnehmerin {name}",
        email=f"{name}@example.org",
        language="de",
        consent_at=timezone.now(),
    )
    news = NewsPage(
        title=f"Meldung {name}",
        slug=f"meldung-{uuid.uuid4().hex[:8]}",
        teaser="Kurz.",
        date=datetime.date(2026, 11, 1),
        body=json.dumps([{"type": "paragraph", "value": "<p>Text</p>"}]),
    )
    news.related_pages = [NewsRelatedPage(related_page=organisation)]
    publish_below(NewsIndexPage, news)
    resource = ResourcePage(
        title=f"Material {name}",
        slug=f"material-{uuid.uuid4().hex[:8]}",
        summary="Ein Material.",
        contributing_organisation=organisation,
        links=json.dumps([{"type": "link", "value": {"title": "X", "url": "https://x.test"}}]),
    )
    publish_below(ResourceIndexPage, resource)
    entry = ExchangeEntryPage(
        title=f"Raum frei {name}",
        slug=f"raum-{uuid.uuid4().hex[:8]}",
        summary="Ein Raum für Treffen.",
        direction=Direction.OFFER,
        kind=Kind.ROOM,
        organisation=organisation,
        valid_until=timezone.localdate() + datetime.timedelta(days=30),
    )
    publish_below(ExchangeIndexPage, entry)
    return {
        "organisation": organisation.pk,
        "group": team.pk,
        "series": series.pk,
        "registration": registration.pk,
        "news": news.pk,
        "resource": resource.pk,
        "entry": entry.pk,
        "image": _image(f"Bild {name}", team.collection).pk,
        "document": _document(f"Dokument {name}", team.collection).pk,
    }


class Side:
    """One organisation's side of the matrix, read afresh from the database for each test."""

    def __init__(self, pks):
        self.organisation = OrganisationPage.objects.get(pk=pks["organisation"])
        self.group = OrganisationGroup.objects.select_related("group", "collection").get(pk=pks["group"])
        self.series = TrainingSeriesPage.objects.get(pk=pks["series"])
        self.registration = Registration.objects.get(pk=pks["registration"])
        self.news = NewsPage.objects.get(pk=pks["news"])
        self.resource = ResourcePage.objects.get(pk=pks["resource"])
        self.entry = ExchangeEntryPage.objects.get(pk=pks["entry"])
        self.image = get_image_model().objects.get(pk=pks["image"])
        self.document = get_document_model().objects.get(pk=pks["document"])

    @property
    def pages(self):
        return {
            "profile": self.organisation,
            "series": self.series,
            "news": self.news,
            "resource": self.resource,
            "exchange entry": self.entry,
        }


def build_world():
    directory = OrganisationIndexPage.objects.get(locale__language_code="de")
    return {"A": build_side(directory, "A"), "B": build_side(directory, "B")}


@pytest.fixture(scope="module")
def world_pks(django_db_setup, django_db_blocker, tmp_path_factory):
    """Both sides, built once for the module (about two seconds); each test's changes are rolled back after it."""
    media = override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media")))
    yield from built_once_per_module(django_db_blocker, build_world, media)


@pytest.fixture
def world(db, world_pks):
    return {name: Side(pks) for name, pks in world_pks.items()}


@pytest.fixture
def editor_a(world, client):
    user = get_user_model().objects.create_user("editor-a", "a@example.org", "x" * 12)
    user.groups.add(world["A"].group.group)
    client.force_login(user)
    return client


def refused(response):
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


PAGE_KINDS = ["profile", "series", "news", "resource", "exchange entry"]

# Paths taking one page: (name, method, url builder)
PAGE_PATHS = [
    ("edit", "get", lambda page: reverse("wagtailadmin_pages:edit", args=[page.id])),
    ("delete", "get", lambda page: reverse("wagtailadmin_pages:delete", args=[page.id])),
    ("move", "get", lambda page: reverse("wagtailadmin_pages:move", args=[page.id])),
    ("copy", "get", lambda page: reverse("wagtailadmin_pages:copy", args=[page.id])),
    ("unpublish", "get", lambda page: reverse("wagtailadmin_pages:unpublish", args=[page.id])),
    ("history", "get", lambda page: reverse("wagtailadmin_pages:history", args=[page.id])),
    ("preview", "get", lambda page: reverse("wagtailadmin_pages:preview_on_edit", args=[page.id])),
    ("view draft", "get", lambda page: reverse("wagtailadmin_pages:view_draft", args=[page.id])),
    ("lock", "post", lambda page: reverse("wagtailadmin_pages:lock", args=[page.id])),
    ("usage", "get", lambda page: reverse("wagtailadmin_pages:usage", args=[page.id])),
    (
        "revert",
        "get",
        lambda page: reverse("wagtailadmin_pages:revisions_revert", args=[page.id, page.latest_revision_id]),
    ),
    (
        "compare",
        "get",
        lambda page: reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.id, "earliest", page.latest_revision_id]
        ),
    ),
    ("admin api", "get", lambda page: f"/admin/api/main/pages/{page.id}/"),
]


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_org_editor_is_refused_every_path_on_another_organisations_page(world, editor_a, kind):
    page = world["B"].pages[kind]
    allowed = []
    for path_name, method, url in PAGE_PATHS:
        response = getattr(editor_a, method)(url(page))
        if not refused(response):
            allowed.append(f"{path_name}: {response.status_code}")
    assert allowed == []


OWN_PATHS = ["edit", "history", "view draft", "compare", "admin api", "copy"]


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_org_editor_may_open_every_path_on_their_own_page(world, editor_a, kind):
    page = world["A"].pages[kind]
    refused_paths = []
    for path_name, method, url in PAGE_PATHS:
        if path_name in OWN_PATHS:
            response = getattr(editor_a, method)(url(page))
            if response.status_code != 200:
                refused_paths.append(f"{path_name}: {response.status_code}")
    assert refused_paths == []


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_org_editor_cannot_save_another_organisations_page_by_post(world, editor_a, kind):
    page = world["B"].pages[kind]
    response = editor_a.post(reverse("wagtailadmin_pages:edit", args=[page.id]), {"title": "Übernommen"})
    assert refused(response)
    page.refresh_from_db()
    assert page.title != "Übernommen"
    assert page.latest_revision.content["title"] != "Übernommen"


@pytest.mark.parametrize("action", ["delete", "unpublish", "publish", "move"])
def test_org_editor_bulk_actions_leave_other_organisations_pages_alone(world, editor_a, action):
    page = world["B"].series
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?id={page.id}"
    editor_a.post(url)
    page.refresh_from_db()
    assert TrainingSeriesPage.objects.filter(pk=page.pk, live=True).exists()
    assert page.get_parent().specific_class is TrainingIndexPage


@pytest.mark.parametrize("kind", PAGE_KINDS[1:])
def test_org_editor_sees_only_their_own_pages_in_the_explorer(world, editor_a, kind):
    own, other = world["A"].pages[kind], world["B"].pages[kind]
    response = editor_a.get(reverse("wagtailadmin_explore", args=[own.get_parent().id]))
    assert response.status_code == 200
    assert own.title in response.text
    assert other.title not in response.text


def test_org_editor_sees_only_their_own_profile_in_the_directory_explorer(world, editor_a):
    response = editor_a.get(reverse("wagtailadmin_explore", args=[world["A"].organisation.get_parent().id]))
    assert "Verein A" in response.text
    assert "Verein B" not in response.text


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_org_editor_finds_only_their_own_pages_in_the_admin_search(world, editor_a, kind):
    query = world["A"].pages[kind].title.split()[0]
    response = editor_a.get(reverse("wagtailadmin_pages:search_results"), {"q": query})
    assert response.status_code == 200
    assert world["A"].pages[kind].title in response.text
    assert world["B"].pages[kind].title not in response.text


def test_org_editor_page_chooser_offers_only_their_own_organisation(world, editor_a):
    response = editor_a.get(
        reverse("wagtailadmin_choose_page_search"), {"q": "Verein", "page_type": "directory.organisationpage"}
    )
    assert response.status_code == 200
    assert "Verein A" in response.text
    assert "Verein B" not in response.text


def test_org_editor_admin_api_lists_only_their_own_pages(world, editor_a):
    index = world["A"].series.get_parent()
    response = editor_a.get("/admin/api/main/pages/", {"child_of": index.id, "for_explorer": "1", "limit": 100})
    titles = {item["title"] for item in response.json()["items"]}
    assert "Fortbildung A" in titles
    assert "Fortbildung B" not in titles


def test_org_editor_cannot_edit_the_index_or_home_pages(world, editor_a):
    index = world["A"].series.get_parent()
    assert refused(editor_a.get(reverse("wagtailadmin_pages:edit", args=[index.id])))
    assert refused(editor_a.get(reverse("wagtailadmin_pages:edit", args=[index.get_parent().id])))


def test_org_editor_cannot_create_a_new_organisation(world, editor_a):
    directory = world["A"].organisation.get_parent()
    url = reverse("wagtailadmin_pages:add", args=["directory", "organisationpage", directory.id])
    assert refused(editor_a.get(url))


def test_org_editor_creates_a_series_with_their_organisation_filled_in(world, editor_a):
    index = world["A"].series.get_parent()
    response = editor_a.get(reverse("wagtailadmin_pages:add", args=["trainings", "trainingseriespage", index.id]))
    assert response.status_code == 200
    assert response.context["form"].initial["organiser"] == world["A"].organisation


def test_org_editor_cannot_save_a_resource_for_another_organisation(world, editor_a):
    page = world["A"].resource
    form_class = ResourcePage.get_edit_handler().get_form_class()
    user = get_user_model().objects.get(username="editor-a")
    data = {
        "title": page.title,
        "slug": page.slug,
        "body-count": "0",
        "links-count": "0",
        "contributing_organisation": world["B"].organisation.pk,
    }
    form = form_class(data, instance=page, for_user=user)
    form.is_valid()
    assert "contributing_organisation" in form.errors


def test_org_editor_cannot_publish_their_own_page_directly(world, editor_a):
    page = world["A"].series
    tester = page.permissions_for_user(get_user_model().objects.get(username="editor-a"))
    assert tester.can_edit()
    assert not tester.can_publish()
    assert not tester.can_move()


def test_org_editor_sees_only_their_own_media(world, editor_a):
    images = editor_a.get(reverse("wagtailimages:index")).text
    assert "Bild A" in images and "Bild B" not in images
    documents = editor_a.get(reverse("wagtaildocs:index")).text
    assert "Dokument A" in documents and "Dokument B" not in documents
    assert refused(editor_a.get(reverse("wagtailimages:edit", args=[world["B"].image.id])))
    assert refused(editor_a.get(reverse("wagtaildocs:edit", args=[world["B"].document.id])))
    assert editor_a.get(reverse("wagtailimages:edit", args=[world["A"].image.id])).status_code == 200


def test_org_editor_sees_only_their_own_participants(world, editor_a):
    listing = editor_a.get(reverse("wagtailsnippets_trainings_registration:list")).text
    assert "Teilnehmerin A" in listing and "Teilnehmerin B" not in listing
    export = editor_a.get(reverse("wagtailsnippets_trainings_registration:list"), {"export": "csv"})
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "Teilnehmerin A" in body and "Teilnehmerin B" not in body
    other = world["B"].registration.pk
    assert refused(editor_a.get(reverse("wagtailsnippets_trainings_registration:inspect", args=[other])))


def test_coordinators_and_superusers_are_not_narrowed(world, client):
    from django.contrib.auth.models import Group

    from directory.roles import COORDINATORS

    coordinator = get_user_model().objects.create_user("koordination-test", "k@example.org", "x" * 12)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    client.force_login(coordinator)
    for side in ("A", "B"):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[world[side].series.id]))
        assert response.status_code == 200
    assert world["B"].series.permissions_for_user(coordinator).can_publish()


def test_the_dashboard_shows_an_org_editor_their_own_pages_only(world, editor_a):
    response = editor_a.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    for kind in PAGE_KINDS:
        assert world["A"].pages[kind].title in response.text
        assert world["B"].pages[kind].title not in response.text


def test_org_editor_may_not_subscribe_to_another_organisations_exchange_digest(world, editor_a):
    from exchange.models import DigestSubscription

    other = world["B"].organisation
    response = editor_a.post(reverse("exchange_toggle_digest", args=[other.pk]))
    assert response.status_code == 404
    assert not DigestSubscription.objects.filter(organisation=other).exists()
    own = world["A"].organisation
    editor_a.post(reverse("exchange_toggle_digest", args=[own.pk]))
    assert DigestSubscription.objects.filter(organisation=own).exists()


@pytest.mark.parametrize("report", ["workflow", "site_history", "locked_pages", "aging_pages"])
def test_org_editor_is_refused_the_reports_that_span_organisations(world, editor_a, report):
    assert refused(editor_a.get(reverse(f"wagtailadmin_reports:{report}")))
