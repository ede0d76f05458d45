"""Shared fixtures: the demo site is built once per test run, the way `make run` builds it (tests/demo_database.py)."""

import pytest
from django.conf import settings

from tests import demo_database


def pytest_configure(config):
    demo_database.start_run()


def pytest_unconfigure(config):
    if not hasattr(config, "workerinput"):  # the controlling process (or the only one), after every worker ended
        demo_database.end_run()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        demo_database.seed_or_copy()


@pytest.fixture
def demo_restored(transactional_db):
    """For a test outside a transaction: the demo as the session began, whatever earlier such tests left behind."""
    demo_database.restore()


@pytest.fixture
def demo_site(db):
    """The demo content (already loaded for the session); returns the German home page."""
    from home.models import HomePage

    return HomePage.objects.get(depth=2, locale__language_code="de")


@pytest.fixture(autouse=True)
def fresh_cache(request):
    """Cached lookups (topic labels, footers) must not outlive the test whose rolled-back data they describe.

    Rate-limit counts live in a database table that is no Django model: a live-server test's requests commit there
    and would survive the flush, so a later test of the same worker, from the same 127.0.0.1 within the hour, could be
    refused. Every test with a database starts from no counts, except on the browser tests' shared server: its
    threads write counts outside the test's transaction, which a delete inside it would block until the test ends
    (that server clears them when it stops).
    """
    from django.core.cache import cache, caches

    cache.clear()
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
        request.fixturenames
    )
    if uses_db and "demo_server" not in request.fixturenames:
        request.getfixturevalue("db")  # transactional where the test asks for it (pytest-django decides)
        caches["ratelimit"].clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language, as in a fresh process: a page request leaves its language
    active, and a lazy message read later would otherwise depend on which test ran before on the same worker."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def mail_worker():
    """Call it to send the queued e-mails (see tests.helpers.run_mail_worker)."""
    from tests.helpers import run_mail_worker

    return run_mail_worker


@pytest.fixture
def smtp_sink(settings):
    """A real SMTP server on a free port, with Django's SMTP backend pointed at it; ``.messages`` holds the mail."""
    from tests.helpers import SmtpSink

    with SmtpSink() as sink:
        for name, value in sink.settings().items():
            setattr(settings, name, value)
        yield sink


@pytest.fixture
def smtp_down(settings):
    """Django's SMTP backend pointed at a local port where no mail server listens."""
    from tests.helpers import closed_smtp_settings

    for name, value in closed_smtp_settings().items():
        setattr(settings, name, value)
