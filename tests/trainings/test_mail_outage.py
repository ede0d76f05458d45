"""Registration and cancellation e-mails travel through the mail queue: a real SMTP server gets them from the
worker, and a mail server that is down never fails the visitor's action."""

import re

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.helpers import SmtpSink
from trainings.models import Registration

from .conftest import register_url, registration_data

pytestmark = pytest.mark.django_db


def cancel_link(message):
    body = message.get_body(("plain",)).get_content()
    return re.search(r"http://testserver(\S+/cancel/\?token=\S+)", body).group(1)


def test_confirmation_reaches_a_real_smtp_server_with_calendar_and_cancel_link(
    client, series, session, smtp_sink, mail_worker
):
    client.post(register_url(series, session), registration_data(language="en"))
    assert mail_worker() == ["sent"]
    [message] = smtp_sink.messages
    assert message["To"] == "leyla@example.org"
    assert message["Subject"].startswith("Registration confirmed")
    assert [part.get_filename() for part in message.iter_attachments()] == ["session.ics"]
    assert client.get(cancel_link(message)).status_code == 200


def test_registration_succeeds_while_the_mail_server_is_down(client, series, session, smtp_down, mail_worker):
    response = client.post(register_url(series, session), registration_data())
    assert response.status_code == 200
    assert "Sie sind angemeldet" in response.content.decode()
    assert Registration.objects.get(session=session).status == "confirmed"
    assert mail_worker() == ["retrying"]


def test_confirmation_arrives_once_the_mail_server_is_back(client, series, session, smtp_down, mail_worker, settings):
    client.post(register_url(series, session), registration_data())
    mail_worker()
    with SmtpSink() as sink:
        for name, value in sink.settings().items():
            setattr(settings, name, value)
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())  # the retry is due
        assert mail_worker() == ["sent"]
    [message] = sink.messages
    assert message["To"] == "leyla@example.org"
    assert client.get(cancel_link(message)).status_code == 200


def test_cancelling_succeeds_while_the_mail_server_is_down(client, series, session, smtp_down, mail_worker):
    for name in ("erste", "zweite", "dritte"):
        client.post(register_url(series, session), registration_data(name=name, email=f"{name}@example.org"))
    first = Registration.objects.get(email="erste@example.org")

    response = client.post(f"{series.url}cancel/", {"token": first.get_cancel_token()})

    assert response.status_code == 200
    first.refresh_from_db()
    assert first.status == "cancelled"
    assert Registration.objects.get(email="dritte@example.org").status == "confirmed"
    # Three registrations, one promotion, one cancellation: all waiting for the mail server.
    assert mail_worker() == ["retrying"] * 5
