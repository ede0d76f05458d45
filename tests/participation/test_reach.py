"""Page views counted in the cache without tracking, and flushed to the database by an idempotent command."""

import io

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from participation.models import PageViewCount
from participation.reach import cached_counts

from .conftest import BROWSER


def test_the_counter_sits_before_the_page_cache_so_cached_pages_are_counted():
    middleware = settings.MIDDLEWARE
    assert middleware.index("participation.reach.PageViewCounterMiddleware") < middleware.index(
        "home.page_cache.PageCacheMiddleware"
    )


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_page_from_the_page_cache_is_counted_without_a_database_query(client, demo_site, django_assert_num_queries):
    assert client.get("/de/ueber-die-initiative/", **BROWSER).status_code == 200
    with django_assert_num_queries(0):
        response = client.get("/de/ueber-die-initiative/", **BROWSER)
    assert response.status_code == 200
    assert cached_counts(timezone.localdate()) == {("de", "/de/ueber-die-initiative/"): 2}


def test_views_are_counted_per_language_and_path_but_not_for_bots_or_errors(client, demo_site):
    client.get("/de/ueber-die-initiative/", **BROWSER)
    client.get("/en/about-the-initiative/", **BROWSER, follow=True)
    client.get("/de/ueber-die-initiative/", HTTP_USER_AGENT="Googlebot/2.1 (+http://www.google.com/bot.html)")
    client.get("/de/ueber-die-initiative/", HTTP_USER_AGENT="")
    client.get("/de/gibt-es-nicht/", **BROWSER)
    client.get("/admin/login/", **BROWSER)
    counts = cached_counts(timezone.localdate())
    assert counts[("de", "/de/ueber-die-initiative/")] == 1
    assert sum(views for (language, _path), views in counts.items() if language == "en") == 1
    assert not any("gibt-es-nicht" in path or "admin" in path for _language, path in counts)


def test_counting_stores_no_address_no_cookie_no_query_string(client, demo_site):
    response = client.get("/de/ueber-die-initiative/?utm_source=x", REMOTE_ADDR="192.0.2.44", **BROWSER)
    assert not response.cookies
    call_command("record_reach", stdout=io.StringIO())
    row = PageViewCount.objects.get(path="/de/ueber-die-initiative/")
    stored = " ".join(str(value) for value in PageViewCount.objects.values_list().get(pk=row.pk))
    assert "192.0.2.44" not in stored and "utm_source" not in stored
    assert {field.name for field in PageViewCount._meta.fields} == {
        "id",
        "day",
        "language",
        "path",
        "page",
        "page_type",
        "views",
    }


def test_flushing_twice_changes_nothing_and_finds_the_page(client, demo_site):
    for _view in range(3):
        client.get("/de/ueber-die-initiative/", **BROWSER)
    call_command("record_reach", stdout=io.StringIO())
    call_command("record_reach", stdout=io.StringIO())
    row = PageViewCount.objects.get(path="/de/ueber-die-initiative/", day=timezone.localdate())
    assert row.views == 3
    assert row.page.slug == "ueber-die-initiative"
    assert row.page_type == "home.standardpage"
    client.get("/de/ueber-die-initiative/", **BROWSER)
    call_command("record_reach", stdout=io.StringIO())
    row.refresh_from_db()
    assert row.views == 4


def test_a_lost_cache_never_shrinks_the_stored_figures(client, demo_site):
    from django.core.cache import cache

    for _view in range(3):
        client.get("/de/ueber-die-initiative/", **BROWSER)
    call_command("record_reach", stdout=io.StringIO())
    cache.clear()
    client.get("/de/ueber-die-initiative/", **BROWSER)
    call_command("record_reach", stdout=io.StringIO())
    assert PageViewCount.objects.get(path="/de/ueber-die-initiative/").views == 3
