"""Sessions validate what editors enter; the domain's queries answer in the domain's words."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from trainings.models import TrainingSeriesPage, TrainingSession

from .conftest import future_session, make_series

pytestmark = pytest.mark.django_db


def test_session_must_end_after_it_starts():
    session = future_session()
    session.end = session.start - timedelta(minutes=1)
    with pytest.raises(ValidationError) as error:
        session.clean()
    assert "end" in error.value.message_dict


def test_session_needs_a_place_or_an_online_link():
    session = future_session(place="")
    with pytest.raises(ValidationError) as error:
        session.clean()
    assert "place" in error.value.message_dict


def test_online_session_needs_no_place():
    future_session(place="", online_url="https://meet.example.org/x").clean()


def test_registration_deadline_must_not_be_after_the_start():
    session = future_session()
    session.registration_deadline = session.start + timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        session.clean()
    assert "registration_deadline" in error.value.message_dict


def test_session_times_are_timezone_aware_in_berlin(series):
    session = series.sessions.get()
    assert session.start.tzinfo is not None
    assert series.get_url()  # renders below the programme


def test_series_held_in_a_language_is_found_on_sqlite_and_postgres(demo_site):
    arabic = make_series([future_session()], languages=["de", "ar"])
    make_series([future_session()], languages=["de", "tr"])
    found = TrainingSeriesPage.objects.held_in("ar")
    assert arabic in found
    assert all("ar" in page.languages for page in found)
    assert not TrainingSeriesPage.objects.filter(pk=arabic.pk).held_in("a").exists()


def test_sessions_held_in_a_language(demo_site):
    page = make_series([future_session()], languages=["fa"])
    assert set(TrainingSession.objects.held_in("fa").values_list("page_id", flat=True)) >= {page.pk}


def test_free_places_count_confirmed_registrations_only(session):
    session.register(name="A", email="a@example.org", language="de")
    session.register(name="B", email="b@example.org", language="de")
    session.register(name="C", email="c@example.org", language="de")  # waiting list
    assert session.free_places == 0
    annotated = TrainingSession.objects.with_free_places().get(pk=session.pk)
    assert annotated.confirmed_seats == 2


def test_session_without_capacity_has_no_limit(demo_site):
    page = make_series([future_session(capacity=None)])
    session = page.sessions.get()
    assert session.free_places is None
    assert session.register(name="A", email="a@example.org", language="de").status == "confirmed"


def test_session_marked_fully_booked_sends_everyone_to_the_waiting_list(demo_site):
    page = make_series([future_session(capacity=10, status=TrainingSession.Status.FULL)])
    registration = page.sessions.get().register(name="A", email="a@example.org", language="de")
    assert registration.status == "waiting"


def test_every_editor_field_has_a_translatable_label_and_help_text():
    from django.utils.functional import Promise

    from trainings.models import Registration, TrainingIndexPage

    for model in (TrainingIndexPage, TrainingSeriesPage, TrainingSession, Registration):
        own = [f for f in model._meta.get_fields(include_parents=False) if getattr(f, "editable", False)]
        own = [f for f in own if not f.auto_created and f.name not in {"page_ptr", "sort_order", "page", "uuid"}]
        for field in own:
            assert field.help_text, f"{model.__name__}.{field.name} has no help text"
            assert isinstance(field.verbose_name, Promise), f"{model.__name__}.{field.name} label is not translatable"


def test_series_are_found_by_the_site_search(demo_site):
    results = TrainingSeriesPage.objects.live().search("Förderanträge")
    assert "Förderanträge erfolgreich schreiben" in [page.title for page in results]
