"""Visitors register for a session without an account; bad input is refused clearly and saves nothing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone

from tests.helpers import run_mail_worker
from trainings.models import Registration, TrainingSession

from .conftest import future_session, make_series, register_url, registration_data, translate

pytestmark = pytest.mark.django_db


def test_registration_form_shows_consent_with_link_to_privacy_page_and_retention(client, series, session):
    content = client.get(register_url(series, session)).content.decode()
    assert 'name="consent"' in content
    assert 'href="/de/datenschutz/"' in content
    assert "30 Tage nach" in content
    assert 'name="csrfmiddlewaretoken"' in content


def test_honeypot_field_is_hidden_and_skipped_by_keyboard(client, series, session):
    content = client.get(register_url(series, session)).content.decode()
    assert '<div class="visually-hidden" aria-hidden="true">' in content
    assert 'name="website" autocomplete="off" tabindex="-1"' in content


def test_visitor_registers_and_gets_a_seat_and_a_confirmation(client, series, session):
    response = client.post(register_url(series, session), registration_data())
    assert response.status_code == 200
    assert "Sie sind angemeldet" in response.content.decode()
    registration = Registration.objects.get(session=session)
    assert registration.status == "confirmed"
    assert registration.email == "leyla@example.org"
    assert registration.consent_at is not None


def test_confirmation_email_is_in_the_visitors_language_with_cancel_link_and_calendar(client, series, session):
    client.post(register_url(series, session), registration_data(language="en"))
    run_mail_worker()
    [message] = mail.outbox
    assert message.to == ["leyla@example.org"]
    assert message.subject.startswith("Registration confirmed")
    assert "Hello Leyla Demir" in message.body
    assert f"http://testserver{series.url}cancel/?token=" in message.body
    assert message.attachments[0][0] == "session.ics"


def test_confirmation_email_in_turkish(client, series, session):
    client.post(register_url(series, session), registration_data(language="tr"))
    run_mail_worker()
    assert "Merhaba Leyla Demir" in mail.outbox[0].body


def test_email_is_stored_lowercase(client, series, session):
    client.post(register_url(series, session), registration_data(email="Leyla@Example.ORG"))
    assert Registration.objects.get(session=session).email == "leyla@example.org"


def test_second_registration_with_the_same_email_is_refused(client, series, session):
    client.post(register_url(series, session), registration_data())
    response = client.post(register_url(series, session), registration_data(email="LEYLA@example.org"))
    assert response.status_code == 400
    assert "bereits für diesen Termin angemeldet" in response.content.decode()
    assert Registration.objects.filter(session=session).count() == 1


def test_registration_beyond_capacity_goes_to_the_waiting_list(client, series, session):
    for number in range(2):
        client.post(register_url(series, session), registration_data(email=f"p{number}@example.org"))
    response = client.post(register_url(series, session), registration_data(email="late@example.org"))
    assert "Warteliste" in response.content.decode()
    assert Registration.objects.get(email="late@example.org").status == "waiting"
    run_mail_worker()
    assert "Warteliste" in mail.outbox[-1].subject


def test_registering_on_the_english_page_fills_the_same_seats_as_the_german_one(client, series, session):
    english = translate(series)
    english_session = english.sessions.get()
    assert english_session.pk != session.pk and english_session.uuid == session.uuid
    client.post(register_url(english, english_session), registration_data(email="a@example.org", language="en"))
    client.post(register_url(series, session), registration_data(email="b@example.org"))
    assert Registration.objects.filter(session=session).count() == 2
    assert not Registration.objects.filter(session=english_session).exists()
    assert session.free_places == 0
    assert english_session.free_places == 0
    assert "Ausgebucht" in client.get(series.url).content.decode()
    assert "Fully booked" in client.get(english.url).content.decode()


def test_registration_closes_at_the_deadline(client, demo_site):
    session = future_session(registration_deadline=timezone.now() - timedelta(minutes=1))
    page = make_series([session])
    session = page.sessions.get()
    response = client.post(register_url(page, session), registration_data())
    assert response.status_code == 400
    assert "Anmeldung geschlossen" in response.content.decode()
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


def test_registration_closes_at_the_start(client, demo_site):
    page = make_series([future_session(days=0, hours=3)])
    session = page.sessions.get()
    session.start = timezone.now() - timedelta(minutes=5)
    session.save()
    response = client.post(register_url(page, session), registration_data())
    assert response.status_code == 400
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


def test_cancelled_session_takes_no_registrations(client, demo_site):
    page = make_series([future_session(status=TrainingSession.Status.CANCELLED)])
    response = client.post(register_url(page, page.sessions.get()), registration_data())
    assert response.status_code == 400
    assert "abgesagt" in response.content.decode()
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"consent": None}, "Bitte stimmen Sie der Speicherung"),
        ({"email": "keine-adresse"}, "gültige E-Mail-Adresse ein"),
        ({"name": "x" * 5000}, "höchstens 200 Zeichen"),
        ({"accessibility_needs": "x" * 100_000}, "höchstens 1000 Zeichen"),
        ({"name": ""}, "Dieses Feld muss ausgefüllt werden"),
        ({"language": "xx"}, "Bitte eine gültige Auswahl treffen"),
    ],
    ids=["missing-consent", "invalid-email", "huge-name", "huge-needs", "empty-name", "unknown-language"],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(client, series, session, overrides, message):
    response = client.post(register_url(series, session), registration_data(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()
    run_mail_worker()
    assert not mail.outbox


def test_errors_are_shown_in_the_visitors_language(client, series, session):
    english = translate(series)
    response = client.post(register_url(english, english.sessions.get()), registration_data(consent=None))
    assert "Please agree to the storage of your details" in response.content.decode()


def test_filled_honeypot_is_refused_and_nothing_saved(client, series, session):
    response = client.post(register_url(series, session), registration_data(website="https://spam.example"))
    assert response.status_code == 400
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


def test_unknown_session_answers_404(client, series):
    response = client.post(f"{series.url}register/00000000-0000-4000-8000-000000000000/", registration_data())
    assert response.status_code == 404
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


def test_session_of_an_unpublished_page_cannot_be_registered_for(client, series, session):
    url = register_url(series, session)
    series.unpublish()
    response = client.post(url, registration_data())
    assert response.status_code == 404
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


def test_unpublished_german_source_closes_registration_on_the_translation(client, series, session):
    english = translate(series)
    series.unpublish()
    response = client.post(register_url(english, english.sessions.get()), registration_data())
    assert response.status_code == 400
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


def test_registration_without_csrf_token_is_refused(series, session):
    client = Client(enforce_csrf_checks=True)
    response = client.post(register_url(series, session), registration_data())
    assert response.status_code == 403
    assert not Registration.objects.filter(session__page__title="Testfortbildung").exists()


# django-ratelimit counts in fixed windows; an hour-long one keeps the four requests from straddling a boundary.
@override_settings(TRAININGS_REGISTRATION_RATE="3/h")
def test_too_many_submissions_from_one_address_answer_429(client, series, session):
    for number in range(3):
        client.post(register_url(series, session), registration_data(email=f"p{number}@example.org"))
    response = client.post(register_url(series, session), registration_data(email="fourth@example.org"))
    assert response.status_code == 429
    assert "Zu viele Anfragen" in response.content.decode()
    assert not Registration.objects.filter(email="fourth@example.org").exists()


@override_settings(TRAININGS_REGISTRATION_RATE="1/h")
def test_reading_the_form_does_not_count_against_the_rate_limit(client, series, session):
    for _ in range(3):
        assert client.get(register_url(series, session)).status_code == 200


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_malformed_forwarded_for_header_does_not_break_registration(client, series, session):
    response = client.post(register_url(series, session), registration_data(), HTTP_X_FORWARDED_FOR="a, b")
    assert response.status_code == 200
    assert Registration.objects.filter(session=session).exists()
