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
