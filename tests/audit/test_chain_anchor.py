"""A chain that verifies on its own can still have been cut short or re-chained; the head hash
remembered by the last check shows it."""
import pytest

from audit.models import AuditEvent
from audit.verification import verify_log
from tests.audit.helpers import tamper, write_events


@pytest.mark.django_db
def test_a_log_cut_short_after_a_check_is_reported():
    write_events(5)
    first = verify_log()
    assert first.intact and first.head_sequence == AuditEvent.objects.count()
    tamper("DELETE FROM audit_auditevent WHERE sequence >= %s", first.head_sequence - 1)
    check = verify_log()
    assert not check.intact
    assert "ends before event" in check.problem


@pytest.mark.django_db
def test_a_rechained_rewrite_after_a_check_is_reported():
    write_events(5)
    first = verify_log()
    # Rewrite event 3 and recompute every hash after it: the chain alone verifies again.
    events = list(AuditEvent.objects.filter(sequence__gte=3).order_by("sequence"))
    prev = AuditEvent.objects.get(sequence=2).hash
    for event in events:
        if event.sequence == 3:
            event.data_json = '{"i":"forged"}'
        event.prev_hash = prev
        event.hash = event.computed_hash()
        tamper("UPDATE audit_auditevent SET data_json = %s, prev_hash = %s, hash = %s WHERE sequence = %s",
                            event.data_json, event.prev_hash, event.hash, event.sequence)
        prev = event.hash
    from audit.verification import verify_chain

    assert verify_chain().intact  # the forgery is invisible to the chain alone
    check = verify_log()
    assert not check.intact and check.broken_sequence == first.head_sequence
    assert "rewritten" in check.problem


@pytest.mark.django_db
def test_appending_after_a_check_is_fine():
    write_events(3)
    verify_log()
    write_events(3)
    assert verify_log().intact
