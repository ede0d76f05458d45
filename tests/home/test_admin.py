"""Editors work in the Wagtail admin, in German unless they choose otherwise."""

import pytest

pytestmark = pytest.mark.django_db


def test_admin_login_page_is_german_by_default(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert 'lang="de"' in response.content.decode()
    assert "Anmelden" in response.content.decode()


def test_admin_dashboard_requires_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editor_sees_the_admin_in_german(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "sicheres-passwort-1")
    client.force_login(user)
    content = client.get("/admin/").content.decode()
    assert 'lang="de"' in content
    assert "Seiten" in content


def test_every_editor_field_has_a_help_text():
    from home.models import HomePage, StandardPage

    for model in (HomePage, StandardPage):
        own_fields = [f for f in model._meta.get_fields(include_parents=False) if getattr(f, "editable", False)]
        own_fields = [f for f in own_fields if not f.auto_created and f.name != "page_ptr"]
        assert own_fields, model
        for field in own_fields:
            assert field.help_text, f"{model.__name__}.{field.name} has no help text"
