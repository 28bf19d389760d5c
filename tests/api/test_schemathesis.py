"""Property-based requests to every operation of the live schema (the schema the app serves,
through its WSGI application), with a valid read-and-write key: no server error, and every
response conforms to the schema (status code, content type, headers, body)."""
import uuid

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from reviews.services import application_create_draft
from tests.api.conftest import key_for
from tests.factories import facts_for

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())


@pytest.fixture
def authorization(db, alice, northshire, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 100_000  # the rate limit has its own test
    # As Django's test client does: the test's transaction outlives each request.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    secret = key_for(alice)[1]
    # A real draft of the key's organisation, so that the operations on one application are
    # exercised on it and not only answered 404.
    draft = application_create_draft(organization=northshire, by=alice, facts=facts_for(northshire))
    yield f"Bearer {secret}", draft.public_id
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_every_operation_conforms(case, authorization):
    header, draft_id = authorization
    if case.path_parameters and "public_id" in case.path_parameters:
        case.path_parameters["public_id"] = draft_id
    if case.headers and "Idempotency-Key" in case.headers:
        # Generated keys repeat across examples with different bodies, which is the client error
        # "this key was used for another request" (422, tested on its own); each example is a new request.
        case.headers["Idempotency-Key"] = uuid.uuid4().hex
    # Every check but "schema-valid data is accepted": whether a document is complete (facial
    # recognition details exactly when declared, ISO codes, the three attestations) and whether an
    # action is open in the application's state are rules beyond a schema; their documented answer
    # is a 422 or 403/409 problem, which the other checks validate.
    case.call_and_validate(headers={"Authorization": header}, excluded_checks=[positive_data_acceptance])
