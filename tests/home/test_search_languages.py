"""Search in every language: the localisation rule decides what is found, PostgreSQL stems each language.

Stemming tests run where the database is PostgreSQL (as in CI); on SQLite Wagtail's backend matches words as they
are, and only the fallback and robustness tests apply.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo import seeding
from home import search_backend
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming per language needs PostgreSQL's text search configurations"
)

RESULT = re.compile(
    r'<h2 class="search-result__title"(?P<attributes>[^>]*)><a href="(?P<url>[^"]*)">(?P<title>.*?)</a></h2>\s*'
    r'(?:<p class="badge">(?P<badge>[^<]*)</p>)?',
    re.S,
)


def results(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [match.groupdict() for match in RESULT.finditer(response.content.decode())]


def urls(found):
    return [result["url"] for result in found]


def german_news(title, teaser="Neues aus dem Bezirk", slug=None):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    page = NewsPage(title=title, slug=slug or re.sub(r"\W+", "-", title.lower()).strip("-"), teaser=teaser)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """``translate(page, code, {german: translated})``: a published translation, as a translator makes it."""

    def translate(page, code, dictionary):
        with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
            seeding.translate_page(page.get_parent().specific, code, {}, lambda message: None)
            return seeding.translate_page(page, code, dictionary, lambda message: None)

    return translate


# --- the localisation rule ----------------------------------------------------------------------------------------


def test_german_page_without_translation_is_found_from_turkish_search_labelled_german(client, demo_site):
    page = german_news("Zaunkönig-Treffen im Kiez", teaser="Vogelkunde für alle Nachbarn")
    found = results(client, "tr", "Zaunkönig")
    assert urls(found) == [page.url]
    assert found[0]["badge"] == "Almanca orijinal"
    assert found[0]["attributes"] == ' lang="de" dir="ltr"'


def test_fallback_excerpt_is_marked_german(client, demo_site):
    german_news("Zaunkönig-Treffen im Kiez", teaser="Vogelkunde für alle Nachbarn")
    content = client.get("/ar/search/", {"q": "Vogelkunde"}).content.decode()
    assert '<p lang="de" dir="ltr"><mark>Vogelkunde</mark> für alle Nachbarn</p>' in content


def test_page_translated_to_turkish_is_found_once_in_turkish(client, demo_site, translate):
    page = german_news("Zaunkönig-Treffen im Kiez", teaser="Zaunkönig und Nachbarn")
    turkish = translate(page, "tr", {page.title: "Çit kuşu buluşması"})
    found = results(client, "tr", "Zaunkönig")  # the teaser is not translated yet: both versions contain the word
    assert urls(found) == [turkish.url]
    assert found[0]["badge"] is None
    assert found[0]["attributes"] == ""


def test_german_search_finds_only_german_sources(client, demo_site, translate):
    page = german_news("Zaunkönig-Treffen im Kiez", teaser="Zaunkönig und Nachbarn")
    translate(page, "tr", {page.title: "Çit kuşu buluşması"})
    assert urls(results(client, "de", "Zaunkönig")) == [page.url]


def test_number_of_queries_does_not_grow_with_the_results(client, demo_site):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/tr/search/", {"q": "Zaunkönig"}).status_code == 200
        return len(captured)

    for number in range(2):
        german_news(f"Zaunkönig {number}", slug=f"zaunkoenig-{number}")
    queries()  # warm: the site root paths and settings are cached after the first request
    with_two = queries()
    for number in range(2, 12):
        german_news(f"Zaunkönig {number}", slug=f"zaunkoenig-{number}")
    assert len(results(client, "tr", "Zaunkönig")) == 10
    assert queries() == with_two


@pytest.mark.parametrize("query", ["", "   ", "!!! ??? …", "«»", "x" * 10_000, "организация " * 1_000])
@pytest.mark.parametrize("language", ["tr", "ru", "ar", "de"])
def test_bad_input_answers_with_a_page(client, demo_site, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200


# --- stemming per language (PostgreSQL) ---------------------------------------------------------------------------


@postgresql_only
def test_english_plural_finds_singular_title(client, demo_site, translate):
    page = german_news("Neue Organisation Zaunkönig")
    english = translate(page, "en", {page.title: "A new organisation Zaunkönig"})
    assert [english.url] == urls(results(client, "en", "organisations Zaunkönig"))


@postgresql_only
def test_english_stemming_matches_where_german_stemming_would_not(client, demo_site, translate):
    # German's stemmer keeps "family" and cuts "families" to "famili"; English cuts both to "famili".
    page = german_news("Familienfest Zaunkönig")
    english = translate(page, "en", {page.title: "Zaunkönig festival for families"})
    assert urls(results(client, "en", "family Zaunkönig")) == [english.url]


@postgresql_only
def test_turkish_search_finds_inflected_word(client, demo_site, translate):
    page = german_news("Zaunkönig-Vereine stellen sich vor")
    turkish = translate(page, "tr", {page.title: "Zaunkönig derneklerimiz kendini tanıtıyor"})
    assert urls(results(client, "tr", "dernek Zaunkönig")) == [turkish.url]


@postgresql_only
def test_russian_search_finds_inflected_word(client, demo_site, translate):
    page = german_news("Zaunkönig-Beratung in Vereinen")
    russian = translate(page, "ru", {page.title: "Zaunkönig: консультации в организациях"})
    assert urls(results(client, "ru", "организация Zaunkönig")) == [russian.url]


@postgresql_only
def test_arabic_search_finds_organisations(client, demo_site, translate):
    page = german_news("Zaunkönig-Vereine in Spandau")
    arabic = translate(page, "ar", {page.title: "Zaunkönig المنظمات في شبانداو"})
    assert urls(results(client, "ar", "منظمة Zaunkönig")) == [arabic.url]


@postgresql_only
def test_german_fallback_is_found_with_german_stemming_from_another_language(client, demo_site):
    page = german_news("Zaunkönig-Beratungen für Zugewanderte")
    found = results(client, "ru", "Beratung Zaunkönig")
    assert urls(found) == [page.url]
    assert found[0]["badge"] == "Оригинал на немецком"


@postgresql_only
def test_language_without_configuration_is_matched_word_by_word(client, demo_site, translate):
    page = german_news("Zaunkönig-Vereine aus der Ukraine")
    ukrainian = translate(page, "uk", {page.title: "Zaunkönig організації з України"})
    assert urls(results(client, "uk", "Організації Zaunkönig")) == [ukrainian.url]
    assert urls(results(client, "uk", "Організація Zaunkönig")) == []
    assert search_backend.language_config("uk", "german") == "simple"


@pytest.fixture
def forget_configs():
    search_backend._available_configs.clear()
    yield
    search_backend._available_configs.clear()


@postgresql_only
def test_configuration_missing_on_the_server_falls_back_to_simple(client, demo_site, translate, forget_configs):
    with connection.cursor() as cursor:  # rolled back with the test's transaction
        cursor.execute("DROP TEXT SEARCH CONFIGURATION pg_catalog.turkish")
    assert search_backend.language_config("tr", "german") == "simple"
    page = german_news("Zaunkönig-Vereine stellen sich vor")
    turkish = translate(page, "tr", {page.title: "Zaunkönig derneklerimiz kendini tanıtıyor"})
    assert urls(results(client, "tr", "derneklerimiz Zaunkönig")) == [turkish.url]
    assert urls(results(client, "tr", "dernek Zaunkönig")) == []


# --- the index the demo leaves ------------------------------------------------------------------------------------


def test_demo_organisations_are_found_by_their_topics(client, demo_site):
    # Topics are indexed through a relation (RelatedFields), saved beside the page: the demo's index holds them.
    from directory.models import OrganisationPage

    tagged = OrganisationPage.objects.live().filter(locale__language_code="de", topics__name="Dialog")
    assert tagged.count() >= 3
    found = urls(results(client, "de", "Dialog"))
    assert {page.url for page in tagged} <= set(found)
