"""What a visitor sees of the news: the index with filters and pages, a news item, the latest news at home."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from news.models import NewsPage, NewsRelatedPage

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return re.findall(r'<h2 class="news-card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def test_index_lists_news_newest_first(client, news_index):
    titles = listed_titles(client.get("/de/aktuelles/"))
    assert titles[0] == "Vernetzungstreffen im Rathaus Spandau"
    expected = [p.title for p in NewsPage.objects.child_of(news_index).live().order_by("-date")[:10]]
    assert titles == expected


def test_index_lists_only_the_visitors_language(client, english_news_index):
    titles = listed_titles(client.get("/en/news/"))
    assert "Network meeting at Spandau town hall" in titles
    assert "Vernetzungstreffen im Rathaus Spandau" not in titles


def test_index_filters_by_topic(client, news_index):
    titles = listed_titles(client.get("/de/aktuelles/", {"tag": "förderung"}))
    assert set(titles) == {"Neuer Förderaufruf aus dem Integrationsfonds", "Frist für Mikroförderung verlängert"}


def test_index_filters_by_year(client, make_news):
    import datetime

    make_news("Rückblick auf 2019", date=datetime.date(2019, 5, 1))
    titles = listed_titles(client.get("/de/aktuelles/", {"year": "2019"}))
    assert titles == ["Rückblick auf 2019"]


def test_topic_and_year_filters_are_offered_from_existing_news(client, news_index):
    content = client.get("/de/aktuelles/").content.decode()
    assert '<option value="förderung">Förderung</option>' in content
    assert re.search(r'<option value="\d{4}">\d{4}</option>', content)


@pytest.mark.parametrize(
    "query",
    [
        {"tag": "gibt-es-nicht"},
        {"tag": "<script>alert(1)</script>"},
        {"year": "abc"},
        {"year": "1800"},
        {"year": "99999999999999999999"},
        {"year": "2026'; DROP TABLE news_newspage;--"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999"},
        {"tag": "förderung", "page": "0"},
    ],
)
def test_bad_filter_values_still_show_news(client, news_index, query):
    response = client.get("/de/aktuelles/", query)
    assert response.status_code == 200
    assert listed_titles(response)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_unknown_filter_value_is_explained(client, news_index):
    content = client.get("/de/aktuelles/", {"year": "abc"}).content.decode()
    assert "Einer der Filter hat einen Wert, den wir nicht kennen" in content


def test_index_is_paginated_and_a_page_beyond_the_last_shows_the_last(client, news_index):
    first = listed_titles(client.get("/de/aktuelles/"))
    last = listed_titles(client.get("/de/aktuelles/", {"page": "2"}))
    assert len(first) == 10
    assert last and not set(first) & set(last)
    assert listed_titles(client.get("/de/aktuelles/", {"page": "999"})) == last


def test_pagination_links_keep_the_filters(client, make_news):
    for _n in range(11):
        make_news(tags=["Seitentest"])
    content = client.get("/de/aktuelles/", {"tag": "seitentest"}).content.decode()
    assert 'href="?tag=seitentest&amp;page=2"' in content


def test_drafts_and_private_news_are_not_listed(client, news_index, make_news):
    make_news("Noch ein Entwurf", live=False)
    private = make_news("Nur für Mitglieder")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    titles = listed_titles(client.get("/de/aktuelles/"))
    assert "Noch ein Entwurf" not in titles
    assert "Nur für Mitglieder" not in titles


def test_index_announces_its_feeds(client, news_index):
    content = client.get("/de/aktuelles/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in content
    assert 'href="/de/aktuelles/feed/rss/"' in content
    assert 'href="/de/aktuelles/feed/atom/"' in content


def test_news_item_shows_date_authors_topics_and_feed_link(client, news_index):
    content = client.get("/de/aktuelles/vernetzungstreffen-im-rathaus-spandau/").content.decode()
    assert "Leyla Demir (Projektkoordination, NARUD e.V.)" in content
    assert 'href="/de/aktuelles/?tag=vernetzung"' in content
    assert 'type="application/rss+xml"' in content
    assert 'alt="Illustration in den Farben von MigrAktiv Spandau!"' in content


def test_news_item_links_to_related_pages(client, make_news, demo_site):
    about = demo_site.get_children().get(slug="ueber-die-initiative")
    page = make_news("Mit Bezug")
    page.related_pages.add(NewsRelatedPage(related_page=about))
    page.save_revision().publish()
    content = client.get(page.url).content.decode()
    assert '<a href="/de/ueber-die-initiative/">Über die Initiative</a>' in content


def test_english_news_item_links_to_the_english_related_page(client, make_news, demo_site):
    about = demo_site.get_children().get(slug="ueber-die-initiative")
    page = make_news("Mit Bezug")
    page.related_pages.add(NewsRelatedPage(related_page=about))
    page.save_revision().publish()
    # The same related page, seen from an English news item: the chooser stored the German page.
    english = NewsPage.objects.get(slug="network-meeting-at-spandau-town-hall")
    english.related_pages.add(NewsRelatedPage(related_page=about))
    english.save_revision().publish()
    content = client.get("/en/news/network-meeting-at-spandau-town-hall/").content.decode()
    assert '<a href="/en/about-the-initiative/">About the initiative</a>' in content


def test_home_page_shows_the_latest_news_of_the_visitors_language(client, demo_site):
    german = client.get("/de/").content.decode()
    english = client.get("/en/").content.decode()
    turkish = client.get("/tr/").content.decode()
    assert "Vernetzungstreffen im Rathaus Spandau" in german
    assert "Network meeting at Spandau town hall" in english
    assert "Vernetzungstreffen im Rathaus Spandau" not in english
    assert "Spandau Belediye Binası&#x27;nda ağ toplantısı" in turkish
    assert "Vernetzungstreffen im Rathaus Spandau" not in turkish


def test_home_page_falls_back_to_german_news_with_a_notice(client, demo_site):
    # The demo has no Arabic news, only an Arabic start page.
    content = client.get("/ar/").content.decode()
    assert "Vernetzungstreffen im Rathaus Spandau" in content
    # Each German item's text says so; the list, dates and topics are interface and run right to left.
    assert '<a href="/de/aktuelles/vernetzungstreffen-im-rathaus-spandau/" lang="de" dir="ltr">' in content
    assert '<li lang="de"' not in content
    assert '<ul class="news-list">' in content


def test_home_page_shows_no_news_section_without_news(client, demo_site):
    for page in NewsPage.objects.live():
        page.unpublish()
    assert 'id="latest-news-heading"' not in client.get("/de/").content.decode()


def queries_and_titles(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), listed_titles(response)


def test_index_query_count_does_not_grow_with_the_page_size(client, settings, make_news):
    # A page of 15 against a page of 3: a query per item, or per item with an image, would show.
    image = get_image_model().objects.create(title="Testbild", file=get_test_image_file())
    for n in range(15):
        make_news(tags=[f"Thema {n % 4}"], image=image if n % 2 else None, alt="Ein Testbild")
    settings.NEWS_PER_PAGE = 15
    client.get("/de/aktuelles/")  # renditions are created on the first visit
    large, large_titles = queries_and_titles(client, "/de/aktuelles/")
    settings.NEWS_PER_PAGE = 3
    small, small_titles = queries_and_titles(client, "/de/aktuelles/")
    assert (len(large_titles), len(small_titles)) == (15, 3)
    assert large == small
