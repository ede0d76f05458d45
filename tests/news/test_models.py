"""The news models: editors' rules (alt text, where pages go), translations, API fields, sitemap."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from news.models import Author, NewsIndexPage, NewsPage, NewsPageAuthor

pytestmark = pytest.mark.django_db


def own_editable_fields(model):
    fields = [f for f in model._meta.get_fields(include_parents=False) if getattr(f, "editable", False)]
    # The link to the parent page and the order are set by the inline panel, not typed by editors.
    return [f for f in fields if not f.auto_created and f.name not in {"page_ptr", "page", "sort_order"}]


@pytest.mark.parametrize("model", [NewsIndexPage, NewsPage, Author, NewsPageAuthor])
def test_every_editor_field_has_a_help_text(model):
    for field in own_editable_fields(model):
        assert field.help_text, f"{model.__name__}.{field.name} has no help text"


def test_lead_image_needs_an_alt_text_in_german(news_index):
    image = get_image_model().objects.create(title="Bild", file=get_test_image_file())
    page = NewsPage(title="Ohne Alt-Text", slug="ohne-alt", teaser="Kurz", lead_image=image)
    with translation.override("de"):
        with pytest.raises(ValidationError) as error:
            page.clean()
        message = error.value.message_dict["lead_image_alt"][0]  # the lazy message is read in German here
    assert "Beschreiben Sie das Titelbild" in message


def test_alt_text_is_not_needed_without_an_image(news_index):
    NewsPage(title="Ohne Bild", slug="ohne-bild", teaser="Kurz").clean()


def test_news_index_belongs_below_the_home_page_once(news_index, demo_site):
    assert NewsIndexPage.parent_page_types == ["home.HomePage"]
    assert not NewsIndexPage.can_create_at(demo_site)  # there is one already
    assert not NewsPage.can_create_at(demo_site)
    assert NewsPage.can_create_at(news_index)
    assert not StandardPage.can_create_at(news_index)
    assert HomePage.objects.exists()


def test_translation_keeps_date_topics_and_authors_of_the_german_item(news_index):
    german = NewsPage.objects.get(slug="vernetzungstreffen-im-rathaus-spandau")
    english = german.get_translation(Locale.objects.get(language_code="en"))
    assert english.date == german.date
    assert list(english.tags.names()) == list(german.tags.names())
    assert english.authors == german.authors
    assert english.lead_image_alt == "Illustration in the colours of MigrAktiv Spandau!"


def test_author_credit_names_role_and_organisation():
    assert Author(name="A", role="B", organisation="C").credit() == "A (B, C)"
    assert Author(name="A").credit() == "A"


def test_api_exposes_news_fields(client, english_news_index):
    english = NewsPage.objects.get(slug="network-meeting-at-spandau-town-hall")
    data = client.get(f"/api/v2/pages/{english.pk}/").json()
    assert data["meta"]["type"] == "news.NewsPage"
    assert data["tags"] == ["Vernetzung"]
    assert "authors" not in data and "author_names" not in data  # bylines stay on the page (docs/api.md)
    assert data["lead_image_alt"] == "Illustration in the colours of MigrAktiv Spandau!"
    assert {"date", "teaser", "body", "lead_image_rendition", "related"} <= data.keys()


def test_api_listing_query_count_does_not_grow_with_the_page_size(client, make_news):
    for _n in range(15):  # a page of 15 against a page of 3: a query per item would show
        make_news()
    url = "/api/v2/pages/?type=news.NewsPage&fields=date,teaser,lead_image_alt&locale=de&limit={}"
    with CaptureQueriesContext(connection) as small:
        assert len(client.get(url.format(3)).json()["items"]) == 3
    with CaptureQueriesContext(connection) as large:
        assert len(client.get(url.format(15)).json()["items"]) == 15
    assert len(small) == len(large)


def test_sitemap_lists_the_news(client, news_index):
    content = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/de/aktuelles/</loc>" in content
    assert "<loc>http://testserver/de/aktuelles/vernetzungstreffen-im-rathaus-spandau/</loc>" in content
