"""Verifying the log: the fast verifier agrees with the plain one; the head remembered by the
last check catches a log cut short or re-chained (which the chain alone cannot show); and the
one routine, `verify_log`, gives the `verify_audit` command, the periodic task and the audit page
the same answer."""
import datetime

import pytest
from django.core.management import call_command
from django.db import transaction

from audit.models import AuditEvent, ChainCheck
from audit.services import audit_event_record
from audit.tasks import verify_audit_chain
from audit.verification import verify_chain, verify_chain_fast, verify_log
from tests.audit.helpers import tamper, write_events
from tests.oversight.conftest import client_for

pytestmark = pytest.mark.django_db


def test_the_command_the_periodic_task_and_the_page_report_the_same_cut(audrey, capsys):
    auditor = client_for(audrey)  # signing in writes an event: do it before the log is cut
    write_events(6)
    assert verify_audit_chain.apply().get().endswith("events verified, intact")
    head = AuditEvent.objects.order_by("-sequence").first().sequence
    tamper("DELETE FROM audit_auditevent WHERE sequence >= %s", head - 1)
    assert verify_chain().intact  # what is left is a perfectly good chain

    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_audit")
    assert exit_info.value.code == 1
    command_says = capsys.readouterr().err
    periodic_says = verify_audit_chain.apply().get()
    response = auditor.post("/audit/verify/", follow=True)
    page_says = response.content.decode()

    checks = list(ChainCheck.objects.order_by("pk"))[1:]
    assert [c.trigger for c in checks] == ["command", "periodic", "on_demand"]
    assert {(c.intact, c.broken_sequence, c.problem) for c in checks} == {(False, head - 1, checks[0].problem)}
    problem = checks[0].problem
    assert f"ends before event #{head}" in problem
    assert f"chain broken at event #{head - 1}: {problem}" in command_says
    assert periodic_says == f"broken at event #{head - 1}: {problem}"
    assert f"broken at event #{head - 1}: {problem}" in page_says and "chain-broken" in page_says
    listing = auditor.get("/audit/").content.decode()
    assert f"broken at event #{head - 1}" in listing


def test_a_log_cut_short_after_a_check_is_reported():
    write_events(5)
    first = verify_log()
    assert first.intact and first.head_sequence == AuditEvent.objects.count()
    tamper("DELETE FROM audit_auditevent WHERE sequence >= %s", first.head_sequence - 1)
    check = verify_log()
    assert not check.intact
    assert "ends before event" in check.problem


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
    assert verify_chain().intact  # the forgery is invisible to the chain alone
    check = verify_log()
    assert not check.intact and check.broken_sequence == first.head_sequence
    assert "rewritten" in check.problem


def test_appending_after_a_check_is_fine():
    write_events(3)
    verify_log()
    write_events(3)
    assert verify_log().intact


@pytest.mark.parametrize("sql, params", [
    ("UPDATE audit_auditevent SET action = %s WHERE sequence = %s", ("forged", 3)),
    ("UPDATE audit_auditevent SET created_at = %s WHERE sequence = %s",
     (datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC), 4)),
    ("UPDATE audit_auditevent SET prev_hash = %s WHERE sequence = %s", ("f" * 64, 5)),
    ("UPDATE audit_auditevent SET actor_label = %s WHERE sequence = %s", ("someone@else.example", 2)),
    ("DELETE FROM audit_auditevent WHERE sequence = %s", (6,)),
    ("DELETE FROM audit_auditevent WHERE sequence >= %s", (7,)),
])
def test_the_fast_verifier_agrees_with_the_verify_command(history, sql, params):
    assert verify_chain_fast() == verify_chain()
    assert verify_chain_fast().intact
    tamper(sql, *params)
    assert verify_chain_fast() == verify_chain()


def test_the_fast_verifier_reproduces_timestamps_with_and_without_microseconds():
    with transaction.atomic():
        event = audit_event_record(action="test.event")
    # Rewrite one event as if written at a whole second, with a hash to match.
    whole = event.created_at.replace(microsecond=0)
    event.created_at = whole
    tamper("UPDATE audit_auditevent SET created_at = %s, hash = %s WHERE sequence = %s",
           whole, event.computed_hash(), event.sequence)
    assert verify_chain().intact
    assert verify_chain_fast() == verify_chain()
