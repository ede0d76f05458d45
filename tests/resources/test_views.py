"""What a visitor sees of the library: filters, the outdated notice, the file in their language first."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return re.findall(r'<h2 class="resource-card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def test_library_lists_the_resources_of_the_visitors_language(client, library):
    german = listed_titles(client.get("/de/materialien/"))
    english = listed_titles(client.get("/en/resources/"))
    assert "Leitfaden Vereinsgründung" in german
    assert "Guide: founding an association" in english
    assert "Leitfaden Vereinsgründung" not in english


def test_library_filters_by_type(client, library):
    titles = listed_titles(client.get("/de/materialien/", {"type": "template"}))
    assert set(titles) == {"Vorlage: Mustersatzung für Vereine", "Vorlage: Finanzplan für kleine Projekte"}


def test_library_filters_by_topic(client, library):
    titles = listed_titles(client.get("/de/materialien/", {"topic": "recht"}))
    assert set(titles) == {"Vorlage: Mustersatzung für Vereine", "Merkblatt Datenschutz im Verein"}


def test_library_filters_by_language(client, library):
    titles = listed_titles(client.get("/de/materialien/", {"language": "fa"}))
    assert titles == ["Präsentation: Förderanträge schreiben"]


def test_filters_combine(client, library):
    titles = listed_titles(client.get("/de/materialien/", {"type": "template", "language": "pl"}))
    assert titles == ["Vorlage: Finanzplan für kleine Projekte"]


@pytest.mark.parametrize(
    "query",
    [
        {"type": "nope"},
        {"topic": "'; DROP TABLE resources_resourcepage;--"},
        {"language": "xx"},
        {"language": "%"},
        {"language": ","},
        {"type": "guide", "page": "abc"},
        {"page": "-5"},
        {"page": "10000000000000000000000"},
        {"type": ["guide", "template"]},
    ],
)
def test_bad_filter_values_still_show_the_library(client, library, query):
    response = client.get("/de/materialien/", query)
    assert response.status_code == 200
    assert listed_titles(response)


def test_unknown_filter_value_is_ignored_with_a_notice(client, library):
    response = client.get("/de/materialien/", {"language": "xx"})
    assert "Einer der Filter hat einen Wert, den wir nicht kennen" in response.content.decode()
    assert len(listed_titles(response)) == 8


def test_filter_without_results_shows_an_empty_state(client, library):
    content = client.get("/de/materialien/", {"type": "legal", "language": "pl"}).content.decode()
    assert "Zu dieser Auswahl gibt es noch kein Material" in content


def test_outdated_resource_is_marked_in_the_list_and_on_its_page(client, library):
    listing = client.get("/de/materialien/").content.decode()
    card = re.search(r'<article class="resource-card is-outdated">.*?</article>', listing, re.S).group(0)
    assert "Förderaufruf Nachbarschaftsprojekte 2025" in card
    assert "Möglicherweise veraltet" in card
    page = client.get("/de/materialien/foerderaufruf-nachbarschaftsprojekte-2025/").content.decode()
    assert 'class="notice notice--outdated"' in page


def test_current_resource_has_no_outdated_notice(client, library):
    page = client.get("/de/materialien/foerderaufruf-integrationsfonds-2026/").content.decode()
    assert "notice--outdated" not in page


def test_resource_becomes_outdated_the_day_after_valid_until(client, make_resource):
    page = make_resource("Gestern gültig", valid_until=datetime.date.today() - datetime.timedelta(days=1))
    assert "notice--outdated" in client.get(page.url).content.decode()


def test_resource_page_offers_the_visitors_language_first(client, library):
    content = client.get("/ar/materialien/leitfaden-vereinsgruendung/").content.decode()
    files = re.findall(r'<li class="file-list__item([^"]*)">\s*<a href="([^"]+)"', content)
    assert files[0][0] == " is-visitor-language"
    assert "/leitfaden-vereinsgruendung-ar" in files[0][1]
    assert all(marker == "" for marker, _url in files[1:])


def test_resource_page_lists_languages_and_contributor(client, library):
    content = client.get("/de/materialien/merkblatt-datenschutz-im-verein/").content.decode()
    assert '<span lang="uk" dir="ltr">Українська</span>' in content
    contributor = '<a href="/de/organisationen/ausbildungslotsen-siemensstadt/">Ausbildungslotsen Siemensstadt</a>'
    assert f"<dd><bdi>{contributor}</bdi></dd>" in content


def test_resource_page_shows_external_links(client, library):
    content = client.get("/de/materialien/foerderaufruf-integrationsfonds-2026/").content.decode()
    assert 'href="https://www.berlin.de/ba-spandau/" rel="noopener" hreflang="de"' in content


def queries_and_titles(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), listed_titles(response)


def test_library_query_count_does_not_grow_with_the_page_size(client, settings, make_resource, make_document):
    # A page of 15 against a page of 3: a query per resource, its topics, languages or files would show.
    document = make_document()
    for n in range(15):
        make_resource(tags=[f"Thema {n % 3}"], languages=["de", "tr"], files=[(document, "de")])
    client.get("/de/materialien/")  # warm the per-language caches (topic labels, footer)
    settings.RESOURCES_PER_PAGE = 15
    large, large_titles = queries_and_titles(client, "/de/materialien/")
    settings.RESOURCES_PER_PAGE = 3
    small, small_titles = queries_and_titles(client, "/de/materialien/")
    assert (len(large_titles), len(small_titles)) == (15, 3)
    assert large == small
