"""The resource models: languages, validity, translations, API fields and the editors' rules."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from resources.models import ResourceFile, ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.django_db


def own_editable_fields(model):
    fields = [f for f in model._meta.get_fields(include_parents=False) if getattr(f, "editable", False)]
    # The link to the parent page and the order are set by the inline panel, not typed by editors.
    return [f for f in fields if not f.auto_created and f.name not in {"page_ptr", "page", "sort_order"}]


@pytest.mark.parametrize("model", [ResourceIndexPage, ResourcePage, ResourceFile])
def test_every_editor_field_has_a_help_text(model):
    for field in own_editable_fields(model):
        assert field.help_text, f"{model.__name__}.{field.name} has no help text"


def test_available_in_finds_resources_in_a_language(library):
    titles = set(ResourcePage.objects.filter(locale=library.locale).available_in("tr").values_list("title", flat=True))
    assert titles == {"Leitfaden Vereinsgründung"}


def test_available_in_matches_whole_codes_only(make_resource):
    make_resource("Nur Urdu", languages=["ur"])
    assert not ResourcePage.objects.available_in("r").filter(title="Nur Urdu").exists()
    assert not ResourcePage.objects.available_in("ar").filter(title="Nur Urdu").exists()
    assert ResourcePage.objects.available_in("ur").filter(title="Nur Urdu").exists()


def test_languages_survive_a_revision_round_trip(make_resource):
    page = make_resource("Mehrsprachig", languages=["de", "ku", "ti"])
    revision = page.save_revision()
    assert revision.as_object().languages == ["de", "ku", "ti"]
    assert ResourcePage.objects.get(pk=page.pk).languages == ["de", "ku", "ti"]


def test_current_and_outdated_split_by_valid_until(make_resource):
    today = datetime.date(2026, 11, 26)
    expired = make_resource("Abgelaufen", valid_until=today - datetime.timedelta(days=1))
    last_day = make_resource("Letzter Tag", valid_until=today)
    open_ended = make_resource("Unbefristet")
    outdated = set(ResourcePage.objects.outdated(today=today))
    current = set(ResourcePage.objects.current(today=today))
    assert expired in outdated and expired not in current
    assert last_day in current and last_day not in outdated
    assert open_ended in current


def test_is_outdated_after_the_valid_until_date(make_resource):
    assert make_resource(valid_until=datetime.date(2000, 1, 1)).is_outdated
    assert not make_resource(valid_until=datetime.date(2999, 1, 1)).is_outdated
    assert not make_resource().is_outdated


def test_translation_keeps_files_languages_and_validity(library):
    german = ResourcePage.objects.get(slug="leitfaden-vereinsgruendung")
    english = german.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "Guide: founding an association"
    assert english.languages == german.languages
    assert [f.document_id for f in english.files.all()] == [f.document_id for f in german.files.all()]
    assert list(english.tags.names()) == list(german.tags.names())


def test_visitors_language_file_comes_first(library):
    page = ResourcePage.objects.get(slug="leitfaden-vereinsgruendung")
    files = page.files_for_language("ar")
    assert files[0].language == "ar"
    assert files[0].in_visitor_language
    assert not any(f.in_visitor_language for f in files[1:])


def test_resource_library_belongs_below_the_home_page_once(library, demo_site):
    assert not ResourceIndexPage.can_create_at(demo_site)
    assert ResourcePage.can_create_at(library)
    assert not ResourcePage.can_create_at(demo_site)


def test_api_exposes_resource_fields(client, library):
    page = ResourcePage.objects.get(slug="leitfaden-vereinsgruendung")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["languages"] == ["de", "tr", "ar"]
    assert data["resource_type"] == "guide"
    assert data["is_outdated"] is False
    assert [f["language"] for f in data["files"]] == ["de", "tr", "ar"]
    assert data["files"][0]["url"].startswith("/documents/")


def test_api_listing_query_count_does_not_grow_with_the_page_size(client, make_resource):
    for _n in range(15):  # a page of 15 against a page of 3: a query per item would show
        make_resource()
    url = "/api/v2/pages/?type=resources.ResourcePage&fields=summary,languages,valid_until&locale=de&limit={}"
    with CaptureQueriesContext(connection) as small:
        assert len(client.get(url.format(3)).json()["items"]) == 3
    with CaptureQueriesContext(connection) as large:
        assert len(client.get(url.format(15)).json()["items"]) == 15
    assert len(small) == len(large)


def test_sitemap_lists_the_library(client, library):
    content = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/de/materialien/</loc>" in content
    assert "<loc>http://testserver/de/materialien/leitfaden-vereinsgruendung/</loc>" in content
