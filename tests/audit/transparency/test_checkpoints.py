"""Signed checkpoints: published into the database and the checkpoint directory, idempotent,
append-only; and verification names the first checkpoint that a rewritten history contradicts,
even when the rewriter recomputed every later hash and edited the stored checkpoints."""
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.db.utils import InternalError, ProgrammingError

from audit.models import AuditEvent
from audit.models_transparency import Checkpoint
from audit.transparency.checkpoints import TransparencyError, checkpoint_publish
from audit.transparency.keys import signer
from audit.transparency.merkle import verify_consistency
from audit.transparency.notes import CheckpointBody, generate_signer, open_note, parse_checkpoint, sign_note
from audit.transparency.verify import verify_checkpoints
from audit.verification import verify_chain_fast
from tests.audit.helpers import write_events
from tests.audit.transparency.helpers import as_database_owner, rewrite_event_and_rehash

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def directory() -> Path:
    return Path(settings.TRANSPARENCY_CHECKPOINT_DIR)


def publish_every(n: int, times: int) -> list[Checkpoint]:
    """`times` checkpoints, n events apart."""
    published = []
    for _ in range(times):
        write_events(n)
        published.append(checkpoint_publish())
    return published


def test_it_publishes_a_signed_checkpoint_into_the_database_and_the_directory():
    write_events(3)
    checkpoint = checkpoint_publish()
    size = AuditEvent.objects.count()
    assert checkpoint.tree_size == size
    text, by = open_note(checkpoint.note, [signer().verifier])
    body = parse_checkpoint(text)
    assert (body.origin, body.tree_size, body.root_hash.hex()) == (settings.TRANSPARENCY_LOG_ORIGIN, size, checkpoint.root_hash)
    assert checkpoint.note.endswith(f"\n\n\u2014 {settings.TRANSPARENCY_LOG_ORIGIN} " + checkpoint.note.split(" ")[-1])
    file = directory() / checkpoint.file_name
    assert file.read_text() == checkpoint.note
    assert file.stat().st_mode & 0o222 == 0  # written read-only


def test_it_is_idempotent_while_the_log_does_not_grow():
    write_events(2)
    first = checkpoint_publish()
    assert checkpoint_publish() == first
    assert Checkpoint.objects.count() == 1
    write_events(1)
    second = checkpoint_publish()
    assert second.tree_size == first.tree_size + 1
    assert len(list(directory().iterdir())) == 2


def test_successive_checkpoints_are_consistent_and_verify():
    published = publish_every(3, 4)
    status = verify_checkpoints()
    assert status.intact, str(status)
    assert status.checked == 4 and status.latest_tree_size == published[-1].tree_size
    first, last = published[0], published[-1]
    from audit.transparency.checkpoints import log_tree

    proof = log_tree().tree.consistency_proof(first.tree_size, last.tree_size)
    verify_consistency(first.tree_size, last.tree_size, proof, bytes.fromhex(first.root_hash), bytes.fromhex(last.root_hash))


def test_checkpoint_rows_cannot_be_changed_or_deleted():
    write_events(1)
    checkpoint_publish()
    for statement in ("UPDATE audit_checkpoint SET root_hash = 'x'", "DELETE FROM audit_checkpoint",
                      "TRUNCATE audit_checkpoint"):
        with pytest.raises((InternalError, ProgrammingError)), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert Checkpoint.objects.count() == 1


def test_a_checkpoint_file_is_never_overwritten():
    write_events(1)
    checkpoint = checkpoint_publish()
    from audit.transparency.checkpoints import write_checkpoint_file

    assert write_checkpoint_file(directory(), checkpoint.tree_size, checkpoint.note) == checkpoint.file_name
    with pytest.raises(TransparencyError, match="different checkpoint"):
        write_checkpoint_file(directory(), checkpoint.tree_size, checkpoint.note.replace("audit-log", "audit-lag"))


# Acceptance 2 of issue 10: the database's owner rewrites history.

def test_a_rewritten_and_rehashed_history_contradicts_the_first_checkpoint_after_it(capsys):
    published = publish_every(4, 5)  # checkpoints at base+4, +8, +12, +16, +20
    target = published[1].tree_size + 2  # an event covered first by the third checkpoint
    rewrite_event_and_rehash(target, data_json='{"forged":true}')
    assert verify_chain_fast().intact  # the hash chain alone no longer sees anything

    status = verify_checkpoints()
    assert not status.intact
    assert status.first_contradicted.tree_size == published[2].tree_size
    assert f"after event #{published[1].tree_size} up to #{published[2].tree_size}" in status.first_contradicted.problem
    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_checkpoints")
    assert exit_info.value.code == 1
    assert f"first contradicted checkpoint at tree size {published[2].tree_size}" in capsys.readouterr().err


def test_rewriting_the_stored_checkpoints_too_does_not_help_the_rewriter():
    published = publish_every(4, 4)
    target = published[1].tree_size + 1
    rewrite_event_and_rehash(target, data_json='{"forged":true}')
    # The rewriter cannot sign with the log's key; they re-sign every later checkpoint with theirs,
    # with the roots of the rewritten tree, and delete the last one outright.
    from audit.transparency.checkpoints import log_tree

    tree = log_tree().tree
    forger = generate_signer(settings.TRANSPARENCY_LOG_ORIGIN)
    statements = []
    for checkpoint in published[2:]:
        root = tree.root(checkpoint.tree_size)
        note = sign_note(CheckpointBody(settings.TRANSPARENCY_LOG_ORIGIN, checkpoint.tree_size, root).text(), forger)
        statements.append(("UPDATE audit_checkpoint SET note = %s, root_hash = %s, key_id = %s WHERE tree_size = %s",
                           [note, root.hex(), forger.key_id.hex(), checkpoint.tree_size]))
    statements.append(("DELETE FROM audit_checkpoint WHERE tree_size = %s", [published[-1].tree_size]))
    as_database_owner(*statements)

    status = verify_checkpoints()
    assert status.first_contradicted.tree_size == published[2].tree_size
    problems = [str(p) for p in status.problems]
    assert any("database copy was altered" in p for p in problems)
    assert any(f"tree size {published[-1].tree_size}" in p and "missing from the database" in p for p in problems)
    # And the log refuses to sign the rewritten history.
    write_events(1)
    with pytest.raises(TransparencyError, match=f"tree size {published[-1].tree_size}.*rewritten"):
        checkpoint_publish()


