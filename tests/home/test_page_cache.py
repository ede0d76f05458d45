"""The anonymous page cache: fast for visitors, never stale after an editor's change, never shared with editors."""

import pytest
from django.test import override_settings
from wagtail.models import Locale, Page

from home.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def make_page(parent, title, slug):
    page = StandardPage(title=title, slug=slug, intro=f"Einleitung {title}")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def cached(client, url):
    """Asks twice; returns the second answer, which should have come from the cache."""
    client.get(url)
    return client.get(url)


def test_second_anonymous_visit_is_served_from_the_cache_without_a_query(client, demo_site, django_assert_num_queries):
    client.get("/de/")
    with django_assert_num_queries(0):
        response = client.get("/de/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert "MigrAktiv" in response.content.decode()


def test_cached_page_tells_a_cdn_how_long_it_may_keep_it(client, demo_site):
    response = client.get("/de/")
    control = response["Cache-Control"]
    assert "public" in control
    assert "s-maxage=300" in control
    assert "stale-while-revalidate=60" in control
    assert "max-age=0" in control


def test_publishing_a_change_shows_at_once_in_every_language(client, demo_site):
    page = make_page(demo_site, "Sommerfest", "sommerfest-cache")
    english_home = demo_site.get_translation(Locale.objects.get(language_code="en"))
    assert "Sommerfest" in cached(client, page.url).content.decode()
    assert cached(client, english_home.url)["X-Page-Cache"] == "hit"

    revision = page.save_revision()
    page.title = "Herbstfest"
    revision = page.save_revision()
    revision.publish()

    response = client.get(page.url)
    assert "Herbstfest" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"
    # The English start page may show German pages (menus, fallbacks): it is rendered fresh too.
    assert client.get(english_home.url)["X-Page-Cache"] == "miss"


def test_unpublished_page_is_gone_for_visitors_at_once(client, demo_site):
    page = make_page(demo_site, "Altes Angebot", "altes-angebot-cache")
    assert cached(client, page.url).status_code == 200

    page.unpublish()

    assert client.get(page.url).status_code == 404


def test_moved_page_leaves_its_old_address_at_once(client, demo_site):
    section = make_page(demo_site, "Bereich", "bereich-cache")
    page = make_page(demo_site, "Wandernde Seite", "wandernde-seite-cache")
    old_url = page.url
    assert cached(client, old_url).status_code == 200

    page.move(section, pos="last-child")

    assert client.get(old_url).status_code in (301, 302, 404)
    assert client.get(Page.objects.get(pk=page.pk).url).status_code == 200


def test_a_page_saved_in_code_is_not_served_stale(client, demo_site):
    page = make_page(demo_site, "Öffnungszeiten", "oeffnungszeiten-cache")
    assert "Einleitung Öffnungszeiten" in cached(client, page.url).content.decode()

    page.intro = "Neue Zeiten ab Montag"
    page.save()

    assert "Neue Zeiten ab Montag" in client.get(page.url).content.decode()


def test_visitors_with_a_session_never_get_or_fill_the_shared_cache(client, admin_client, demo_site):
    client.get("/de/")
    response = admin_client.get("/de/")
    assert "X-Page-Cache" not in response
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_filtered_listings_and_search_are_answered_fresh(client, demo_site):
    assert "X-Page-Cache" not in cached(client, "/de/?thema=Bildung")
    assert "X-Page-Cache" not in cached(client, "/de/search/?q=Verein")
    assert cached(client, "/de/?page=2")["X-Page-Cache"] == "hit"


def test_the_cache_can_be_switched_off(client, demo_site):
    with override_settings(PAGE_CACHE_SECONDS=0):
        assert "X-Page-Cache" not in cached(client, "/de/")
