"""Shared fixtures: the demo site is built once per test session, the way `make run` builds it."""

import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture
def demo_site(db):
    """The demo content (already loaded for the session); returns the German home page."""
    from home.models import HomePage

    return HomePage.objects.get(depth=2, locale__language_code="de")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Cached lookups (topic labels, footers) must not outlive the test whose rolled-back data they describe."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
