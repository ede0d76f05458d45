"""Contract tests: both APIs' answers, frozen as golden JSON files, so a change to the contract is a visible diff.

The data is the test's own (pages with the slug prefix ``gold-`` and the topic ``Goldtest``, under the demo's index
pages), with fixed dates far from today; what still differs between runs goes through ``golden.normalise``.
A failing test prints a unified diff; regenerate with ``UPDATE_GOLDEN=1 pytest tests/api/test_golden.py``.
"""

import datetime
import json
import zoneinfo
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from directory.models import (
    Language,
    OrganisationIndexPage,
    OrganisationPage,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from directory.models.organisations import OrganisationSocialLink
from directory.models.working_groups import WorkingGroupMeeting, WorkingGroupMembership
from exchange.models import ExchangeEntryPage, ExchangeIndexPage
from home.models import HomePage, StandardPage
from news.models import Author, NewsIndexPage, NewsPage, NewsPageAuthor
from participation.models import SurveyPage
from resources.models import ResourceFile, ResourceIndexPage, ResourcePage
from tests.helpers import built_once_per_module
from trainings.models import TrainingIndexPage, TrainingSeriesPage, TrainingSession
from trainings.models.sessions import Registration

from .golden import assert_matches_golden, normalise
from .helpers import german, translate

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
TOPIC = "goldtest"
FAR = datetime.date(2099, 12, 31)

# Personal or internal data the test data holds: none of it may appear in any answer of the content API.
PRIVATE = ["teilnehmerin@privat.example", "Tina Teilnehmerin", "boerse-kontakt@privat.example"]
# Named persons: a working group's contact, a series' trainer, a news item's authors. Shown on the public pages,
# in neither API (docs/api.md).
PERSONS = {
    "contact_name": "Erika Kontakt",
    "contact_email": "erika.kontakt@privat.example",
    "contact_phone": "030 7654321",
    "trainers": "Tom Trainer",
    "authors": "Nora Nachricht",
    "author_names": "Paul Pressestelle",
}


def stream(*paragraphs):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs])


