"""Checking the audit chain periodically or on demand, and remembering the result."""
import time

from django.db import transaction
from django.utils import timezone

from audit.events import AuditEventType
from audit.models import AuditEvent
from audit.services import audit_event_record
from audit.verification import ChainStatus, verify_chain_fast
from oversight.models import ChainCheck


def chain_check_run(*, trigger: str = ChainCheck.Trigger.PERIODIC, by=None) -> ChainCheck:
    """Verify the whole chain and store the result. Run by a person, it is also recorded in the
    log itself ("audit.verified"): who looked, and what they were shown."""
    started = time.perf_counter()
    status = against_last_anchor(verify_chain_fast())
    head_hash = ""
    if status.intact and status.verified:
        head_hash = AuditEvent.objects.filter(sequence=status.verified).values_list("hash", flat=True).first() or ""
    with transaction.atomic():
        check = ChainCheck.objects.create(
            checked_at=timezone.now(),
            trigger=trigger,
            checked_by=by if by is not None and by.is_authenticated else None,
            verified=status.verified,
            intact=status.intact,
            broken_sequence=status.broken_sequence,
            problem=status.problem,
            duration_ms=round((time.perf_counter() - started) * 1000),
            head_sequence=status.verified if head_hash else None,
            head_hash=head_hash,
        )
        if by is not None:
            audit_event_record(action=AuditEventType.AUDIT_VERIFIED, actor=by, data={
                "verified": status.verified, "intact": status.intact, "broken_sequence": status.broken_sequence,
            })
    return check


def against_last_anchor(status: ChainStatus) -> ChainStatus:
    """An intact chain must still hold the head that the last intact check saw, unchanged.

    Deleting the newest events, or rewriting an event and recomputing every hash after it,
    leaves a chain that verifies on its own; the head hash remembered by an earlier check
    (kept outside the log) shows it."""
    if not status.intact:
        return status
    anchor = (ChainCheck.objects.filter(intact=True, head_sequence__isnull=False)
              .order_by("-checked_at", "-pk").first())
    if anchor is None:
        return status
    when = timezone.localtime(anchor.checked_at).strftime("%Y-%m-%d %H:%M")
    current = AuditEvent.objects.filter(sequence=anchor.head_sequence).values_list("hash", flat=True).first()
    if current is None:
        return ChainStatus(status.verified, False, status.verified + 1,
                           f"the log ends before event #{anchor.head_sequence}, which the check of {when} verified")
    if current != anchor.head_hash:
        return ChainStatus(status.verified, False, anchor.head_sequence,
                           f"the chain up to this event was rewritten since the check of {when} "
                           f"(its hash was then {anchor.head_hash[:12]}…)")
    return status


def latest_chain_check() -> ChainCheck | None:
    return ChainCheck.objects.order_by("-checked_at", "-pk").first()
