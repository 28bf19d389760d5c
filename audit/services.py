"""Writing to the audit log. Every service that changes something calls `audit_event_record`
inside its own transaction, so the event and the change commit or roll back together."""
from django.db import connection
from django.utils import timezone

from audit.context import current_channel
from audit.events import AuditEventType
from audit.models import GENESIS_HASH, AuditEvent, canonical_json, event_hash
from audit.subjects import Audited, AuditSubject, subject_of

# Any constant works; it only has to be the same for every writer of the chain.
CHAIN_LOCK_KEY = 0x55435241  # "UCRA"


def _lock_chain() -> None:
    """Serialise appends so concurrent writers never fork the chain.

    PostgreSQL: a transaction-level advisory lock, released at commit or rollback.
    SQLite: writes are already serialised by the database lock.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])


def audit_event_record(
    *,
    action: AuditEventType,
    actor=None,
    subject: Audited | AuditSubject | None = None,
    from_state: str = "",
    to_state: str = "",
    data: dict | None = None,
) -> AuditEvent:
    """Append one event to the chain. Must run inside `transaction.atomic()`.

    `subject` is what the event is about: any object with an `audit_subject()` method (an
    application, an organisation, a user, a policy version), or None.
    """
    if not connection.in_atomic_block:
        raise RuntimeError("audit_event_record must be called inside transaction.atomic()")
    channel = current_channel()
    if channel is not None:
        # A write through an API key names the key, whichever service wrote the event.
        data = {**(data or {}), "via": channel}
    _lock_chain()
    last = AuditEvent.objects.order_by("-sequence").values_list("sequence", "hash").first()
    sequence, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    about = subject_of(subject)
    actor_obj = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    event = AuditEvent(
        sequence=sequence,
        created_at=timezone.now(),
        actor=actor_obj,
        actor_label=actor_obj.email if actor_obj else AuditEvent.SYSTEM_LABEL,
        action=action,
        subject_kind=about.kind if about else "",
        subject_public_id=about.public_id if about else "",
        subject_reference=(about.reference or "") if about else "",
        from_state=from_state or "",
        to_state=to_state or "",
        data_json=canonical_json(data or {}),
        prev_hash=prev_hash,
    )
    event.hash = event.computed_hash()
    event.save(force_insert=True)
    return event


__all__ = ["audit_event_record", "event_hash"]
