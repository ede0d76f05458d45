"""'Get in touch': the message reaches the organisation through the platform, with a copy to the sender.

Nothing of the message is kept: the mail queue forgets it once sent, and the log holds names and dates only.
"""

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from exchange.models import ContactRequest

pytestmark = pytest.mark.django_db


def contact_url(entry):
    return entry.url + "contact/"


def message_data(**overrides):
    data = {
        "name": "Amina Yusuf",
        "email": "amina@example.org",
        "organisation": "Elternverein Staaken",
        "message": "Wir hätten Interesse an Ihrem Saal für einen Elternabend am 14. Januar.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_message_reaches_the_organisation_and_a_copy_the_sender(client, make_entry, mail_worker, smtp_sink):
    entry = make_entry("Saal frei", contact_email="raum@verein.example")
    response = client.post(contact_url(entry), message_data())
    assert response.status_code == 200
    assert "Ihre Nachricht ist unterwegs" in response.content.decode()

    assert mail_worker() == ["sent", "sent"]
    to_organisation, copy = smtp_sink.messages
    assert to_organisation["To"] == "raum@verein.example"
    assert to_organisation["Reply-To"] == "amina@example.org"
    assert "Saal frei" in to_organisation["Subject"]
    assert "Elternabend am 14. Januar" in to_organisation.get_content()
    assert copy["To"] == "amina@example.org"
    assert "Elternabend am 14. Januar" in copy.get_content()


def test_without_a_contact_address_the_organisations_address_is_used(client, make_entry, mail_worker, smtp_sink):
    entry = make_entry()
    client.post(contact_url(entry), message_data())
    mail_worker()
    assert smtp_sink.messages[0]["To"] == entry.organisation.email


def test_the_log_keeps_who_wrote_when_but_not_the_text(client, make_entry, mail_worker):
    entry = make_entry()
    client.post(contact_url(entry), message_data())
    mail_worker()
    logged = ContactRequest.objects.get(entry=entry)
    assert (logged.sender_name, logged.sender_email, logged.queued) == ("Amina Yusuf", "amina@example.org", True)
    assert not any("Elternabend" in str(result.args_kwargs) for result in DBTaskResult.objects.all())


def test_the_visitors_copy_is_in_their_language(client, make_entry, mail_worker, smtp_sink):
    entry = make_entry()
    english = entry.url.replace("/de/", "/en/", 1) + "contact/"
    client.post(english, message_data())
    mail_worker()
    assert smtp_sink.messages[1]["Subject"].startswith("Copy of your message")


def test_a_mail_server_that_is_down_does_not_fail_the_visitor(client, make_entry, mail_worker, smtp_down):
    entry = make_entry()
    response = client.post(contact_url(entry), message_data())
    assert response.status_code == 200
    assert mail_worker() == ["retrying", "retrying"]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"consent": ""}, "Bitte stimmen Sie der Weitergabe"),
        ({"message": "x" * 10_240}, "höchstens 3000 Zeichen"),
        ({"email": "keine-adresse"}, "gültige E-Mail-Adresse"),
        ({"website": "http://spam.example"}, "Es wurde noch nichts gesendet"),  # the honeypot stays hidden
        ({"message": ""}, "Dieses Feld muss ausgefüllt werden"),
    ],
)
def test_bad_input_is_refused_clearly_and_nothing_is_stored(client, make_entry, mail_worker, overrides, expected):
    entry = make_entry()
    response = client.post(contact_url(entry), message_data(**overrides))
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert not ContactRequest.objects.filter(entry=entry).exists()
    assert mail_worker() == []


@pytest.mark.parametrize("state", [{"status": "closed"}, {"status": "agreed"}, {"days": -1}])
def test_closed_or_expired_entries_refuse_messages(client, make_entry, mail_worker, state):
    entry = make_entry(**state)
    response = client.post(contact_url(entry), message_data())
    assert response.status_code == 400
    assert "nimmt keine Nachrichten mehr an" in response.content.decode()
    assert not ContactRequest.objects.exists() or not ContactRequest.objects.filter(entry=entry).exists()
    assert mail_worker() == []


@override_settings(EXCHANGE_CONTACT_PER_SENDER=2)
def test_a_flood_from_one_sender_address_is_stopped(client, make_entry, mail_worker):
    entries = [make_entry() for _ in range(3)]
    for entry in entries[:2]:
        assert client.post(contact_url(entry), message_data()).status_code == 200
    response = client.post(contact_url(entries[2]), message_data())
    assert response.status_code == 400
    assert "mehrere Nachrichten gesendet" in response.content.decode()
    assert not ContactRequest.objects.filter(entry=entries[2]).exists()


# django-ratelimit counts in fixed windows; an hour-long one keeps the requests from straddling a boundary.
@override_settings(EXCHANGE_CONTACT_RATE="2/h")
def test_a_flood_from_one_ip_address_answers_429(client, make_entry):
    entry = make_entry()
    for number in range(2):
        client.post(contact_url(entry), message_data(email=f"p{number}@example.org"))
    response = client.post(contact_url(entry), message_data(email="third@example.org"))
    assert response.status_code == 429
    assert not ContactRequest.objects.filter(sender_email="third@example.org").exists()


def test_a_visitor_can_report_an_entry(client, make_entry):
    entry = make_entry()
    response = client.post(entry.url + "report/", {"reason": "spam", "comment": "Werbung", "website": ""})
    assert response.status_code == 200
    assert entry.reports.get().reason == "spam"


def test_a_report_with_an_unknown_reason_is_refused(client, make_entry):
    entry = make_entry()
    assert client.post(entry.url + "report/", {"reason": "egal"}).status_code == 400
    assert not entry.reports.exists()
