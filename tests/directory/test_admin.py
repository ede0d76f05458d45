"""Editors fill in profiles in grouped tabs, with a help text on every field."""

import pytest

from directory.models import (
    OrganisationIndexPage,
    OrganisationPage,
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupPage,
)

pytestmark = pytest.mark.django_db

MODELS = [OrganisationIndexPage, OrganisationPage, WorkingGroupIndexPage, WorkingGroupPage, WorkingGroupMeeting]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_editor_field_has_a_help_text(model):
    own_fields = [f for f in model._meta.get_fields(include_parents=False) if getattr(f, "editable", False)]
    own_fields = [f for f in own_fields if not f.auto_created and f.name not in {"page_ptr", "group", "sort_order"}]
    own_fields = [f for f in own_fields if f.name not in {"locale", "translation_key"}]
    assert own_fields
    for field in own_fields:
        assert field.help_text, f"{model.__name__}.{field.name} has no help text"


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "sicheres-passwort-1")
    client.force_login(user)
    return client


def test_organisation_editor_shows_the_profile_in_german_tabs(editor, demo_site):
    page = OrganisationPage.objects.get(slug="sprachcafe-kladow", locale__language_code="de")
    content = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for tab in ("Profil", "Angebote und Sprachen", "Adresse und Kontakt"):
        assert tab in content
    assert "Arabisch (العربية)" in content  # the curated language list as checkboxes


def test_working_group_editor_shows_members_and_meetings_tabs(editor, demo_site):
    page = WorkingGroupPage.objects.get(slug="ag-bildung", locale__language_code="de")
    content = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Mitglieder und Kontakt" in content
    assert "Treffen" in content


def test_directory_index_can_only_be_created_once_below_a_home_page(demo_site):
    assert not OrganisationIndexPage.can_create_at(demo_site)
    assert not WorkingGroupIndexPage.can_create_at(demo_site)


def test_organisations_can_only_be_created_in_the_directory(demo_site):
    directory = OrganisationIndexPage.objects.get(locale__language_code="de")
    assert OrganisationPage.can_create_at(directory)
    assert not OrganisationPage.can_create_at(demo_site)


def organisation_form(**fields):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    data = {
        "title": "Neuer Verein Staaken",
        "slug": "neuer-verein-staaken",
        "short_description": "Ein neuer Verein.",
        "description": rich_text(""),
        "topics": "Bildung, Kultur",
        "city": "Berlin",
        "social_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    form_data = nested_form_data(data)
    form_data["languages"] = ["de", "ar"]  # checkboxes: one value per ticked box
    return form_data


def test_editor_creates_an_organisation_in_the_admin(editor, demo_site):
    directory = OrganisationIndexPage.objects.get(locale__language_code="de")
    response = editor.post(
        f"/admin/pages/add/directory/organisationpage/{directory.pk}/",
        organisation_form(latitude="52.5305", longitude="13.1470", neighbourhood="staaken"),
    )
    assert response.status_code == 302
    page = OrganisationPage.objects.get(slug="neuer-verein-staaken")
    assert {tag.name for tag in page.topics.all()} == {"Bildung", "Kultur"}
    assert {language.code for language in page.languages.all()} == {"de", "ar"}


def test_editor_sees_coordinate_errors_in_german(editor, demo_site):
    directory = OrganisationIndexPage.objects.get(locale__language_code="de")
    response = editor.post(
        f"/admin/pages/add/directory/organisationpage/{directory.pk}/",
        organisation_form(latitude="48.137", longitude="11.575", phone="ruf an"),
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Dieser Punkt liegt außerhalb von Berlin." in content
    assert "Bitte eine Telefonnummer" in content
    assert not OrganisationPage.objects.filter(slug="neuer-verein-staaken").exists()


def test_translators_open_the_english_organisation_in_the_translation_editor(editor, demo_site):
    english = OrganisationPage.objects.get(slug="sprachcafe-kladow", locale__language_code="en")
    response = editor.get(f"/admin/pages/{english.pk}/edit/")
    assert response.status_code == 200
    assert "Speaking German without exam pressure" in response.content.decode()
