"""News and resources in the partner content API."""

import datetime

import pytest

from .helpers import FEW, MANY, ids, make_private, news, queries_for_full_list, resource, translate

pytestmark = pytest.mark.django_db

NEWS = "/api/content/news"
RESOURCES = "/api/content/resources"


def test_news_filter_by_date_range(client, demo_site):
    page = news("Meldung aus dem Jahr 2001", date=datetime.date(2001, 5, 1))
    assert ids(client.get(NEWS, {"from": "2001-01-01", "to": "2001-12-31"})) == [page.pk]


def test_a_translated_news_item_is_served_in_its_language(client, demo_site):
    page = news("Neue Meldung")
    translate(page, "en", "New item")
    data = client.get(f"{NEWS}/{page.pk}?lang=en").json()
    assert (data["title"], data["meta"]["language"], data["meta"]["fallback"]) == ("New item", "en", False)


def test_an_unknown_language_is_a_400_problem(client):
    assert client.get(NEWS, {"lang": "xx"}).status_code == 400


def test_private_news_and_resources_never_appear(client, demo_site):
    item, material = news("Interne Meldung"), resource("Internes Material")
    make_private(item)
    make_private(material)
    assert item.pk not in ids(client.get(NEWS, {"limit": 100}))
    assert material.pk not in ids(client.get(RESOURCES, {"limit": 100}))


def test_resources_filter_by_type_and_language(client, demo_site):
    page = resource("Vorlage auf Tigrinya", resource_type="template", languages=["ti"])
    assert ids(client.get(RESOURCES, {"type": "template", "available_in": "ti"})) == [page.pk]


def test_an_unknown_resource_type_is_a_400_problem(client):
    assert client.get(RESOURCES, {"type": "poster"}).status_code == 400


@pytest.mark.parametrize(("url", "factory"), [(NEWS, news), (RESOURCES, resource)])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_lists_cost_the_same_queries_for_few_and_many_items(client, demo_site, url, factory, lang):
    for number in range(MANY):
        factory(f"Menge {number:03}")
    few = queries_for_full_list(client, url, FEW, lang=lang)
    assert queries_for_full_list(client, url, MANY, lang=lang) == few
