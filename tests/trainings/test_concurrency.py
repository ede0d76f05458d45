"""Two people taking the last seat at the same moment: exactly one gets it, the other joins the waiting list.

This needs real concurrent transactions, so it runs on PostgreSQL (CI does); SQLite serialises writes anyway.
A trigger slows every insert of a registration down, so the second transaction certainly counts the seats while
the first one has not committed yet: without the row lock both would get the seat.
"""

import threading

import pytest
from django.db import connection, connections

from trainings.models import Registration, TrainingSession

from .conftest import future_session, make_series

SLOW_INSERTS = """
CREATE OR REPLACE FUNCTION trainings_test_slow_insert() RETURNS trigger AS $$
BEGIN PERFORM pg_sleep(0.5); RETURN NEW; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER trainings_test_slow_insert BEFORE INSERT ON trainings_registration
FOR EACH ROW EXECUTE FUNCTION trainings_test_slow_insert();
"""
FAST_INSERTS = """
DROP TRIGGER IF EXISTS trainings_test_slow_insert ON trainings_registration;
DROP FUNCTION IF EXISTS trainings_test_slow_insert();
"""


@pytest.fixture
def slow_registration_inserts():
    with connection.cursor() as cursor:
        cursor.execute(SLOW_INSERTS)
    yield
    with connection.cursor() as cursor:
        cursor.execute(FAST_INSERTS)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL; CI runs it")
@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_seat_at_once_get_one_seat_and_one_waiting_place(
    demo_restored, slow_registration_inserts
):
    page = make_series([future_session(capacity=1)])
    session = TrainingSession.objects.get(page=page)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def register(number):
        try:
            barrier.wait(timeout=10)
            registration = session.register(name=f"Person {number}", email=f"p{number}@example.org", language="de")
            results.append(registration.status)
        except Exception as error:  # reported below, in the test thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(number,)) for number in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not errors
    assert sorted(results) == ["confirmed", "waiting"]
    assert Registration.objects.filter(session=session, status="confirmed").count() == 1
