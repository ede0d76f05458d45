"""Production settings refuse to run insecurely, and pass Django's deployment checklist when configured."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "k3J9-vQ2_xLr8ZpT4wNc7YhB1mFs6DgU0eAoIiKjHlMnPqRsTuVwXyZaBcDeFgHi"


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE", "WAGTAILADMIN_BASE_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="migraktiv.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_manage("check", SECRET_KEY="too-short", ALLOWED_HOSTS="migraktiv.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY=GOOD_SECRET)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deployment_checklist_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="migraktiv.example.org",
        WAGTAILADMIN_BASE_URL="https://migraktiv.example.org",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_the_public_base_url():
    result = run_manage("check", SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="migraktiv.example.org")
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be" in result.stderr


def test_content_languages_are_one_setting():
    code = "from django.conf import settings; print([c for c, _ in settings.LANGUAGES])"
    environment = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test", CONTENT_LANGUAGES="de,en,ar")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "['de', 'en', 'ar']", result.stderr


def test_content_languages_must_start_with_german():
    environment = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test", CONTENT_LANGUAGES="en,de")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "must start with 'de'" in result.stderr
