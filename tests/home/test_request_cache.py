"""Lookups made once per request (locales, view restrictions) and site-wide fragments kept per page cache generation:
fewer queries per page, and never a stale menu or a wrong language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from home import request_cache
from home.localization import in_active_language, locale_for, pages
from home.models import StandardPage
from home.page_cache import new_generation

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    client.get(url)  # per-process caches (fragments, templates) warm on a first visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries]


def reading(table, sqls):
    return [sql for sql in sqls if f'FROM "{table}"' in sql]


@pytest.fixture
def menu_page(demo_site):
    def publish(title, slug, parent=None):
        page = StandardPage(title=title, slug=slug, intro="Für alle.", show_in_menus=True)
        (parent or demo_site).add_child(instance=page)
        page.save_revision().publish()
        return page

    return publish


def test_a_page_reads_the_locales_once_however_often_templates_ask(client, demo_site):
    # Wagtail's own routing asks once (Locale.get_active); the templates' dozen questions share one query.
    assert len(reading("wagtailcore_locale", queries_of(client, "/de/"))) <= 2
    assert len(reading("wagtailcore_locale", queries_of(client, "/ar/"))) <= 2


def test_a_page_reads_the_view_restrictions_once_however_often_it_asks_for_public_pages(client, demo_site):
    # Wagtail's serve hook checks the page's own restrictions; every .public() of the render shares one read.
    assert len(reading("wagtailcore_pageviewrestriction", queries_of(client, "/de/"))) <= 2


def test_the_start_page_renders_in_a_bounded_number_of_queries(client, demo_site):
    # Fifty and more before locales, view restrictions and the menu were read once (issue 15).
    assert len(queries_of(client, "/de/")) <= 25
    assert len(queries_of(client, "/tr/")) <= 35


def test_the_menu_service_links_and_tiles_are_read_once_per_page_cache_generation(client, demo_site):
    kept = queries_of(client, "/de/")
    new_generation()  # what any publish, unpublish or move does
    with CaptureQueriesContext(connection) as renewed:
        client.get("/de/")
    assert len(renewed) >= len(kept) + 4  # the menu, two for the service links, at least one for the tiles


def test_a_newly_published_section_appears_in_the_menu_at_once(client, menu_page):
    client.get("/de/")
    menu_page("Nachbarschaftshilfe", "nachbarschaftshilfe")
    assert "Nachbarschaftshilfe" in client.get("/de/").content.decode()


def test_a_section_made_private_leaves_the_menu_at_once(client, menu_page):
    section = menu_page("Nur für Mitglieder", "nur-fuer-mitglieder")
    assert "Nur für Mitglieder" in client.get("/de/").content.decode()
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert "Nur für Mitglieder" not in client.get("/de/").content.decode()


def test_a_section_unpublished_leaves_the_menu_at_once(client, menu_page):
    section = menu_page("Sommerfest", "sommerfest")
    assert "Sommerfest" in client.get("/de/").content.decode()
    section.unpublish()
    assert "Sommerfest" not in client.get("/de/").content.decode()


def test_each_language_gets_its_own_menu(client, demo_site):
    german = client.get("/de/").content.decode()
    turkish = client.get("/tr/").content.decode()
    assert 'href="/de/' in german
    assert 'href="/tr/' in turkish
    assert 'href="/de/organisationen/' not in turkish


def test_in_active_language_answers_as_wagtails_localized(demo_site, settings):
    from django.utils import translation

    for code in ("de", "tr", "ar", "xx"):
        with translation.override(code):
            assert in_active_language(demo_site).pk == demo_site.localized.pk
    draft = demo_site.get_translation(Locale.objects.get(language_code="uk"))
    draft.live = False
    draft.save(update_fields=["live"])
    with translation.override("uk"):
        assert in_active_language(demo_site).pk == demo_site.localized.pk == demo_site.pk


def test_outside_a_request_every_lookup_asks_the_database():
    with CaptureQueriesContext(connection) as queries:
        locale_for("de")
        locale_for("de")
    assert len(queries) == 2


def test_a_restriction_saved_during_a_request_counts_for_the_rest_of_it(menu_page):
    section = menu_page("Vorstand intern", "vorstand-intern")

    def view(request):
        before = pages().public().filter(pk=section.pk).exists()
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.PASSWORD, password="x")
        return before, pages().public().filter(pk=section.pk).exists()

    assert request_cache.RequestCacheMiddleware(view)(None) == (True, False)
