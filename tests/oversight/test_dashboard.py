"""The dashboard: charts drawn on the server as SVG, each with a table of the same numbers,
aggregated in the database with a query count that does not grow with the data."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reviews.models import Application
from reviews.states import State
from tests.factories import facts_for
from tests.oversight.conftest import client_for
from tests.reviews.helpers import application_in_state

pytestmark = pytest.mark.django_db


def test_it_draws_every_chart_with_a_table_beside_it(audrey, history):
    response = client_for(audrey).get("/oversight/")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("<svg") >= 6
    assert "<script" not in body and "style=" not in body  # the CSP allows neither
    for heading in ("Applications per state", "Automatic denial rate", "Rules matched", "Time to decision",
                    "Reviewer workload", "Overdue"):
        assert heading in body
    context = response.context
    assert dict(context["rules"])["le-realtime-mobile-facial-recognition"] == 1
    assert context["total_screened"] == 4 and context["total_denied"] == 1
    assert re.search(r'id="denial-rate">25\.0%<', body)
    assert context["times"].count == 2  # the reviewer's approval and denial, not the automatic one
    assert sum(dict(context["workload"]).values()) == 1  # the one open application


def test_overdue_items_are_listed(audrey, carol, acme, rita, history):
    late = history["pending"]
    Application.objects.filter(pk=late.pk).update(due_on="2020-01-01")  # time passing, not a state change
    body = client_for(audrey).get("/oversight/").content.decode()
    assert late.reference in body and "2020-01-01" in body


def test_the_query_count_does_not_grow_with_the_data(audrey, carol, acme, rita, history):
    client = client_for(audrey)
    with CaptureQueriesContext(connection) as small:
        client.get("/oversight/")
    for i in range(3):
        application_in_state(State.APPROVED, applicant=carol, reviewer=rita, facts=facts_for(acme, title=f"More {i}"))
    with CaptureQueriesContext(connection) as large:
        client.get("/oversight/")
    assert len(large.captured_queries) == len(small.captured_queries)
