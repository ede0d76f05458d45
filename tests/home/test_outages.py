"""Services fail and the site carries on: with its Redis gone, pages, APIs and the sitemap answer from the database,
sessions and rate limits keep working; with PostgreSQL gone, visitors get a 503 in their language with
Retry-After (the APIs a problem document). Each test runs its own server on a free port and stops it."""

import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from tests.helpers import free_port
from tests.trainings.conftest import future_session, make_series, register_url, registration_data
from trainings.models import Registration

REPO = Path(__file__).resolve().parent.parent.parent


def wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port}")


class PrivateRedis:
    def __init__(self):
        self.port = free_port()
        command = [shutil.which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        self.process = subprocess.Popen(  # noqa: S603 - a fixed command line
            command,
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_cache():
    """The production cache settings, pointed at a private redis-server that the test can stop."""
    redis = PrivateRedis()
    production_like = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis.port}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        },
        "ratelimit": settings.CACHES["ratelimit"],
    }
    with override_settings(CACHES=production_like):
        yield redis
    if redis.process.poll() is None:
        redis.stop()


VISITOR_URLS = [
    "/de/",
    "/en/",
    "/de/search/?q=Verein",
    "/api/v2/pages/?locale=de",
    "/api/content/organisations",
    "/sitemap.xml",
]


@pytest.mark.django_db
def test_pages_apis_and_sitemap_answer_while_redis_is_down(client, demo_site, redis_cache, caplog):
    assert client.get("/de/").status_code == 200  # the cache is filled while Redis is up
    redis_cache.stop()
    with caplog.at_level(logging.ERROR, logger="home.cache"):
        statuses = {url: client.get(url).status_code for url in VISITOR_URLS}
    assert statuses == dict.fromkeys(VISITOR_URLS, 200)
    assert any(record.name == "home.cache" for record in caplog.records)  # the outage is logged


@pytest.mark.django_db
def test_an_editors_session_survives_redis_going_away(client, admin_user, redis_cache):
    client.force_login(admin_user)
    redis_cache.stop()
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
@override_settings(TRAININGS_REGISTRATION_RATE="2/h")
def test_rate_limits_still_count_while_redis_is_down(client, demo_site, redis_cache):
    series = make_series([future_session(capacity=10)])
    session = series.sessions.get()
    client.post(register_url(series, session), registration_data(email="erste@example.org"))
    redis_cache.stop()
    client.post(register_url(series, session), registration_data(email="zweite@example.org"))
    response = client.post(register_url(series, session), registration_data(email="dritte@example.org"))
    assert response.status_code == 429
    assert set(Registration.objects.filter(session=session).values_list("email", flat=True)) == {
        "erste@example.org",
        "zweite@example.org",
    }


@pytest.fixture(scope="module")
def site_without_database():
    """The site under gunicorn with PostgreSQL pointed at a port where nothing listens."""
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/migraktiv",
    }
    process = subprocess.Popen(  # noqa: S603 - a fixed command line
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--preload",
            "--graceful-timeout",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "config.wsgi",
        ],
        cwd=REPO,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process, seconds=120)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=30)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - our own local server
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/de/", "de", "Vorübergehend nicht erreichbar"),
        ("/en/fortbildungen/", "en", "Temporarily unavailable"),
        ("/ar/", "ar", 'dir="rtl"'),
        ("/tr/", "tr", "Geçici olarak"),
    ],
)
def test_database_down_is_a_503_page_in_the_visitors_language(site_without_database, path, language, text):
    status, headers, body = fetch(site_without_database + path)
    assert status == 503
    assert int(headers["Retry-After"]) > 0
    assert headers["Content-Language"] == language
    assert text in body


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/content/organisations", "/api/embed/organisations/1/"])
def test_database_down_is_a_503_problem_document_on_the_apis(site_without_database, path):
    status, headers, body = fetch(site_without_database + path)
    assert status == 503
    assert headers["Content-Type"] == "application/problem+json"
    assert int(headers["Retry-After"]) > 0
    assert '"status": 503' in body or '"status":503' in body
