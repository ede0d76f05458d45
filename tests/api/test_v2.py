"""Wagtail's page API v2 at /api/v2/: read-only, per language, and polite about bad parameters."""

import pytest
from wagtail.models import Locale, Page

pytestmark = pytest.mark.django_db


def titles(response):
    return {item["title"] for item in response.json()["items"]}


def test_pages_can_be_listed_per_locale(client, demo_site):
    response = client.get("/api/v2/pages/?locale=en")
    assert response.status_code == 200
    items = response.json()["items"]
    assert items
    assert {item["meta"]["locale"] for item in items} == {"en"}
    assert "About the initiative" in titles(response)
    assert "Über die Initiative" not in titles(response)


def test_translation_of_finds_the_english_version_of_a_german_page(client, demo_site):
    about = Page.objects.get(slug="ueber-die-initiative", locale__language_code="de")
    response = client.get(f"/api/v2/pages/?translation_of={about.pk}&locale=en")
    assert titles(response) == {"About the initiative"}


def test_page_detail_exposes_the_declared_api_fields(client, demo_site):
    english_home = demo_site.get_translation(Locale.objects.get(language_code="en"))
    data = client.get(f"/api/v2/pages/{english_home.pk}/").json()
    assert data["meta"]["type"] == "home.HomePage"
    assert data["intro"].startswith("MigrAktiv Spandau! connects")
    assert {"featured", "body", "hero_image", "hero_image_rendition"} <= data.keys()


def test_standard_pages_can_be_filtered_by_type_with_their_fields(client, demo_site):
    response = client.get("/api/v2/pages/?type=home.StandardPage&fields=intro&locale=de")
    items = response.json()["items"]
    assert {item["title"] for item in items} >= {"Impressum", "Datenschutz", "Über die Initiative"}
    assert all("intro" in item for item in items)


@pytest.mark.parametrize(
    "query",
    [
        "limit=abc",
        "limit=-1",
        "limit=100000",
        "offset=abc",
        "offset=99999999999999999999999",
        "translation_of=abc",
        "translation_of=999999",
        "type=nope.Nothing",
        "type=notamodel",
        "order=nonexistent",
        "fields=nonexistent",
        "child_of=abc",
        "descendant_of=-5",
        "ancestor_of=abc",
        "id=abc",
        "unknown_filter=1",
        "has_children=maybe",
        "show_in_menus=perhaps",
    ],
)
def test_bad_parameters_answer_4xx_with_a_problem_document(client, demo_site, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert 400 <= response.status_code < 500, response.content
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == response.status_code
    assert problem["title"]


def test_unknown_locale_is_a_404_problem_in_the_clients_language(client, demo_site):
    response = client.get("/api/v2/pages/?locale=xx")
    assert response.status_code == 404
    assert response.json()["title"] == "Nicht gefunden"
    english = client.get("/api/v2/pages/?locale=xx", HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["title"] == "Not found"


def test_unknown_page_is_a_404_problem(client, demo_site):
    response = client.get("/api/v2/pages/99999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_images_and_documents_endpoints_answer(client, demo_site):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200
    assert client.get("/api/v2/images/?limit=abc").status_code == 400


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_cannot_write(client, demo_site, method):
    response = getattr(client, method)("/api/v2/pages/", data={}, content_type="application/json")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"


def test_draft_pages_are_not_listed(client, demo_site):
    draft = Page(title="Entwurf", slug="entwurf", live=False)
    demo_site.add_child(instance=draft)
    assert "Entwurf" not in titles(client.get("/api/v2/pages/?locale=de&limit=100"))


LONG_SEARCH = "+".join(["verein"] * 150)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?site=x",
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?locale=%00",
        "/api/v2/pages/?title=a%00b",
        "/api/v2/pages/find/?html_path=%00",
        f"/api/v2/pages/?search={LONG_SEARCH}",
        "/api/v2/images/?search=%00",
        "/api/v2/documents/?search=%00",
        f"/api/v2/documents/?search={LONG_SEARCH}",
    ],
)
def test_hostile_parameters_answer_4xx_problem_documents_not_500(client, demo_site, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500, response.content
    assert response["Content-Type"] == "application/problem+json"


def test_a_search_of_a_few_words_still_works(client, demo_site):
    assert client.get("/api/v2/pages/?search=Verein+Spandau+Beratung").status_code == 200