def test_deleting_the_newest_events_contradicts_the_checkpoints_that_covered_them():
    published = publish_every(3, 3)
    as_database_owner(("DELETE FROM audit_auditevent WHERE sequence > %s", [published[0].tree_size + 1]))
    status = verify_checkpoints()
    assert status.first_contradicted.tree_size == published[1].tree_size
    assert "events were deleted" in status.first_contradicted.problem


def test_a_removed_checkpoint_file_is_named():
    published = publish_every(2, 3)
    path = directory() / published[1].file_name
    path.chmod(0o644)
    path.unlink()
    status = verify_checkpoints()
    assert status.first_contradicted.tree_size == published[1].tree_size
    assert "not in the checkpoint directory" in status.first_contradicted.problem


def test_an_edited_checkpoint_file_is_named():
    published = publish_every(2, 2)
    path = directory() / published[0].file_name
    path.chmod(0o644)
    path.write_text(published[0].note.replace(f"\n{published[0].tree_size}\n", f"\n{published[0].tree_size + 1}\n"))
    status = verify_checkpoints()
    assert status.first_contradicted.tree_size == published[0].tree_size
    assert "does not verify" in status.first_contradicted.problem


@pytest.mark.django_db(transaction=True)  # committed rows, real concurrency
def test_concurrent_writers_and_publishers_never_fork_the_checkpoints():
    import threading

    errors = []

    def worker():
        try:
            for _ in range(4):
                write_events(2)
                checkpoint_publish()
        except Exception as exc:  # reported below, with the thread's own failure
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    checkpoint_publish()
    status = verify_checkpoints()
    assert status.intact, str(status)
    assert status.latest_tree_size == AuditEvent.objects.count()


def test_a_checkpoint_follows_the_commit_of_a_decision(django_capture_on_commit_callbacks):
    from audit.transparency.tasks import checkpoint_publish_after_commit

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        write_events(1)
        checkpoint_publish_after_commit()
        assert not Checkpoint.objects.exists()
    assert Checkpoint.objects.get().tree_size == AuditEvent.objects.count()


def test_a_failed_publish_never_fails_the_decision(settings, django_capture_on_commit_callbacks, caplog):
    from audit.transparency.tasks import checkpoint_publish_after_commit

    settings.TRANSPARENCY_CHECKPOINT_DIR = ""
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        write_events(1)
        checkpoint_publish_after_commit()
    assert not Checkpoint.objects.exists()
    assert "periodic task will" in caplog.text


# verify_audit: the one verification (command, periodic task, audit page) includes the checkpoints.

def test_verify_audit_names_the_first_contradicted_checkpoint(capsys):
    published = publish_every(3, 4)
    call_command("verify_audit")
    out = capsys.readouterr().out
    assert "chain intact" in out and "4 checkpoints verified" in out
    # The owner rewrites an event, recomputes every later hash with the triggers off, re-signs the
    # stored checkpoints from there on with a key of their own and edits the remembered heads.
    target = published[1].tree_size + 1
    rewrite_event_and_rehash(target, data_json='{"forged":true}')
    from audit.transparency.checkpoints import log_tree

    tree = log_tree().tree
    forger = generate_signer(settings.TRANSPARENCY_LOG_ORIGIN)
    statements = [("UPDATE audit_chaincheck SET head_hash = %s WHERE head_sequence = %s",
                   [AuditEvent.objects.get(sequence=published[-1].tree_size).hash, published[-1].tree_size])]
    for checkpoint in published[2:]:
        root = tree.root(checkpoint.tree_size)
        note = sign_note(CheckpointBody(settings.TRANSPARENCY_LOG_ORIGIN, checkpoint.tree_size, root).text(), forger)
        statements.append(("UPDATE audit_checkpoint SET note = %s, root_hash = %s WHERE tree_size = %s",
                           [note, root.hex(), checkpoint.tree_size]))
    as_database_owner(*statements)
    assert verify_chain_fast().intact

    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_audit")
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("log rewritten: first contradicted checkpoint at tree size "
                          f"{published[2].tree_size}")  # the edited heads fooled the chain check
    from audit.models import ChainCheck

    assert f"checkpoint at tree size {published[2].tree_size}" in ChainCheck.objects.order_by("-pk").first().summary


def test_verify_audit_names_the_checkpoint_after_the_chains_own_problem(capsys):
    published = publish_every(3, 2)
    call_command("verify_audit")  # remembers the head
    rewrite_event_and_rehash(published[0].tree_size, data_json='{"forged":true}')
    with pytest.raises(SystemExit):
        call_command("verify_audit")
    err = capsys.readouterr().err
    assert "rewritten since the check of" in err
    assert f"first contradicted checkpoint at tree size {published[0].tree_size}" in err


def test_the_chain_pass_collects_exactly_the_trees_leaves():
    from audit.transparency.checkpoints import log_tree
    from audit.transparency.merkle import TreeLevels

    write_events(5)
    leaves = bytearray()
    assert verify_chain_fast(leaf_data=leaves).intact
    assert TreeLevels.from_concatenated_leaf_data(leaves).root() == log_tree().tree.root()
