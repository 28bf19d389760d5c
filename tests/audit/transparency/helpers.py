"""Rewriting the audit log as its database administrator could, triggers and all."""
from django.db import connection, transaction

from audit.models import AuditEvent, event_hash


def as_database_owner(*statements) -> None:
    """Run SQL with every trigger switched off, as `SET session_replication_role = replica` does
    for a superuser (the append-only triggers are ordinary triggers, so they do not fire)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        try:
            for sql, params in statements:
                cursor.execute(sql, params)
        finally:
            cursor.execute("SET session_replication_role = DEFAULT")


def rewrite_event_and_rehash(sequence: int, *, data_json: str) -> None:
    """Change one event's content and recompute its hash and every later hash and link, so that
    the hash chain verifies again."""
    statements = []
    prev_hash = AuditEvent.objects.get(sequence=sequence).prev_hash
    for event in AuditEvent.objects.filter(sequence__gte=sequence).order_by("sequence"):
        if event.sequence == sequence:
            event.data_json = data_json
        event.prev_hash = prev_hash
        new_hash = event_hash(
            sequence=event.sequence, created_at=event.created_at.isoformat(), actor_id=event.actor_id,
            actor_label=event.actor_label, action=event.action, subject_reference=event.subject_reference,
            from_state=event.from_state, to_state=event.to_state, data_json=event.data_json, prev_hash=prev_hash,
        )
        statements.append((
            "UPDATE audit_auditevent SET data_json = %s, prev_hash = %s, hash = %s WHERE sequence = %s",
            [event.data_json, prev_hash, new_hash, event.sequence],
        ))
        prev_hash = new_hash
    as_database_owner(*statements)
