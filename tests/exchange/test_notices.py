"""Periodic work: expiry, reminders before it, the weekly digest, and deleting contact data after retention.

Every command is idempotent: a scheduler may run it twice and nobody gets a second e-mail.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from exchange.models import ContactRequest, DigestSubscription, Direction, ExchangeEntryPage, Kind, Report, Status

pytestmark = pytest.mark.django_db


def run(command):
    call_command(command, stdout=io.StringIO())


def test_an_entry_past_its_validity_is_closed_once(make_entry):
    entry = make_entry(days=-1)
    run("close_expired_exchange_entries")
    entry.refresh_from_db()
    assert entry.status == Status.CLOSED
    revisions = entry.revisions.count()
    run("close_expired_exchange_entries")
    assert entry.revisions.count() == revisions


def test_the_organisation_is_reminded_once_before_expiry(make_entry, mail_worker, smtp_sink, settings):
    settings.EXCHANGE_REMINDER_DAYS = 7
    soon = make_entry("Saal bald weg", days=5, contact_email="raum@verein.example")
    make_entry("Noch lange gültig", days=60, contact_email="lang@verein.example")
    run("send_exchange_reminders")
    run("send_exchange_reminders")
    mail_worker()
    reminders = [
        message for message in smtp_sink.messages if message["To"] in {"raum@verein.example", "lang@verein.example"}
    ]
    assert [message["To"] for message in reminders] == ["raum@verein.example"]
    assert "Saal bald weg" in reminders[0]["Subject"]
    assert f"/admin/pages/{soon.pk}/edit/" in reminders[0].get_content()


def test_extending_an_entry_arms_a_new_reminder(make_entry, mail_worker, smtp_sink):
    entry = make_entry(days=3, contact_email="raum@verein.example")
    run("send_exchange_reminders")
    entry.valid_until = timezone.localdate() + datetime.timedelta(days=5)
    entry.save_revision().publish()
    run("send_exchange_reminders")
    mail_worker()
    assert [message["To"] for message in smtp_sink.messages].count("raum@verein.example") == 2


@pytest.fixture
def subscriber(django_user_model, make_entry):
    user = django_user_model.objects.create_user("ayse", "ayse@verein.example", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "tr"
    profile.save()
    need = make_entry("Raum für Nähkurs", direction=Direction.NEED, kind=Kind.ROOM, topics=["Frauen und Familie"])
    DigestSubscription.objects.create(user=user, organisation=need.organisation)
    return user, need


def test_the_digest_lists_new_matching_offers_in_the_editors_language(subscriber, make_entry, mail_worker, smtp_sink):
    _user, need = subscriber
    make_entry("Heller Raum am Samstag", kind=Kind.ROOM, topics=["Frauen und Familie"])
    make_entry("Beamer zu verleihen", kind=Kind.EQUIPMENT, topics=["Frauen und Familie"])
    run("send_exchange_digest")
    mail_worker()
    (digest,) = [message for message in smtp_sink.messages if message["To"] == "ayse@verein.example"]
    body = digest.get_content()
    assert "talepleriniz için" in digest["Subject"].lower()
    assert "Heller Raum am Samstag" in body and "Beamer zu verleihen" not in body
    assert need.title in body
    assert "/exchange/unsubscribe/" in body


def test_a_second_digest_run_sends_nothing_new(subscriber, make_entry, mail_worker, smtp_sink):
    make_entry("Heller Raum am Samstag", kind=Kind.ROOM, topics=["Frauen und Familie"])
    run("send_exchange_digest")
    run("send_exchange_digest")
    mail_worker()
    assert [message["To"] for message in smtp_sink.messages].count("ayse@verein.example") == 1


def test_the_unsubscribe_link_ends_the_subscription(client, subscriber):
    user, _need = subscriber
    subscription = DigestSubscription.objects.get(user=user)
    url = f"/de/exchange/unsubscribe/{subscription.token}/"
    assert client.get(url).status_code == 200
    assert DigestSubscription.objects.filter(user=user).exists()  # a link scanner's GET changes nothing
    client.post(url)
    assert not DigestSubscription.objects.filter(user=user).exists()
    assert client.get(url).status_code == 404


def test_contact_data_is_deleted_after_the_retention_period(make_entry, settings):
    settings.EXCHANGE_RETENTION_DAYS = 30
    entry = make_entry()
    old = ContactRequest.objects.create(entry=entry, sender_name="A", sender_email="a@example.org", language="de")
    ContactRequest.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=31))
    recent = ContactRequest.objects.create(entry=entry, sender_name="B", sender_email="b@example.org", language="de")
    open_report = Report.objects.create(entry=entry, reason="spam")
    resolved = Report.objects.create(entry=entry, reason="spam", resolved=True)
    Report.objects.filter(pk__in=[open_report.pk, resolved.pk]).update(
        created_at=timezone.now() - datetime.timedelta(days=40)
    )
    run("purge_exchange_contacts")
    run("purge_exchange_contacts")
    assert list(ContactRequest.objects.filter(entry=entry)) == [recent]
    assert list(Report.objects.filter(entry=entry)) == [open_report]
    assert ExchangeEntryPage.objects.filter(pk=entry.pk).exists()
