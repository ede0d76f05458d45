"""RSS 2.0 and Atom feeds per language: they parse, say their language and carry the right items."""

import xml.etree.ElementTree as ET

import pytest

from news.models import NewsPage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(content):
    return ET.fromstring(content)  # noqa: S314 - our own feed, rendered by the test's own server


def test_rss_feed_parses_and_is_german(client, news_index):
    response = client.get("/de/aktuelles/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse(response.content).find("channel")
    assert channel.findtext("language") == "de"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles[0] == "Vernetzungstreffen im Rathaus Spandau"
    assert len(titles) == NewsPage.objects.child_of(news_index).live().count()


def test_english_rss_feed_carries_english_items(client, english_news_index):
    channel = parse(client.get("/en/news/feed/rss/").content).find("channel")
    assert channel.findtext("language") == "en"
    titles = {item.findtext("title") for item in channel.findall("item")}
    assert "Network meeting at Spandau town hall" in titles
    assert "Vernetzungstreffen im Rathaus Spandau" not in titles


def test_rss_items_link_to_the_news_item_with_topics(client, news_index):
    channel = parse(client.get("/de/aktuelles/feed/rss/").content).find("channel")
    first = channel.find("item")
    assert first.findtext("link") == "http://testserver/de/aktuelles/vernetzungstreffen-im-rathaus-spandau/"
    assert [c.text for c in first.findall("category")] == ["Vernetzung"]
    assert first.findtext("pubDate")


def test_atom_feed_parses_and_says_its_language(client, english_news_index):
    response = client.get("/en/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == "en"
    entries = feed.findall(f"{ATOM}entry")
    assert entries[0].findtext(f"{ATOM}title") == "Network meeting at Spandau town hall"
    assert entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name") == "Leyla Demir"


def test_feeds_leave_out_drafts_and_private_news(client, make_news):
    from wagtail.models import PageViewRestriction

    make_news("Entwurf im Feed", live=False)
    private = make_news("Privat im Feed")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    body = client.get("/de/aktuelles/feed/rss/").content.decode()
    assert "Entwurf im Feed" not in body
    assert "Privat im Feed" not in body


def test_feed_escapes_markup_in_titles(client, make_news):
    make_news("Tom & Jerry <b>im</b> Kiez")
    channel = parse(client.get("/de/aktuelles/feed/rss/").content).find("channel")
    assert "Tom & Jerry <b>im</b> Kiez" in {item.findtext("title") for item in channel.findall("item")}
