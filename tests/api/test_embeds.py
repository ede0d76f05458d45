"""Partner feeds and widgets: one organisation's trainings and news, in any language, safe to embed anywhere."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar
from wagtail.models import Page, PageViewRestriction

from directory.models import OrganisationPage
from tests.news.conftest import make_news, news_index  # noqa: F401 - fixtures
from tests.trainings.conftest import future_session, make_series, registration_data, translate
from trainings.models import TrainingSession

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def organisation(demo_site):
    """A demo organisation that runs a demo series and is the subject of a demo news item."""
    return OrganisationPage.objects.get(slug="kulturforum-anatolien-spandau", locale__language_code="de")


def embed(organisation, route, **query):
    from urllib.parse import urlencode

    suffix = f"?{urlencode(query)}" if query else ""
    return f"/api/embed/organisations/{organisation.pk}/{route}{suffix}"


# --- widget documents ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["trainings/", "news/"])
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_widget_renders_in_every_language_with_lang_and_dir(client, organisation, kind, language):
    response = client.get(embed(organisation, kind, lang=language))
    assert response.status_code == 200
    direction = "rtl" if language in ("ar", "fa") else "ltr"
    content = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in content
    assert f'lang="{language}" dir="{direction}"' in content.split("<body", 1)[1]


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_fragment_for_rtl_languages_carries_dir_rtl_on_its_root(client, organisation, language):
    content = client.get(embed(organisation, "trainings/", lang=language, format="fragment")).content.decode()
    assert "<html" not in content
    assert f'<section class="migraktiv-widget__body" lang="{language}" dir="rtl"' in content


def test_trainings_widget_lists_upcoming_sessions_with_free_places_and_cancellations(client, organisation):
    content = client.get(embed(organisation, "trainings/")).content.decode()
    assert "Kommende Fortbildungen" in content
    assert "Öffentlichkeitsarbeit und Social Media für Vereine" in content
    assert "Freie Plätze:" in content
    assert "Abgesagt" in content
    assert '<time datetime="' in content
    assert 'target="_blank" rel="noopener"' in content
    assert "Mehr auf MigrAktiv Spandau!" in content


def test_trainings_widget_shows_series_titles_in_the_chosen_language(client, organisation):
    content = client.get(embed(organisation, "trainings/", lang="en")).content.decode()
    assert "Upcoming trainings" in content
    assert "Public relations and social media for associations" in content
    assert "/en/trainings/public-relations-social-media/" in content


def test_untranslated_series_fall_back_to_german(client, organisation):
    content = client.get(embed(organisation, "trainings/", lang="ru")).content.decode()  # no Russian series yet
    assert "Ближайшие обучения" in content
    assert "Öffentlichkeitsarbeit und Social Media für Vereine" in content


def test_times_are_shown_in_berlin_time(client, organisation):
    session = TrainingSession.objects.canonical().for_organisation(organisation).upcoming().earliest("start")
    content = client.get(embed(organisation, "trainings/")).content.decode()
    from django.utils import timezone

    assert timezone.localtime(session.start).strftime("%H:%M") in content


def test_news_widget_lists_the_latest_news_about_the_organisation(client, organisation):
    content = client.get(embed(organisation, "news/", lang="en")).content.decode()
    assert "Latest news" in content
    assert "Training on public relations" in content
    assert "/en/news/training-on-public-relations/" in content


def test_limit_bounds_the_number_of_entries(client, organisation):
    make_series([future_session(days=3), future_session(days=4)], organiser=organisation, organiser_name="")
    content = client.get(embed(organisation, "trainings/", limit=1)).content.decode()
    assert content.count('class="migraktiv-widget__item') == 1


@pytest.mark.parametrize("query", [{"limit": "0"}, {"limit": "21"}, {"limit": "viele"}, {"lang": "xx"}])
def test_bad_parameters_answer_400(client, organisation, query):
    response = client.get(embed(organisation, "trainings/", **query))
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("route", ["trainings/", "news/", "trainings.ics", "news.rss"])
def test_unknown_organisation_answers_404(client, demo_site, route):
    response = client.get(f"/api/embed/organisations/999999/{route}")
    assert response.status_code == 404


def test_a_page_that_is_not_an_organisation_answers_404(client, demo_site):
    assert client.get(f"/api/embed/organisations/{demo_site.pk}/trainings/").status_code == 404


def test_unpublished_organisation_answers_404(client, organisation):
    organisation.unpublish()
    assert client.get(embed(organisation, "trainings/")).status_code == 404
    assert client.get(embed(organisation, "news.rss")).status_code == 404


def test_private_organisation_answers_404(client, organisation):
    PageViewRestriction.objects.create(page=organisation, restriction_type="login")
    assert client.get(embed(organisation, "news/")).status_code == 404


def test_a_translated_pages_id_shows_the_same_organisation(client, organisation):
    english = organisation.get_translation(organisation.locale.__class__.objects.get(language_code="en"))
    response = client.get(f"/api/embed/organisations/{english.pk}/trainings/?lang=en")
    assert response.status_code == 200
    assert english.title in response.content.decode()


# --- safe to embed ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "route", ["trainings/", "news/", "trainings/?format=fragment", "trainings.ics", "news.rss", "theme.css"]
)
def test_embed_routes_set_no_cookies_and_are_cacheable(client, organisation, route):
    url = "/api/embed/theme.css?accent=0b5a8e" if route == "theme.css" else embed(organisation, route)
    response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]


def test_widget_may_be_framed_by_any_site_and_loads_only_own_assets(client, organisation):
    response = client.get(embed(organisation, "trainings/"))
    assert "X-Frame-Options" not in response
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors *" in policy
    assert "default-src 'none'" in policy
    assert "script-src" not in policy
    content = response.content.decode()
    assert "<script" not in content
    assert "style=" not in content
    assert 'href="http://testserver/static/api/widget.css"' in content


def test_the_rest_of_the_site_still_refuses_framing(client, organisation):
    assert client.get(organisation.url)["X-Frame-Options"] == "DENY"
    assert client.get("/api/content/languages")["X-Frame-Options"] == "DENY"
    assert client.get(embed(organisation, "trainings.ics"))["X-Frame-Options"] == "DENY"


def test_fragment_may_be_fetched_from_any_origin_without_credentials(client, organisation):
    response = client.get(embed(organisation, "news/", format="fragment"), HTTP_ORIGIN="https://partner.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_widget_and_feeds_never_show_registrants(client, organisation):
    session = TrainingSession.objects.canonical().for_organisation(organisation).upcoming().earliest("start")
    session.register(
        **{key: value for key, value in registration_data().items() if key in ("name", "email")}, language="de"
    )
    for route in ("trainings/", "trainings.ics", "news/", "news.rss", "trainings/?format=fragment"):
        content = client.get(embed(organisation, route)).content.decode()
        assert "Leyla Demir" not in content
        assert "leyla@example.org" not in content


# --- theme --------------------------------------------------------------------------------------------------------


def test_iframe_colours_come_from_a_validated_theme_stylesheet(client, organisation):
    content = client.get(embed(organisation, "news/", accent="#AA0000", background="fff")).content.decode()
    assert 'href="/api/embed/theme.css?accent=aa0000&amp;background=fff"' in content
    css = client.get("/api/embed/theme.css?accent=aa0000&background=fff")
    assert css["Content-Type"].startswith("text/css")
    assert "--migraktiv-accent: #aa0000;" in css.content.decode()
    assert "--migraktiv-background: #fff;" in css.content.decode()


@pytest.mark.parametrize("colour", ["red", "#12345", "0;}body{display:none", "url(x)"])
def test_theme_accepts_only_hex_colours(client, organisation, colour):
    assert client.get("/api/embed/theme.css", {"accent": colour}).status_code == 400
    assert client.get(embed(organisation, "trainings/"), {"accent": colour}).status_code == 400


# --- feeds --------------------------------------------------------------------------------------------------------


def test_calendar_lists_the_organisations_upcoming_sessions_in_the_chosen_language(client, organisation):
    response = client.get(embed(organisation, "trainings.ics", lang="en"))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert events
    assert all(str(event["uid"]).endswith("@migraktiv-spandau") for event in events)
    assert any(str(event["summary"]) == "Public relations and social media for associations" for event in events)
    assert all("/en/trainings/" in str(event["url"]) for event in events)
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == "Europe/Berlin"


def test_calendar_uids_match_the_series_calendar(client, organisation):
    session = TrainingSession.objects.canonical().for_organisation(organisation).upcoming().earliest("start")
    calendar = Calendar.from_ical(client.get(embed(organisation, "trainings.ics", lang="ar")).content)
    assert f"{session.uuid}@migraktiv-spandau" in [str(event["uid"]) for event in calendar.walk("VEVENT")]


def test_rss_lists_news_about_the_organisation_with_its_language(client, organisation):
    response = client.get(embed(organisation, "news.rss", lang="en"))
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_rss(response.content)
    assert channel.findtext("language") == "en"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert "Training on public relations" in titles


def test_rss_falls_back_to_german_items_without_a_translation(client, organisation):
    channel = parse_rss(client.get(embed(organisation, "news.rss", lang="pl")).content)
    assert channel.findtext("language") == "pl"
    assert "Fortbildung zur Öffentlichkeitsarbeit" in [item.findtext("title") for item in channel.findall("item")]


# --- query counts -------------------------------------------------------------------------------------------------


def parse_rss(content):
    return ET.fromstring(content).find("channel")  # noqa: S314 - our own feed, rendered by the test's own server


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("route", ["trainings/", "trainings.ics"])
def test_training_queries_do_not_grow_with_the_number_of_sessions(client, organisation, route):
    count_queries(client, embed(organisation, route, lang="en"))  # warm caches (site root paths, locales)
    before = count_queries(client, embed(organisation, route, lang="en"))
    series = make_series(
        [future_session(days=d, capacity=5) for d in (2, 3, 4)], organiser=organisation, organiser_name=""
    )
    translate(series, "en")
    make_series([future_session(days=5)], organiser=organisation, organiser_name="")
    count_queries(client, embed(organisation, route, lang="en"))
    assert count_queries(client, embed(organisation, route, lang="en")) == before


@pytest.mark.parametrize("route", ["news/", "news.rss"])
def test_news_queries_do_not_grow_with_the_number_of_items(client, organisation, route, make_news):  # noqa: F811
    from news.models import NewsRelatedPage

    count_queries(client, embed(organisation, route, lang="en"))
    before = count_queries(client, embed(organisation, route, lang="en"))
    for _n in range(3):
        item = make_news(tags=["Bildung"])
        item.related_pages.add(NewsRelatedPage(related_page=organisation))
        item.save_revision().publish()
    count_queries(client, embed(organisation, route, lang="en"))
    assert count_queries(client, embed(organisation, route, lang="en")) == before


# --- admin --------------------------------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "geheim-geheim")
    client.force_login(user)
    return client


def test_organisation_edit_view_offers_widgets_and_feeds(editor_client, organisation):
    content = editor_client.get(f"/admin/pages/{organisation.pk}/edit/").content.decode()
    assert f"/admin/partner-api/embed/{organisation.pk}/" in content


def test_other_pages_get_no_widget_button(editor_client, demo_site):
    content = editor_client.get(f"/admin/pages/{demo_site.pk}/edit/").content.decode()
    assert "/admin/partner-api/embed/" not in content


def test_editor_copies_snippets_with_the_organisation_id(editor_client, organisation):
    content = editor_client.get(f"/admin/partner-api/embed/{organisation.pk}/").content.decode()
    assert f"data-migraktiv-organisation=&quot;{organisation.pk}&quot;" in content or (
        f'data-migraktiv-organisation="{organisation.pk}"' in content
    )
    assert "/static/api/widget.js" in content
    assert f"/api/embed/organisations/{organisation.pk}/trainings/?lang=de" in content
    assert f"/api/embed/organisations/{organisation.pk}/news.rss?lang=de" in content


def test_snippets_of_a_translation_use_the_german_organisation_id(editor_client, organisation):
    english = Page.objects.get(translation_key=organisation.translation_key, locale__language_code="en")
    content = editor_client.get(f"/admin/partner-api/embed/{english.pk}/").content.decode()
    assert f"/api/embed/organisations/{organisation.pk}/news/?lang=de" in content


def test_snippet_view_is_only_for_organisations(editor_client, demo_site):
    assert editor_client.get(f"/admin/partner-api/embed/{demo_site.pk}/").status_code == 404
