"""Writing audit events for tests, and changing them as someone with database access could."""
import pgtrigger
from django.db import connection, transaction

from audit.services import audit_event_record


def write_events(n: int, action: str = "test.event") -> None:
    for i in range(n):
        with transaction.atomic():
            audit_event_record(action=action, data={"i": i, "text": "naïve ünïcode ✓"})


def tamper(sql: str, *params) -> None:
    """Run SQL on the audit log behind the triggers' back (on PostgreSQL they would refuse it)."""
    if connection.vendor == "postgresql":
        with pgtrigger.ignore("audit.AuditEvent:audit_append_only"), connection.cursor() as cursor:
            cursor.execute(sql, params)
    else:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
