"""A signed link lets people cancel their own registration; the freed seat goes to the waiting list."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail

from tests.helpers import run_mail_worker
from trainings.models import Registration

from .conftest import register_url, registration_data

pytestmark = pytest.mark.django_db


def cancel_url(series, registration):
    return f"{series.url}cancel/?token={registration.get_cancel_token()}"


@pytest.fixture
def full_session(client, series, session):
    """Two confirmed (capacity 2) and two waiting, registered in this order."""
    for name in ("erste", "zweite", "dritte", "vierte"):
        client.post(register_url(series, session), registration_data(email=f"{name}@example.org", name=name))
    run_mail_worker()
    mail.outbox.clear()
    return session


def test_cancel_link_asks_for_confirmation_and_changes_nothing_on_get(client, series, full_session):
    registration = Registration.objects.get(email="erste@example.org")
    response = client.get(cancel_url(series, registration))
    assert response.status_code == 200
    assert "Anmeldung stornieren?" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_cancelling_frees_the_seat_for_the_first_person_on_the_waiting_list(client, series, full_session):
    registration = Registration.objects.get(email="erste@example.org")
    response = client.post(f"{series.url}cancel/", {"token": registration.get_cancel_token()})
    assert response.status_code == 200
    statuses = dict(Registration.objects.filter(session=full_session).values_list("email", "status"))
    assert statuses == {
        "erste@example.org": "cancelled",
        "zweite@example.org": "confirmed",
        "dritte@example.org": "confirmed",
        "vierte@example.org": "waiting",
    }


def test_person_moving_up_gets_an_email_and_the_canceller_a_confirmation(client, series, full_session):
    registration = Registration.objects.get(email="erste@example.org")
    client.post(f"{series.url}cancel/", {"token": registration.get_cancel_token()})
    run_mail_worker()
    recipients = {message.to[0]: message.subject for message in mail.outbox}
    assert recipients["dritte@example.org"].startswith("Ein Platz ist für Sie frei")
    assert recipients["erste@example.org"].startswith("Anmeldung storniert")
    assert "vierte@example.org" not in recipients


def test_leaving_the_waiting_list_moves_nobody_up(client, series, full_session):
    registration = Registration.objects.get(email="dritte@example.org")
    client.post(f"{series.url}cancel/", {"token": registration.get_cancel_token()})
    assert Registration.objects.get(email="vierte@example.org").status == "waiting"


def test_cancelling_twice_is_harmless(client, series, full_session):
    registration = Registration.objects.get(email="erste@example.org")
    client.post(f"{series.url}cancel/", {"token": registration.get_cancel_token()})
    response = client.post(f"{series.url}cancel/", {"token": registration.get_cancel_token()})
    assert "Bereits storniert" in response.content.decode()
    assert Registration.objects.filter(session=full_session, status="confirmed").count() == 2


@pytest.mark.parametrize(
    "tamper",
    [lambda token: token[:-2] + ("aa" if not token.endswith("aa") else "bb"), lambda token: "x" + token, lambda _: ""],
    ids=["changed-signature", "changed-payload", "missing"],
)
def test_tampered_cancel_token_is_refused_and_changes_nothing(client, series, full_session, tamper):
    registration = Registration.objects.get(email="erste@example.org")
    response = client.post(f"{series.url}cancel/", {"token": tamper(registration.get_cancel_token())})
    assert response.status_code == 400
    assert "Dieser Link funktioniert nicht" in response.content.decode()
    assert Registration.objects.filter(session=full_session, status="confirmed").count() == 2


def test_token_signed_for_another_purpose_is_refused(client, series, full_session):
    from django.core import signing

    registration = Registration.objects.get(email="erste@example.org")
    forged = signing.dumps(str(registration.uuid), salt="something-else")
    assert client.post(f"{series.url}cancel/", {"token": forged}).status_code == 400
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_cancel_link_in_the_email_works(client, series, session):
    client.post(register_url(series, session), registration_data())
    run_mail_worker()
    body = mail.outbox[0].body
    link = next(line for line in body.splitlines() if "/cancel/?token=" in line).strip()
    token = parse_qs(urlsplit(link).query)["token"][0]
    assert client.get(link.replace("http://testserver", "")).status_code == 200
    response = client.post(urlsplit(link).path, {"token": token})
    assert response.status_code == 200
    assert Registration.objects.get(session=session).status == "cancelled"


def test_admin_deleting_a_confirmed_registration_moves_the_waiting_list_up(admin_client, series, full_session):
    registration = Registration.objects.get(email="erste@example.org")
    response = admin_client.post(f"/admin/snippets/trainings/registration/delete/{registration.pk}/")
    assert response.status_code == 302
    assert Registration.objects.get(email="dritte@example.org").status == "confirmed"
