"""Small helpers: a series page with sessions below the demo programme, a registration POST."""

import uuid
from datetime import timedelta

import pytest
from django.test import TestCase
from django.utils import timezone

from demo import seeding
from trainings.models import TrainingIndexPage, TrainingSeriesPage, TrainingSession


def german_index():
    return TrainingIndexPage.objects.get(locale__language_code="de")


def future_session(days=7, hours=2, **fields):
    start = timezone.now().replace(microsecond=0) + timedelta(days=days)
    fields.setdefault("place", "Rathaus Spandau, Carl-Schurz-Straße 2–6, 13597 Berlin")
    return TrainingSession(start=start, end=start + timedelta(hours=hours), **fields)


def make_series(sessions, *, title="Testfortbildung", index=None, **fields):
    """A published German series page with these (unsaved) sessions."""
    index = index or german_index()
    page = TrainingSeriesPage(
        title=title,
        slug=f"test-{uuid.uuid4().hex[:10]}",
        summary=fields.pop("summary", "Eine Fortbildung für Vereine in Spandau."),
        organiser_name=fields.pop("organiser_name", "NARUD e.V."),
        languages=fields.pop("languages", ["de"]),
        sessions=sessions,
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, language="en", strings=None):
    """Translate like a translator in wagtail-localize; it publishes on commit, which a test's transaction holds."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translated = seeding.translate_page(page, language, strings or {page.title: f"{page.title} (EN)"}, print)
    translated.refresh_from_db()
    return translated


def registration_data(**overrides):
    data = {
        "name": "Leyla Demir",
        "email": "leyla@example.org",
        "organisation": "Brückenbauer Spandau (Demo)",
        "language": "de",
        "accessibility_needs": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def register_url(page, session):
    return f"{page.url}register/{session.uuid}/"


@pytest.fixture
def series(demo_site):
    """A German series with one upcoming session of 2 seats."""
    return make_series([future_session(capacity=2)])


@pytest.fixture
def session(series):
    return series.sessions.get()