def berlin(year, month, day, hour):
    return datetime.datetime(year, month, day, hour, tzinfo=BERLIN)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_contract():
    """One published page of every type, with every optional part filled, plus what must never leak."""
    demo_site = HomePage.objects.get(depth=2, locale__language_code="de")
    arabic, turkish = Language.objects.get(code="ar"), Language.objects.get(code="tr")
    organisation = OrganisationPage(
        title="Goldverein Spandau",
        slug="gold-verein",
        short_description="Ein Verein für die Vertragstests.",
        description='<p>Wir beraten <a href="https://example.org/">Familien</a>.</p>',
        founding_year=2001,
        legal_form="ev",
        communities_served="Arabisch- und türkischsprachige Familien",
        target_groups="Eltern",
        street="Goldstraße 1",
        postal_code="13597",
        city="Berlin",
        neighbourhood="wilhelmstadt",
        latitude=Decimal("52.5351"),
        longitude=Decimal("13.1990"),
        email="info@goldverein.example",
        phone="030 1234567",
        website="https://goldverein.example/",
        opening_hours="Mo–Fr 10–16 Uhr",
        step_free_access="partial",
        accessibility_notes="Eine Stufe am Eingang.",
        social_links=[OrganisationSocialLink(platform="mastodon", url="https://social.example/@gold")],
    )
    organisation.topics.add("Goldtest")
    organisation.languages = [arabic, turkish]
    publish(german(OrganisationIndexPage), organisation)
    translate(organisation, "en", "Gold Association Spandau")

    group = WorkingGroupPage(
        title="AG Gold",
        slug="gold-ag",
        purpose="Vertragstests besprechen.",
        description="<p>Die AG trifft sich monatlich.</p>",
        how_to_join="<p>Schreiben Sie uns.</p>",
        meeting_rhythm="monatlich",
        contact_name=PERSONS["contact_name"],
        contact_email=PERSONS["contact_email"],
        contact_phone=PERSONS["contact_phone"],
        memberships=[WorkingGroupMembership(organisation=organisation)],
        meetings=[
            WorkingGroupMeeting(
                starts_at=berlin(2099, 3, 2, 18), ends_at=berlin(2099, 3, 2, 20), place="Rathaus Spandau"
            )
        ],
    )
    group.topics.add("Goldtest")
    publish(german(WorkingGroupIndexPage), group)

    series = TrainingSeriesPage(
        title="Goldfortbildung",
        slug="gold-fortbildung",
        kind="workshop",
        summary="Eine Fortbildung für die Vertragstests.",
        description=stream("Was wir lernen."),
        learning_goals="Verträge lesen\nVerträge schreiben",
        target_group="Vereinsvorstände",
        languages=["de", "ar"],
        organiser=organisation,
        organiser_name="Goldverein Spandau",
        organiser_url="https://goldverein.example/",
        trainers=PERSONS["trainers"],
        fee=Decimal("15.00"),
        fee_note="Ermäßigung möglich.",
        accessibility="Stufenlos erreichbar.",
        sessions=[
            TrainingSession(start=berlin(2099, 3, 5, 10), end=berlin(2099, 3, 5, 12), place="Rathaus", capacity=12),
            TrainingSession(start=berlin(2099, 3, 12, 10), end=berlin(2099, 3, 12, 12), place="Online"),
        ],
    )
    series.tags.add("Goldtest")
    publish(german(TrainingIndexPage), series)
    Registration.objects.create(
        session=series.sessions.order_by("start").first(),
        name=PRIVATE[1],
        email=PRIVATE[0],
        language="de",
        status="confirmed",
        consent_at=berlin(2026, 1, 1, 12),
    )

    news = NewsPage(
        title="Goldmeldung",
        slug="gold-meldung",
        date=datetime.date(2026, 1, 15),
        teaser="Eine Meldung für die Vertragstests.",
        body=stream("Der Text der Meldung."),
        author_names=PERSONS["author_names"],
        news_authors=[NewsPageAuthor(author=Author.objects.create(name=PERSONS["authors"], role="Redaktion"))],
    )
    news.tags.add("Goldtest")
    publish(german(NewsIndexPage), news)

    document = get_document_model().objects.create(
        title="Goldvorlage", file=ContentFile(b"%PDF-1.4 gold", name="goldvorlage.pdf")
    )
    resource = ResourcePage(
        title="Goldmaterial",
        slug="gold-material",
        resource_type="template",
        summary="Material für die Vertragstests.",
        body=stream("So nutzen Sie die Vorlage."),
        languages=["de", "en"],
        contributing_organisation=organisation,
        contributing_organisation_name="Goldverein Spandau",
        valid_until=FAR,
        links=json.dumps(
            [{"type": "link", "value": {"title": "Mehr dazu", "url": "https://example.org/gold", "language": "de"}}]
        ),
        files=[ResourceFile(document=document, language="de", label="Vorlage (PDF)")],
    )
    resource.tags.add("Goldtest")
    publish(german(ResourceIndexPage), resource)

    # The offer comes from another organisation (a need never matches its own organisation's offers); the need has
    # no language and no place, so only the shared topic matches it and no demo offer can.
    partner = publish(
        german(OrganisationIndexPage),
        OrganisationPage(title="Goldpartner", slug="gold-partner", short_description="Ein zweiter Verein."),
    )
    entries = {}
    variants = [("need", organisation, "", []), ("offer", partner, "wilhelmstadt", [arabic])]
    for direction, owner, place, languages in variants:
        entry = ExchangeEntryPage(
            title=f"Goldraum ({direction})",
            slug=f"gold-{direction}",
            direction=direction,
            kind="room",
            summary="Ein Raum für die Vertragstests.",
            description="Mit Beamer.",
            organisation=owner,
            contact_email=PRIVATE[2],
            place=place,
            valid_until=FAR,
        )
        entry.tags.add("Goldtest")
        entry.languages = languages
        entries[direction] = publish(german(ExchangeIndexPage), entry)

    standard = publish(
        demo_site, StandardPage(title="Goldseite", slug="gold-seite", intro="Einleitung.", body=stream("Text."))
    )
    home = publish(
        demo_site,
        HomePage(
            title="Goldstart",
            slug="gold-start",
            intro="Willkommen.",
            featured=json.dumps([{"type": "featured_page", "value": {"page": standard.pk, "teaser": "Lesen!"}}]),
            body=stream("Mehr."),
        ),
    )
    survey = publish(demo_site, SurveyPage(title="Goldumfrage", slug="gold-umfrage"))

    # Never part of an answer: a draft with the test topic.
    draft = NewsPage(title="Goldentwurf", slug="gold-entwurf", date=datetime.date(2026, 1, 16), teaser="Entwurf.")
    draft.tags.add("Goldtest")
    draft.live = False
    german(NewsIndexPage).add_child(instance=draft)

    pages = {
        "organisation": organisation,
        "working-group": group,
        "training-series": series,
        "news": news,
        "resource": resource,
        "exchange-need": entries["need"],
        "exchange-offer": entries["offer"],
        "standard": standard,
        "home": home,
        "survey": survey,
    }
    return {key: page.pk for key, page in pages.items()}


