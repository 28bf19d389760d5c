"""Exports of the audit log: streamed CSV and JSON Lines of the filtered events, each export
recorded in the log before its first byte, and every row enough to recompute the chain."""
import csv
import io
import json

import pytest
from django.http import StreamingHttpResponse

from audit.exports import COLUMNS, HASHED_COLUMNS
from audit.models import AuditEvent, event_hash
from tests.oversight.conftest import client_for

pytestmark = pytest.mark.django_db


def body(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode()


def test_it_exports_the_filtered_events_as_csv(audrey, history):
    reference = history["approved"].reference
    response = client_for(audrey).post("/audit/export/csv/", {"reference": reference})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'attachment; filename="audit-log-' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(response))))
    expected = list(AuditEvent.objects.filter(subject_reference=reference).order_by("sequence"))
    assert [int(r["sequence"]) for r in rows] == [e.sequence for e in expected]
    assert list(rows[0]) == list(COLUMNS)
    for row, event in zip(rows, expected, strict=True):
        assert row["hash"] == event.hash and row["data_json"] == event.data_json
        assert (row["subject_kind"], row["subject_public_id"]) == ("application", history["approved"].public_id)


def test_each_row_of_a_jsonl_export_recomputes_to_its_hash(audrey, history):
    response = client_for(audrey).post("/audit/export/jsonl/", {})
    assert response["Content-Type"].startswith("application/x-ndjson")
    records = [json.loads(line) for line in body(response).splitlines()]
    previous = "0" * 64
    for record in records:
        assert record["prev_hash"] == previous
        assert event_hash(**{k: record[k] for k in HASHED_COLUMNS}) == record["hash"]
        previous = record["hash"]
    # Everything up to the export's own event, which is not part of what it exports.
    export_event = AuditEvent.objects.filter(action="audit.exported").get()
    assert records[-1]["sequence"] == export_event.sequence - 1


def test_the_export_is_recorded_with_its_filters_before_streaming(audrey, history):
    response = client_for(audrey).post("/audit/export/csv/", {"actor": "rita", "action": "application.approve",
                                                             "since": "2020-01-01"})
    # Recorded even though not one byte has been read yet.
    event = AuditEvent.objects.filter(action="audit.exported").get()
    assert event.actor == audrey
    assert event.data == {"format": "csv", "filters": {"actor": "rita", "action": "application.approve",
                                                       "since": "2020-01-01"}}
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [r["action"] for r in rows] == ["application.approve"]


def test_exports_are_posts_and_unknown_formats_are_refused(audrey):
    client = client_for(audrey)
    assert client.get("/audit/export/csv/").status_code == 405
    assert client.post("/audit/export/xlsx/").status_code == 404
    assert not AuditEvent.objects.filter(action="audit.exported").exists()
