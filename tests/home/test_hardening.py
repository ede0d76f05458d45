"""Guessing passwords is limited, the client address is taken as configured, the site reports its readiness,
and errors are branded pages."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client, override_settings
from wagtail.models import PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db

LIMIT = 5


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "richtig-und-lang")


def admin_login(client, password, **extra):
    return client.post("/admin/login/", {"username": "redaktion", "password": password}, **extra)


def test_admin_login_is_locked_after_repeated_wrong_passwords(client, editor):
    for _attempt in range(LIMIT - 1):
        assert admin_login(client, "falsch").status_code == 200
    assert admin_login(client, "falsch").status_code == 429  # the attempt that reaches the limit
    response = admin_login(client, "richtig-und-lang")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert "_auth_user_id" not in client.session


def test_a_lockout_holds_only_for_the_guessing_address(client, editor):
    for _attempt in range(LIMIT):
        admin_login(client, "falsch", REMOTE_ADDR="203.0.113.7")
    assert admin_login(Client(), "richtig-und-lang", REMOTE_ADDR="198.51.100.2").status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(client, editor):
    for attempt in range(LIMIT):
        admin_login(client, "falsch", HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}")
    assert admin_login(client, "richtig-und-lang", HTTP_X_FORWARDED_FOR="192.0.2.200").status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_each_client_is_counted_by_its_forwarded_address(client, editor):
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _attempt in range(LIMIT):
        admin_login(client, "falsch", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    assert admin_login(client, "richtig-und-lang", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy).status_code == 429
    other = admin_login(Client(), "richtig-und-lang", HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert other.status_code == 302


@pytest.fixture
def protected_page(demo_site):
    page = demo_site.add_child(instance=StandardPage(title="Intern", slug="intern-passwort"))
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="netzwerk-2026"
    )
    return page, f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def test_page_passwords_are_locked_after_repeated_wrong_guesses(client, protected_page):
    page, form_url = protected_page
    for _attempt in range(LIMIT - 1):
        response = client.post(form_url, {"password": "geraten", "return_url": page.url})
        assert response.status_code == 200
    assert client.post(form_url, {"password": "geraten", "return_url": page.url}).status_code == 429
    response = client.post(form_url, {"password": "netzwerk-2026", "return_url": page.url})
    assert response.status_code == 429


def test_the_right_page_password_still_opens_the_page_from_another_address(client, protected_page):
    page, form_url = protected_page
    for _attempt in range(LIMIT):
        client.post(form_url, {"password": "geraten", "return_url": page.url}, REMOTE_ADDR="203.0.113.7")
    visitor = Client(REMOTE_ADDR="198.51.100.2")
    response = visitor.post(form_url, {"password": "netzwerk-2026", "return_url": page.url})
    assert response.status_code == 302
    assert visitor.get(page.url).status_code == 200


def test_editors_cannot_protect_pages_with_a_shared_password_unless_configured(client, editor, protected_page):
    page, _form_url = protected_page
    client.force_login(editor)
    form = client.get(f"/admin/pages/{page.pk}/privacy/").json()["html"]
    assert 'value="login"' in form
    assert 'value="password"' not in form


def test_readiness_reports_database_cache_and_storage(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "storage": "ok"}


def test_readiness_names_an_unreachable_cache(client, db, unused_port):
    caches = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": unused_port}}
    with override_settings(CACHES=caches):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == "error"
    assert response.json()["database"] == "ok"


def test_readiness_names_storage_that_cannot_be_written(client, db, tmp_path):
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("")
    with override_settings(MEDIA_ROOT=not_a_directory / "media"):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "ok", "storage": "error"}


def test_liveness_does_not_depend_on_the_cache(client, db, unused_port):
    caches = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": unused_port}}
    with override_settings(CACHES=caches):
        assert client.get("/healthz").status_code == 200


@pytest.fixture
def unused_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_a_bad_request_gets_a_branded_page_in_the_visitors_language(client, demo_site):
    response = client.get("/en/", HTTP_HOST="not-our-site.example")
    assert response.status_code == 400
    content = response.content.decode()
    assert "This request could not be understood" in content
    assert 'href="/en/"' in content


def test_permission_denied_gets_a_branded_page(rf, demo_site):
    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation
    from django.views.defaults import permission_denied

    request = rf.get("/tr/")
    request.user = AnonymousUser()
    with translation.override("tr"):
        response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert 'lang="tr"' in response.content.decode()
    assert "MigrAktiv Spandau!" in response.content.decode()


def test_an_expired_form_gets_a_branded_page(demo_site):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    # Outside a language prefix the site's language, German, answers.
    assert "Dieses Formular ist abgelaufen" in response.content.decode()


def test_the_content_api_answers_head_like_get(client, demo_site):
    get = client.get("/api/content/organisations?lang=en")
    head = client.head("/api/content/organisations?lang=en")
    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == get["ETag"]
    assert head["Content-Length"] == str(len(get.content))
