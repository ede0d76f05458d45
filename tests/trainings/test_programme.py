"""The programme lists upcoming sessions by date, filtered from the URL, with free places, at a fixed query cost."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag

from trainings.models import TrainingSession

from .conftest import future_session, german_index, make_series

pytestmark = pytest.mark.django_db

PROGRAMME = "/de/fortbildungen/"


def titles(response):
    return re.findall(r'<h3 class="session-card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def test_programme_lists_upcoming_sessions_in_date_order(client, demo_site):
    response = client.get(PROGRAMME)
    assert response.status_code == 200
    starts = re.findall(r'<li class="session-card[^"]*">.*?<time datetime="([^"]+)"', response.content.decode(), re.S)
    assert starts == sorted(starts)
    assert len(starts) == TrainingSession.objects.published().canonical().upcoming().count()


def test_programme_shows_free_places(client, demo_site):
    content = client.get(PROGRAMME).content.decode()
    assert "Freie Plätze: 20" in content
    assert "Ausgebucht – Warteliste" in content  # the demo's small session is full


def test_past_and_cancelled_sessions_are_handled_visibly(client, demo_site):
    content = client.get(PROGRAMME).content.decode()
    assert "Abgesagt" in content
    past = client.get(PROGRAMME + "?past=on").content.decode()
    assert "Vernetzungstreffen der Migrant*innenorganisationen" in past


def test_filter_by_kind(client, demo_site):
    found = titles(client.get(PROGRAMME + "?kind=network_meeting"))
    assert found and set(found) == {"Vernetzungstreffen der Migrant*innenorganisationen"}


def test_filter_by_language(client, demo_site):
    found = set(titles(client.get(PROGRAMME + "?language=ru")))
    assert found == {"Vereinsrecht kompakt: Gründung und Vorstand", "Infoveranstaltung: Integrationsfonds Spandau"}


def test_filter_by_topic(client, demo_site):
    slug = Tag.objects.get(name="Vereinsrecht").slug
    assert set(titles(client.get(f"{PROGRAMME}?topic={slug}"))) == {"Vereinsrecht kompakt: Gründung und Vorstand"}


def test_filter_by_month(client, demo_site):
    start = timezone.localtime(timezone.now() + timedelta(days=400))
    make_series([future_session(days=400)], title="Weit in der Zukunft")
    found = titles(client.get(f"{PROGRAMME}?month={start:%Y-%m}"))
    assert found == ["Weit in der Zukunft"]


@pytest.mark.parametrize(
    "query", ["kind=party", "language=xx", "month=2026-13", "month=%27%3B--", "topic=gibt-es-nicht", "page=abc"]
)
def test_bad_filter_values_are_ignored_with_a_friendly_note(client, demo_site, query):
    response = client.get(f"{PROGRAMME}?{query}")
    assert response.status_code == 200
    if not query.startswith("page"):
        assert "einen Wert, den wir nicht kennen" in response.content.decode()
    assert titles(response)


def test_filters_work_without_javascript_as_a_get_form(client, demo_site):
    content = client.get(PROGRAMME).content.decode()
    assert f'<form class="filters" method="get" action="{PROGRAMME}"' in content
    assert '<select name="language"' in content


def test_english_programme_lists_the_english_series(client, demo_site):
    found = titles(client.get("/en/trainings/"))
    assert "Network meeting of migrant organisations" in found


def test_page_number_beyond_the_end_shows_the_last_page(client, demo_site, settings):
    settings.TRAININGS_INDEX_PAGE_SIZE = 2
    response = client.get(PROGRAMME + "?page=999")
    assert response.status_code == 200
    assert "Seite" in response.content.decode()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_sessions(client, demo_site, settings):
    settings.TRAININGS_INDEX_PAGE_SIZE = 100
    index = german_index()
    page = make_series([future_session(days=day, capacity=5) for day in range(1, 11)], index=index)
    client.get(PROGRAMME)  # warm caches (site root paths, locales)
    with_ten = count_queries(client, PROGRAMME + "?kind=training")
    for day in range(11, 41):
        TrainingSession.objects.create(
            page=page,
            start=timezone.now() + timedelta(days=day),
            end=timezone.now() + timedelta(days=day, hours=2),
            place="Rathaus Spandau",
            capacity=5,
        )
    page.sessions.first().register(name="A", email="a@example.org", language="de")
    client.get(PROGRAMME)  # the changes renewed the page cache generation: the menu is read again once
    with_forty = count_queries(client, PROGRAMME + "?kind=training")
    assert with_forty == with_ten, (with_ten, with_forty)
    assert len(titles(client.get(PROGRAMME + "?kind=training"))) >= 40
