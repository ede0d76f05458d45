"""Small helpers shared by tests of several apps."""

import socket
from contextlib import ExitStack
from email import message_from_bytes
from email.policy import default as default_policy

from aiosmtpd.controller import Controller
from django.db import transaction
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from home import mail


def built_once_per_module(django_db_blocker, build, *contexts):
    """Yield from this in a module-scoped fixture: ``build()`` runs once, its result is shared by the module's tests.

    The way Django's ``TestCase.setUpTestData`` works: one transaction is open around the whole module and each
    test's own transaction (pytest-django's ``db``) nests inside it as a savepoint. So what a test changes is still
    undone after that test, and what ``build()`` made is undone when the module ends: no other module sees it, on
    one worker or several. ``contexts`` (``override_settings(...)``, say) stay entered from the build to the end.

    While the tests run, database access is blocked again outside their ``db``, so no test can write into the
    shared transaction. Python objects made by ``build()`` outlive every test's rollback: return primary keys and
    let a function-scoped fixture read the objects afresh. Not for modules with ``transactional_db`` or
    ``live_server`` tests: those flush the database, or read it from another connection that cannot see the
    uncommitted rows.
    """
    with ExitStack() as stack:
        for context in contexts:
            stack.enter_context(context)
        stack.enter_context(django_db_blocker.unblock())
        stack.enter_context(transaction.atomic())
        result = build()
        with django_db_blocker.block():
            yield result
        transaction.set_rollback(True)


def run_mail_worker():
    """Send every queued e-mail that is due, the way `manage.py db_worker --backend mail` does; returns outcomes.

    It drives django-tasks-db's own worker task by task instead of calling the command, because the command opens
    an exclusive transaction that SQLite refuses inside a test's transaction. Retries scheduled for later stay
    queued until a test moves their ``run_after`` into the past.
    """
    worker = Worker(
        queue_names=[mail.QUEUE_NAME],
        interval=0,
        batch=True,
        backend_name=mail.task_backend(),
        startup_delay=False,
        max_tasks=None,
        worker_id="tests",
    )
    outcomes = []
    due = DBTaskResult.objects.ready().filter(backend_name=mail.task_backend(), queue_name=mail.QUEUE_NAME)
    while (result := due.order_by("enqueued_at").first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        result.refresh_from_db()
        outcomes.append(result.return_value)
    return outcomes


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on (closed again at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpSink:
    """A real SMTP server on a free local port (aiosmtpd) that keeps what it receives in ``messages``."""

    def __init__(self):
        self.messages = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(message_from_bytes(envelope.content, policy=default_policy))
        return "250 OK"

    def settings(self):
        """Settings that point Django's SMTP backend at this server."""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_TIMEOUT": 5,
        }

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def closed_smtp_settings():
    """Settings that point Django's SMTP backend at a port where no mail server listens."""
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": free_port(),
        "EMAIL_TIMEOUT": 5,
    }
