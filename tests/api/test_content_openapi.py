"""Schemathesis explores every operation of the OpenAPI document against the demo content.

Each operation gets a bounded, derandomised set of generated requests, so the run is repeatable and fast; every
answer must be documented, match its schema and never be a server error.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation import GenerationMode

from directory.models import OrganisationPage, WorkingGroupPage
from exchange.models import ExchangeEntryPage
from news.models import NewsPage
from resources.models import ResourcePage
from trainings.models import TrainingSeriesPage

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 12  # per operation and per mode (valid data, invalid data)
CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.response_schema_conformance,
    schemathesis.checks.status_code_conformance,
]


@pytest.fixture
def schema(demo_site):
    """The document as the app serves it, calling the app in-process inside the test's transaction."""
    # As Django's test client does: requests must not close the connection holding the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        with override_settings(API_CONTENT_RATE="100000/m"):
            yield schemathesis.openapi.from_wsgi("/api/content/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_every_operation_answers_within_its_documented_schema(schema):
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    # Detail operations also get the ids of real German demo pages, so they are explored beyond 404.
    models = {
        "organisations": OrganisationPage,
        "working-groups": WorkingGroupPage,
        "training-series": TrainingSeriesPage,
        "news": NewsPage,
        "resources": ResourcePage,
        "exchange": ExchangeEntryPage,
    }
    statuses = {}
    runs = [
        (operation, mode)
        for operation in operations
        for mode in GenerationMode
        # An operation without parameters has no invalid request to generate.
        if mode == GenerationMode.POSITIVE or len(operation.query) + len(operation.path_parameters)
    ]
    for operation, mode in runs:
        strategy = operation.as_strategy(generation_mode=mode)
        if "{id}" in operation.path and mode == GenerationMode.POSITIVE:
            strategy = st.one_of(
                strategy,
                st.sampled_from(source_ids(models[operation.path.split("/")[-2]])).flatmap(
                    lambda source_id, op=operation: op.as_strategy(path_parameters={"id": source_id})
                ),
            )

        @given(case=strategy)
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        def answers_within_schema(case):
            response = case.call()
            statuses.setdefault(case.operation.label, set()).add(response.status_code)
            case.validate_response(response, checks=CHECKS)

        answers_within_schema()
    # The run reached real content as well as invalid parameters.
    assert all(200 in codes for codes in statuses.values()), statuses
    assert all(400 in codes for label, codes in statuses.items() if "languages" not in label), statuses


def source_ids(model):
    return list(model.objects.live().public().filter(locale__language_code="de").values_list("pk", flat=True))