@pytest.fixture(scope="module")
def contract_pages(django_db_setup, django_db_blocker):
    """The contract's pages, built once for the module (about two seconds); every test only reads them."""
    yield from built_once_per_module(django_db_blocker, build_contract)


@pytest.fixture
def contract(db, contract_pages):
    """The contract's pages by key, read afresh for each test."""
    pages = Page.objects.specific().in_bulk(contract_pages.values())
    return {key: pages[pk] for key, pk in contract_pages.items()}


# --- the content API -----------------------------------------------------------------------------------------------

# (golden name, list path, query for the list, key of the item for the detail, detail path)
CONTENT = [
    ("organisations", "organisations", {"topic": TOPIC}, "organisation"),
    ("working-groups", "working-groups", {"topic": TOPIC}, "working-group"),
    ("training-series", "training-series", {"topic": TOPIC}, "training-series"),
    ("news", "news", {"topic": TOPIC}, "news"),
    ("resources", "resources", {"topic": TOPIC}, "resource"),
    ("exchange", "exchange", {"topic": TOPIC}, "exchange-need"),
]
LANGUAGES = ["de", "en", "ar"]


def content(client, path, **query):
    response = client.get(f"/api/content/{path}", query)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("name", "path", "query", "key"), CONTENT, ids=[row[0] for row in CONTENT])
def test_content_api_lists(client, contract, name, path, query, key, lang):
    data = content(client, path, lang=lang, **query)
    assert data["items"], "the test's own item must be listed"
    assert_matches_golden(f"content-{name}-list-{lang}", normalise(data))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("name", "path", "query", "key"), CONTENT, ids=[row[0] for row in CONTENT])
def test_content_api_details(client, contract, name, path, query, key, lang):
    data = content(client, f"{path}/{contract[key].pk}", lang=lang)
    assert_matches_golden(f"content-{name}-detail-{lang}", normalise(data))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_content_api_sessions(client, contract, lang):
    series = contract["training-series"]
    data = content(client, "sessions", series=series.pk, lang=lang)
    assert len(data["items"]) == 2
    assert_matches_golden(f"content-sessions-list-{lang}", normalise(data))


def test_content_api_languages(client, contract):
    assert_matches_golden("content-languages", normalise(content(client, "languages")))


def test_content_api_problem_document(client):
    response = client.get("/api/content/organisations", {"neighbourhood": "mond"})
    assert response.status_code == 400
    assert_matches_golden("content-problem-400", normalise(response.json()))


def test_content_api_openapi_schema(client):
    assert_matches_golden("content-openapi", content(client, "openapi.json"))


# --- Wagtail API v2 ------------------------------------------------------------------------------------------------

PAGE_TYPES = {
    "home.HomePage": "home",
    "home.StandardPage": "standard",
    "directory.OrganisationPage": "organisation",
    "directory.WorkingGroupPage": "working-group",
    "trainings.TrainingSeriesPage": "training-series",
    "news.NewsPage": "news",
    "resources.ResourcePage": "resource",
    "exchange.ExchangeEntryPage": "exchange-offer",
    "participation.SurveyPage": "survey",
}
# The index pages come from the demo (one per language), picked by type and language.
INDEX_TYPES = {
    "directory.OrganisationIndexPage": OrganisationIndexPage,
    "directory.WorkingGroupIndexPage": WorkingGroupIndexPage,
    "trainings.TrainingIndexPage": TrainingIndexPage,
    "news.NewsIndexPage": NewsIndexPage,
    "resources.ResourceIndexPage": ResourceIndexPage,
    "exchange.ExchangeIndexPage": ExchangeIndexPage,
}


def test_every_page_type_has_a_contract():
    from wagtail.models import get_page_models

    types = {model._meta.label for model in get_page_models() if model is not Page}
    assert types == set(PAGE_TYPES) | set(INDEX_TYPES), "add the new page type to PAGE_TYPES or INDEX_TYPES"


