"""The audit log is append-only on PostgreSQL and hash-chained everywhere; `verify_audit`
names the first event that was altered, deleted or moved."""
import threading

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.utils import InternalError, ProgrammingError

from audit.models import AuditEvent
from audit.services import audit_event_record
from audit.verification import verify_chain
from tests.audit.helpers import tamper, write_events


def run_verify(capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_audit")
    return exit_info.value.code, capsys.readouterr()


@pytest.mark.django_db
def test_verify_audit_reports_an_intact_chain(capsys):
    before = AuditEvent.objects.count()  # the migration's policy events
    write_events(5)
    call_command("verify_audit")
    assert capsys.readouterr().out.strip() == f"{before + 5} events verified, chain intact"


@pytest.mark.django_db(transaction=True)
def test_recording_outside_a_transaction_is_refused():
    with pytest.raises(RuntimeError):
        audit_event_record(action="test.event")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)  # committed rows, as in production
@pytest.mark.parametrize("statement", [
    "UPDATE audit_auditevent SET action = 'forged' WHERE sequence = 2",
    "DELETE FROM audit_auditevent WHERE sequence = 2",
    "TRUNCATE audit_auditevent",
])
def test_postgres_rejects_changes_to_audit_rows(statement):
    write_events(3)
    count = AuditEvent.objects.count()
    with pytest.raises((InternalError, ProgrammingError), match="append-only|Cannot"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert AuditEvent.objects.count() == count


@pytest.mark.postgres
@pytest.mark.django_db
def test_orm_update_and_delete_are_rejected_too():
    write_events(2)
    with pytest.raises((InternalError, ProgrammingError)), transaction.atomic():
        AuditEvent.objects.filter(sequence=1).update(action="forged")
    with pytest.raises((InternalError, ProgrammingError)), transaction.atomic():
        AuditEvent.objects.filter(sequence=1).delete()




@pytest.mark.django_db
def test_verify_names_an_altered_event(capsys):
    write_events(6)
    tamper("UPDATE audit_auditevent SET data_json = %s WHERE sequence = 4", '{"i":99}')
    code, out = run_verify(capsys)
    assert code == 1
    assert "chain broken at event #4" in out.err
    assert verify_chain().broken_sequence == 4


@pytest.mark.django_db
def test_verify_names_a_deleted_event(capsys):
    write_events(6)
    tamper("DELETE FROM audit_auditevent WHERE sequence = 3")
    code, out = run_verify(capsys)
    assert code == 1
    assert "chain broken at event #3" in out.err and "missing" in out.err


@pytest.mark.django_db
def test_verify_names_the_first_of_two_swapped_events(capsys):
    write_events(6)
    tamper("UPDATE audit_auditevent SET sequence = -1 WHERE sequence = 2")
    tamper("UPDATE audit_auditevent SET sequence = 2 WHERE sequence = 5")
    tamper("UPDATE audit_auditevent SET sequence = 5 WHERE sequence = -1")
    code, out = run_verify(capsys)
    assert code == 1
    assert "chain broken at event #2" in out.err


@pytest.mark.django_db
def test_a_rehashed_forgery_is_still_caught_by_the_next_link(capsys):
    write_events(4)
    event = AuditEvent.objects.get(sequence=2)
    event.data_json = '{"i":1,"forged":true}'
    tamper("UPDATE audit_auditevent SET data_json = %s, hash = %s WHERE sequence = 2",
           event.data_json, event.computed_hash())
    assert verify_chain().broken_sequence == 3


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain():
    def writer():
        try:
            write_events(10)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    status = verify_chain()
    assert status.intact and status.verified == AuditEvent.objects.count() >= 40
