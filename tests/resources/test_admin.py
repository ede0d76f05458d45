"""Editors create resources in the Wagtail admin; a resource needs a file or a link."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "sicheres-passwort-1")
    client.force_login(user)
    return client


def resource_form(**overrides):
    data = {
        "title": "Neues Material",
        "slug": "neues-material",
        "resource_type": "guide",
        "summary": "Kurzbeschreibung",
        "files": inline_formset([]),
        "links": streamfield([]),
        "body": streamfield([]),
        "comments": inline_formset([]),
        "tags": "",
        "contributing_organisation_name": "",
        "valid_until": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_resource_without_file_or_link_is_refused(editor_client, library):
    response = editor_client.post(f"/admin/pages/add/resources/resourcepage/{library.pk}/", resource_form())
    assert response.status_code == 200
    assert "Fügen Sie mindestens eine Datei oder einen Link hinzu" in response.content.decode()
    assert not ResourcePage.objects.filter(slug="neues-material").exists()


def test_resource_with_a_link_and_languages_is_saved(editor_client, library):
    form = resource_form(
        links=streamfield([("link", {"title": "Förderdatenbank", "url": "https://example.org/", "language": ""})]),
    )
    form["languages"] = ["de", "ar"]
    response = editor_client.post(f"/admin/pages/add/resources/resourcepage/{library.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ResourcePage.objects.get(slug="neues-material")
    assert page.languages == ["de", "ar"]


def test_resource_edit_form_shows_language_checkboxes(editor_client, library):
    page = ResourcePage.objects.get(slug="leitfaden-vereinsgruendung")
    content = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'type="checkbox" name="languages" value="tr"' in content
    assert 'value="tr"' in content and "checked" in content
