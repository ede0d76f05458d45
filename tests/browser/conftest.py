"""Real Chromium (Debian's) driven by Playwright against a live server with the demo content."""

import os
import shutil
import threading

import pytest

from tests import demo_database

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; CI installs it in .ci/run.")
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make there (seeding)
    # are ordinary blocking calls, which Django would otherwise refuse inside a running loop.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="package")
def demo_server(django_db_setup, django_db_blocker):
    """One live server with the demo site for all the browser tests, seeded once (not once per test).

    pytest-django's ``live_server`` makes every test transactional, so the database is flushed after each one and
    the demo (about a minute to seed) has to be rebuilt per test. Tests that only read pages, or whose writes do not
    disturb each other, share this server instead (mark them ``django_db``, so the test databases exist). It runs
    in this process, so ``mail.outbox`` sees its e-mails.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        from home.models import HomePage

        if not HomePage.objects.exists():  # a transactional test of this worker emptied the database
            demo_database.restore()
        # An in-memory SQLite database exists once per connection: the server thread must share this one.
        shared = {conn.alias: conn for conn in connections.all() if conn.vendor == "sqlite" and conn.is_in_memory_db()}
        for conn in shared.values():
            conn.inc_thread_sharing()
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=shared, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield f"http://127.0.0.1:{server.port}"
        finally:
            # The shared connections stay shareable: a request thread the browser started last may still close its
            # connection after the server stopped, which Django refuses for a connection no longer shared.
            server.terminate()
            # What the browser wrote (registrations, their queued e-mails, sign-ups, rate-limit counts) was
            # committed, outside any test's transaction: put the database back to the session's demo so no later
            # test inherits it.
            demo_database.restore()


@pytest.fixture
def phone(browser):
    """A phone-sized page (360 × 740, the most common small Android screen)."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def remove_pages_afterwards():
    """Slugs of pages a test publishes through the shared demo server, deleted afterwards (translations included).

    On PostgreSQL the server's writes are committed by its own connections, outside the test's transaction, and
    other tests on the same server count the demo's pages ("12 organisations"). The deletion runs in a thread of its
    own, so it commits too (this fixture's teardown still runs inside the test's transaction). On in-memory SQLite
    the server shares the test's connection, and the rollback at the end of the test removes the pages already.
    """
    from django.db import connection, connections

    slugs = []
    yield slugs
    if connection.vendor == "sqlite":
        return

    def delete():
        from wagtail.models import Page

        try:
            for page in Page.objects.filter(slug__in=slugs).order_by("-depth"):
                page.delete()
        finally:
            connections.close_all()

    thread = threading.Thread(target=delete)
    thread.start()
    thread.join(timeout=60)


def pytest_collection_modifyitems(items):
    """With pytest-xdist (``make test`` runs ``-n auto --dist loadgroup``), every browser test runs on one worker.

    They share one live server and one seeded database per worker (``demo_server``): spread over workers, each
    would seed and flush its own copy, and Chromium instances would fight for the two cores.
    """
    for item in items:
        if "/browser/" in str(item.path):
            item.add_marker(pytest.mark.xdist_group("browser"))
