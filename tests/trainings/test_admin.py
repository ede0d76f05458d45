"""Editors see registrations per session in the admin and export them; others don't; nobody adds them there."""

import pytest
from django.contrib.auth.models import Group, Permission

from trainings.models import Registration

from .conftest import register_url, registration_data

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/trainings/registration/"


@pytest.fixture
def registrations(client, series, session):
    for name in ("Ana", "Boris", "Cem"):
        client.post(register_url(series, session), registration_data(name=name, email=f"{name}@example.org"))
    return session


def test_registrations_of_one_session_are_listed(admin_client, registrations):
    response = admin_client.get(f"{LIST}?session={registrations.pk}")
    content = response.content.decode()
    assert response.status_code == 200
    assert all(name in content for name in ("Ana", "Boris", "Cem"))
    assert "Demo-Teilnehmer*in" not in content


def test_registrations_filter_by_status(admin_client, registrations):
    content = admin_client.get(f"{LIST}?session={registrations.pk}&status=waiting").content.decode()
    assert "Cem" in content and "Boris" not in content


def test_registrations_export_as_csv(admin_client, registrations):
    response = admin_client.get(f"{LIST}?session={registrations.pk}&export=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="registrations')
    body = b"".join(response.streaming_content).decode()
    lines = body.strip().splitlines()
    assert len(lines) == 4
    assert "ana@example.org" in body and "Testfortbildung" in body


def test_editor_without_registration_permission_cannot_see_them(client, django_user_model, registrations):
    editor = django_user_model.objects.create_user("redaktion", "r@example.org", "passwort-sicher-1")
    group = Group.objects.create(name="Nur Seiten")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get(LIST).status_code in (302, 403)


def test_user_with_view_permission_sees_the_list(client, django_user_model, registrations):
    user = django_user_model.objects.create_user("koordination", "k@example.org", "passwort-sicher-1")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_registration")
    )
    client.force_login(user)
    assert client.get(LIST).status_code == 200


def test_nobody_adds_registrations_in_the_admin(admin_client, registrations):
    assert admin_client.get(f"{LIST}add/").status_code in (302, 403)
    assert Registration.objects.filter(session=registrations).count() == 3


def test_series_edit_form_offers_sessions_inline_in_german(admin_client, series):
    content = admin_client.get(f"/admin/pages/{series.pk}/edit/").content.decode()
    assert "Termine" in content
    assert "Anmeldeschluss" in content


def test_editor_saving_a_session_that_ends_before_it_starts_gets_an_error(admin_client, demo_site):
    from .conftest import german_index

    index = german_index()
    data = {
        "title": "Neue Reihe",
        "slug": "neue-reihe",
        "kind": "training",
        "summary": "Kurz.",
        "organiser_name": "NARUD e.V.",
        "fee": "0",
        "description-count": "0",
        "sessions-TOTAL_FORMS": "1",
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "1",
        "sessions-MAX_NUM_FORMS": "1000",
        "sessions-0-start": "2027-03-01 18:00",
        "sessions-0-end": "2027-03-01 17:00",
        "sessions-0-place": "Rathaus Spandau",
        "sessions-0-ORDER": "1",
        "sessions-0-DELETE": "",
    }
    response = admin_client.post(f"/admin/pages/add/trainings/trainingseriespage/{index.pk}/", data)
    assert response.status_code == 200
    assert "Der Termin muss nach seinem Beginn enden." in response.content.decode()


def test_csv_export_turns_formulas_typed_by_visitors_into_text(admin_client, client, series, session):
    client.post(
        register_url(series, session),
        registration_data(
            name='=HYPERLINK("http://evil.example","Klick")', organisation="+49 30 1234", email="x@example.org"
        ),
    )
    content = b"".join(admin_client.get(f"{LIST}?session={session.pk}&export=csv").streaming_content).decode()
    assert "'=HYPERLINK(" in content
    assert "'+49 30 1234" in content
    assert ",=HYPERLINK(" not in content and '"=HYPERLINK(' not in content


def test_deleting_a_registration_leaves_no_name_or_address_in_the_audit_log(admin_client, registrations):
    from wagtail.models import ModelLogEntry

    registration = Registration.objects.get(email="ana@example.org")
    response = admin_client.post(f"{LIST}delete/{registration.pk}/")
    assert response.status_code == 302
    labels = " ".join(ModelLogEntry.objects.values_list("label", flat=True))
    assert f"Anmeldung {registration.pk}" in labels
    assert "Ana" not in labels and "ana@example.org" not in labels


def test_a_series_with_registrations_cannot_be_deleted(admin_client, series, registrations):
    response = admin_client.post(f"/admin/pages/{series.pk}/delete/")
    assert response.status_code == 302
    assert Registration.objects.filter(session=registrations).count() == 3
    series.refresh_from_db()  # still there
    messages = [str(message) for message in admin_client.get(response.url).context["messages"]]
    assert any("Anmeldungen" in message for message in messages)


def test_deleting_the_programme_above_a_series_with_registrations_is_refused(admin_client, series, registrations):
    admin_client.post(f"/admin/pages/{series.get_parent().pk}/delete/")
    assert Registration.objects.filter(session=registrations).count() == 3


def test_bulk_deleting_a_series_with_registrations_is_refused(admin_client, series, registrations):
    url = f"/admin/bulk/wagtailcore/page/delete/?id={series.pk}"
    admin_client.post(url)
    assert Registration.objects.filter(session=registrations).count() == 3


def test_a_series_without_registrations_can_be_deleted(admin_client, series):
    admin_client.post(f"/admin/pages/{series.pk}/delete/")
    assert not type(series).objects.filter(pk=series.pk).exists()