def v2(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def page_for(contract, page_type):
    if page_type in PAGE_TYPES:
        return contract[PAGE_TYPES[page_type]]
    return german(INDEX_TYPES[page_type])


ALL_TYPES = [*PAGE_TYPES, *INDEX_TYPES]


@pytest.mark.parametrize("page_type", ALL_TYPES)
def test_v2_pages_listing_by_type(client, contract, page_type):
    page = page_for(contract, page_type)
    data = v2(client, f"/api/v2/pages/?type={page_type}&fields=*&locale=de&slug={page.slug}")
    assert data["meta"]["total_count"] == 1
    assert_matches_golden(f"v2-pages-list-{page_type}", normalise(data))


@pytest.mark.parametrize("page_type", ALL_TYPES)
def test_v2_page_detail(client, contract, page_type):
    page = page_for(contract, page_type)
    assert_matches_golden(f"v2-page-detail-{page_type}", normalise(v2(client, f"/api/v2/pages/{page.pk}/")))


def test_v2_page_detail_of_a_translation(client, contract):
    english = contract["organisation"].get_translation(Locale.objects.get(language_code="en"))
    data = v2(client, f"/api/v2/pages/{english.pk}/")
    assert data["meta"]["locale"] == "en"
    assert_matches_golden("v2-page-detail-directory.OrganisationPage-en", normalise(data))


# --- nothing private -----------------------------------------------------------------------------------------------


def every_content_answer(client, contract):
    for _name, path, query, key in CONTENT:
        for lang in LANGUAGES:
            yield content(client, path, lang=lang, **query)
            yield content(client, f"{path}/{contract[key].pk}", lang=lang)
    yield content(client, "sessions", series=contract["training-series"].pk)


def every_v2_answer(client, contract):
    for page_type in ALL_TYPES:
        yield v2(client, f"/api/v2/pages/?type={page_type}&fields=*&limit=100")
        yield v2(client, f"/api/v2/pages/{page_for(contract, page_type).pk}/")


def keys_in(data):
    if isinstance(data, dict):
        return set(data) | set().union(*(keys_in(value) for value in data.values()))
    if isinstance(data, list):
        return set().union(*(keys_in(value) for value in data))
    return set()


def test_the_content_api_carries_no_personal_data_or_drafts(client, contract):
    for data in every_content_answer(client, contract):
        text = json.dumps(data, ensure_ascii=False)
        for secret in [*PRIVATE, "Goldentwurf"]:
            assert secret not in text, f"{secret!r} in {text[:200]}"


def test_api_v2_carries_no_registrations_drafts_or_exchange_contacts(client, contract):
    for data in every_v2_answer(client, contract):
        text = json.dumps(data, ensure_ascii=False)
        for secret in [*PRIVATE, "Goldentwurf"]:
            assert secret not in text, f"{secret!r} in {text[:200]}"


def test_neither_api_names_a_person_nor_has_a_field_for_one(client, contract):
    answers = [*every_content_answer(client, contract), *every_v2_answer(client, contract)]
    answers.append(content(client, "openapi.json"))
    for data in answers:
        text = json.dumps(data, ensure_ascii=False)
        for person in PERSONS.values():
            assert person not in text, f"{person!r} in {text[:200]}"
        assert not keys_in(data) & set(PERSONS), f"a person field in {text[:200]}"


@pytest.mark.parametrize(
    ("page_type", "field"),
    [
        ("directory.WorkingGroupPage", "contact_name"),
        ("directory.WorkingGroupPage", "contact_email"),
        ("directory.WorkingGroupPage", "contact_phone"),
        ("trainings.TrainingSeriesPage", "trainers"),
        ("news.NewsPage", "authors"),
        ("news.NewsPage", "author_names"),
    ],
)
def test_api_v2_refuses_to_be_asked_for_a_person_field(client, contract, page_type, field):
    response = client.get(f"/api/v2/pages/?type={page_type}&fields={field}")
    assert response.status_code == 400


def test_the_named_persons_stay_on_the_public_pages(client, contract):
    group = client.get(contract["working-group"].url).content.decode()
    series = client.get(contract["training-series"].url).content.decode()
    news = client.get(contract["news"].url).content.decode()
    assert PERSONS["contact_name"] in group
    assert PERSONS["trainers"] in series
    assert PERSONS["authors"] in news
