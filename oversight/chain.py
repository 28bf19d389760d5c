"""Checking the audit chain periodically or on demand, and remembering the result."""
import time

from django.db import transaction
from django.utils import timezone

from audit.services import audit_event_record
from audit.verification import verify_chain_fast
from oversight.models import ChainCheck


def chain_check_run(*, trigger: str = ChainCheck.Trigger.PERIODIC, by=None) -> ChainCheck:
    """Verify the whole chain and store the result. Run by a person, it is also recorded in the
    log itself ("audit.verified"): who looked, and what they were shown."""
    started = time.perf_counter()
    status = verify_chain_fast()
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
        )
        if by is not None:
            audit_event_record(action="audit.verified", actor=by, data={
                "verified": status.verified, "intact": status.intact, "broken_sequence": status.broken_sequence,
            })
    return check


def latest_chain_check() -> ChainCheck | None:
    return ChainCheck.objects.order_by("-checked_at", "-pk").first()
