"""One verification of the log, used by the `verify_audit` command, the periodic task and the
audit page: after the newest events are deleted behind the triggers' back, all three report the
same break (the chain alone still verifies; the head remembered by the last check shows it)."""
import pytest
from django.core.management import call_command

from audit.models import AuditEvent, ChainCheck
from audit.tasks import verify_audit_chain
from audit.verification import verify_chain
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
