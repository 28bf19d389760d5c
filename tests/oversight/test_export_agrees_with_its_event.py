"""An export and its "exported" audit event agree: filters are validated first, the export's query
runs and its first rows are read before the event is written, and the export contains exactly
the events up to the moment it started."""
import pytest
from django.db import DatabaseError

from audit import exports
from audit.models import AuditEvent
from tests.oversight.conftest import client_for

pytestmark = pytest.mark.django_db


def test_an_export_that_cannot_start_raises_before_anything_is_returned(audrey, history):
    broken = exports.exportable_events().extra(where=["no_such_column = 1"])  # every database refuses it
    with pytest.raises(DatabaseError):
        exports.export_lines(broken, "csv")


def test_an_export_with_a_date_out_of_range_leaves_no_event(audrey, history):
    response = client_for(audrey).post("/audit/export/jsonl/", {"until": "9999-12-31"})
    assert response.status_code == 400
    assert "Enter a date between 1900-01-01 and 9998-12-31." in response.content.decode()
    assert not AuditEvent.objects.filter(action="audit.exported").exists()


def test_a_valid_export_is_recorded_once_and_stops_before_its_own_event(audrey, history):
    response = client_for(audrey).post("/audit/export/jsonl/", {"since": "2020-01-01", "until": "9998-12-31"})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    event = AuditEvent.objects.get(action="audit.exported")
    assert event.data["filters"] == {"since": "2020-01-01", "until": "9998-12-31"}
    assert len(lines) == AuditEvent.objects.filter(sequence__lt=event.sequence).count()
