"""E-mail leaves through the task worker: queued with the caller's data, sent with retries, never failing the caller,
and logged without its content."""

import logging
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.mail import queue_email

pytestmark = pytest.mark.django_db

ADDRESS = "amira.haddad@example.org"
SUBJECT = "Ihre Anmeldung: Vereinsrecht kompakt"


def queued():
    return DBTaskResult.objects.filter(backend_name="mail", queue_name="mail")


def test_a_queued_email_is_sent_by_the_worker_with_its_attachment(smtp_sink, mail_worker):
    assert queue_email(
        SUBJECT,
        "Guten Tag, Sie sind angemeldet.",
        [ADDRESS],
        reply_to=["fortbildung@example.org"],
        attachments=[("session.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")],
        purpose="test.confirmed",
    )
    assert smtp_sink.messages == []  # nothing leaves before the worker runs

    assert mail_worker() == ["sent"]

    [message] = smtp_sink.messages
    assert message["To"] == ADDRESS
    assert message["Subject"] == SUBJECT
    assert message["Reply-To"] == "fortbildung@example.org"
    assert "Sie sind angemeldet." in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "session.ics"
    assert "BEGIN:VCALENDAR" in attachment.get_content()


def test_a_sent_email_leaves_no_address_or_text_in_the_queue(smtp_sink, mail_worker):
    queue_email(SUBJECT, "Guten Tag.", [ADDRESS], purpose="test.confirmed")
    mail_worker()
    stored = str(queued().values_list("args_kwargs", flat=True).get())
    assert ADDRESS not in stored
    assert SUBJECT not in stored
    assert "test.confirmed" in stored


def test_an_email_queued_in_a_rolled_back_transaction_is_never_sent(smtp_sink, mail_worker):
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_email(SUBJECT, "Guten Tag.", [ADDRESS], purpose="test.rolled_back")
        raise RuntimeError("the registration failed after all")
    assert mail_worker() == []
    assert smtp_sink.messages == []


def test_mail_server_down_schedules_a_retry_with_backoff(smtp_down, mail_worker, settings):
    assert queue_email(SUBJECT, "Guten Tag.", [ADDRESS], purpose="test.down")
    assert mail_worker() == ["retrying"]
    retry = queued().filter(status="READY").get()
    first_wait = timedelta(seconds=settings.MAIL_FIRST_RETRY_SECONDS)
    assert timezone.now() + first_wait - timedelta(seconds=10) < retry.run_after <= timezone.now() + first_wait

    queued().filter(status="READY").update(run_after=timezone.now())  # time passes
    assert mail_worker() == ["retrying"]
    second = queued().filter(status="READY").get()
    assert second.run_after > timezone.now() + 2 * first_wait - timedelta(seconds=10)  # the wait doubled


def test_a_retry_reaches_the_mail_server_once_it_is_back(settings, mail_worker):
    from tests.helpers import SmtpSink, closed_smtp_settings

    for name, value in closed_smtp_settings().items():
        setattr(settings, name, value)
    queue_email(SUBJECT, "Guten Tag.", [ADDRESS], purpose="test.recovers")
    assert mail_worker() == ["retrying"]

    with SmtpSink() as sink:
        for name, value in sink.settings().items():
            setattr(settings, name, value)
        queued().filter(status="READY").update(run_after=timezone.now())
        assert mail_worker() == ["sent"]
    assert [message["Subject"] for message in sink.messages] == [SUBJECT]


def test_mail_is_given_up_after_the_last_attempt(smtp_down, mail_worker, settings, caplog):
    settings.MAIL_MAX_ATTEMPTS = 2
    queue_email(SUBJECT, "Guten Tag.", [ADDRESS], purpose="test.gives_up")
    mail_worker()
    queued().filter(status="READY").update(run_after=timezone.now())
    with caplog.at_level(logging.ERROR, logger="home.mail"):
        assert mail_worker() == ["failed"]
    assert not queued().filter(status="READY").exists()
    assert "Gave up e-mail purpose=test.gives_up recipients=1 after attempt=2" in caplog.text


def test_logs_name_purpose_and_outcome_but_never_address_subject_or_text(smtp_down, mail_worker, caplog):
    with caplog.at_level(logging.INFO, logger="home.mail"):
        queue_email(SUBJECT, "Ihr persönlicher Text", [ADDRESS], purpose="test.private")
        mail_worker()
    assert "purpose=test.private recipients=1" in caplog.text
    assert "retrying at" in caplog.text
    for secret in (ADDRESS, SUBJECT, "persönlicher"):
        assert secret not in caplog.text


def test_a_queue_that_cannot_be_written_is_logged_and_the_caller_carries_on(caplog):
    with connection.cursor() as cursor:  # the queue's table is gone (rolled back with the test)
        cursor.execute(f"DROP TABLE {DBTaskResult._meta.db_table}")
    with caplog.at_level(logging.ERROR, logger="home.mail"):
        assert queue_email(SUBJECT, "Guten Tag.", [ADDRESS], purpose="test.queue_down") is False
    assert "Could not queue e-mail purpose=test.queue_down recipients=1" in caplog.text
    assert ADDRESS not in caplog.text
    with connection.cursor() as cursor:  # the caller's transaction is still usable
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
