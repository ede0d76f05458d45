"""E-mail through the task worker: a visitor's action never waits for the mail server, nor fails because of it.

Usage (any app)::

    from home.mail import queue_email

    queue_email(
        subject,                                   # one line, already in the recipient's language
        body,                                      # plain text
        [registration.email],                      # "to": a list of addresses
        reply_to=["office@example.org"],           # optional
        attachments=[("session.ics", ics_bytes, "text/calendar")],  # optional (filename, bytes or str, mimetype)
        purpose="trainings.confirmed",             # a short label for the logs, never the text itself
    )

How it behaves:

- The message is written to the database queue of the ``mail`` task backend (setting ``MAIL_TASK_BACKEND``) inside
  the caller's transaction: it is only sent if the caller's data is committed, and a worker
  (``manage.py db_worker --backend mail --queue-name mail``) sends it.
- ``queue_email`` never raises. If the queue cannot be written (database trouble, a missing table), it logs the
  failure and returns ``False``; the caller's own transaction stays usable. It returns ``True`` once queued.
- A failed send is retried with exponential backoff: ``MAIL_FIRST_RETRY_SECONDS`` (60) before the second attempt,
  doubling each time, ``MAIL_MAX_ATTEMPTS`` (8) in all, about two hours.
- Logs (logger ``home.mail``) carry the purpose, the number of recipients, the attempt and the outcome; never the
  addresses, subject or text. Once a message is sent or given up, its content is blanked in the queue table, so
  personal data does not outlive the delivery there.

Tests run the worker with ``tests.helpers.run_mail_worker()`` (or the ``mail_worker`` fixture).
"""

import base64
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

QUEUE_NAME = "mail"


def task_backend():
    """The task backend (an alias in ``TASKS``) mail is queued in (``MAIL_TASK_BACKEND``).

    Hosts without a "mail" backend (the plugin set added to another site) fall back to their default backend.
    """
    return getattr(settings, "MAIL_TASK_BACKEND", "mail" if "mail" in getattr(settings, "TASKS", {}) else "default")


def max_attempts():
    """Attempts at sending one message before it is given up (``MAIL_MAX_ATTEMPTS``, default 8)."""
    return int(getattr(settings, "MAIL_MAX_ATTEMPTS", 8))


def first_retry_seconds():
    """Seconds before the second attempt, doubling for each further one (``MAIL_FIRST_RETRY_SECONDS``, 60)."""
    return int(getattr(settings, "MAIL_FIRST_RETRY_SECONDS", 60))


def queued_send(**options):
    """The send task bound to the configured backend and queue, read now rather than when this module loaded."""
    return send_queued_email.using(backend=task_backend(), queue_name=QUEUE_NAME, **options)


def queue_email(subject, body, to, *, reply_to=None, attachments=(), purpose="mail", from_email=None):
    """Queue one plain-text e-mail for the worker; returns whether it was queued. Never raises (see module doc)."""
    to = list(to)
    try:
        message = {
            "subject": str(subject),
            "body": str(body),
            "to": to,
            "reply_to": list(reply_to or []),
            "from_email": from_email,
            "attachments": [_encode_attachment(*attachment) for attachment in attachments],
        }
        # A savepoint: if writing the queue fails, the caller's transaction is not left broken.
        with transaction.atomic():
            queued_send().enqueue(message, purpose, 1)
    except Exception as error:  # the queue being down must never fail the visitor's action
        logger.error("Could not queue e-mail purpose=%s recipients=%d: %s", purpose, len(to), type(error).__name__)
        return False
    logger.info("Queued e-mail purpose=%s recipients=%d", purpose, len(to))
    return True


def _encode_attachment(filename, content, mimetype):
    if isinstance(content, str):
        content = content.encode()
    return {"filename": filename, "content": base64.b64encode(content).decode("ascii"), "mimetype": mimetype}


# Declared on the default backend and queue, which every site has; queued_send() picks the real ones.
@task(takes_context=True)
def send_queued_email(context, message, purpose, attempt):
    """Send one queued message; on failure schedule the next attempt. Returns the outcome: sent, retrying or failed."""
    recipients = len(message["to"])
    email = EmailMessage(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        reply_to=message["reply_to"],
    )
    for attachment in message["attachments"]:
        email.attach(attachment["filename"], base64.b64decode(attachment["content"]), attachment["mimetype"])
    try:
        email.send()
    except Exception as error:  # SMTP refusals, timeouts, DNS: all worth another attempt later
        outcome = _schedule_retry(message, purpose, attempt, recipients, error)
    else:
        outcome = "sent"
        logger.info("Sent e-mail purpose=%s recipients=%d attempt=%d", purpose, recipients, attempt)
    _forget_content(context, purpose, attempt)
    return outcome


def _schedule_retry(message, purpose, attempt, recipients, error):
    # The error's class and SMTP code only: SMTP messages can quote the refused addresses.
    reason = type(error).__name__ + (f" {error.smtp_code}" if hasattr(error, "smtp_code") else "")
    if attempt >= max_attempts():
        logger.error(
            "Gave up e-mail purpose=%s recipients=%d after attempt=%d: %s", purpose, recipients, attempt, reason
        )
        return "failed"
    run_after = timezone.now() + timedelta(seconds=first_retry_seconds() * 2 ** (attempt - 1))
    try:
        queued_send(run_after=run_after).enqueue(message, purpose, attempt + 1)
    except Exception as retry_error:  # e.g. a backend that cannot defer; the message is lost, say so loudly
        logger.error(
            "Could not retry e-mail purpose=%s recipients=%d after attempt=%d: %s, then %s",
            purpose,
            recipients,
            attempt,
            reason,
            type(retry_error).__name__,
        )
        return "failed"
    logger.warning(
        "Failed e-mail purpose=%s recipients=%d attempt=%d: %s; retrying at %s",
        purpose,
        recipients,
        attempt,
        reason,
        run_after.isoformat(timespec="seconds"),
    )
    return "retrying"


def _forget_content(context, purpose, attempt):
    """Blank the stored message (addresses, text) of a finished attempt; a retry carries its own copy."""
    if isinstance(task_backends[context.task_result.backend], DatabaseBackend):
        DBTaskResult.objects.filter(pk=context.task_result.id).update(
            args_kwargs={"args": [], "kwargs": {"purpose": purpose, "attempt": attempt}}
        )
