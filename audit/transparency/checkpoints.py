"""Publishing signed checkpoints of the audit log's Merkle tree.

The leaves are the audit events in sequence order; a leaf's data is the event's 32-byte SHA-256
`hash` (which covers the event's content and, through `prev_hash`, the chain before it). A
checkpoint is the C2SP tlog-checkpoint note (origin, tree size, root) signed with the log's
Ed25519 key; it is stored in the database and written, one file per checkpoint and never
overwritten, to TRANSPARENCY_CHECKPOINT_DIR.

`checkpoint_publish()` is idempotent: when no event was added since the last checkpoint it
returns that one. It refuses to sign a tree that is not an extension of the last checkpoint it
signed (RFC 6962 consistency): a rewritten history is never blessed with a fresh signature.
"""
import os
import re
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from audit.models import AuditEvent
from audit.models_transparency import Checkpoint
from audit.transparency import keys
from audit.transparency.merkle import ProofError, TreeLevels, leaf_hashes, verify_consistency
from audit.transparency.notes import CheckpointBody, NoteError, Signer, open_note, parse_checkpoint, sign_note

# Any constant; distinct from the chain's append lock (audit.services.CHAIN_LOCK_KEY).
CHECKPOINT_LOCK_KEY = 0x55435443  # "UCTC"
FILE_SUFFIX = ".checkpoint"
_FILE_NAME = re.compile(r"^(\d{20})\.checkpoint$")
_CHUNK = 20_000


class TransparencyError(RuntimeError):
    """The log cannot be checkpointed honestly (its history contradicts a signed checkpoint)."""


def checkpoint_file_name(tree_size: int) -> str:
    return f"{tree_size:020d}{FILE_SUFFIX}"


def _leaf_data(hex_hash: str) -> bytes:
    try:
        data = bytes.fromhex(hex_hash)
    except ValueError:
        data = b""
    # Anything but a 32-byte hash (a hand-edited row) still makes a leaf, just a different one.
    return data if len(data) == 32 else b"\xff" + hex_hash.encode()


def _event_hashes(up_to: int | None):
    """(sequence, hash) of the events in sequence order, batched through a server-side cursor."""
    if connection.vendor != "postgresql":
        rows = AuditEvent.objects.order_by("sequence")
        if up_to is not None:
            rows = rows.filter(sequence__lte=up_to)
        yield from rows.values_list("sequence", "hash").iterator(chunk_size=_CHUNK)
        return
    sql = "SELECT sequence, hash FROM audit_auditevent"
    params: list = []
    if up_to is not None:
        sql += " WHERE sequence <= %s"
        params.append(up_to)
    connection.ensure_connection()
    with transaction.atomic(), closing(connection.connection.cursor(name="transparency_leaves")) as cursor:
        cursor.execute(sql + " ORDER BY sequence", params)
        while batch := cursor.fetchmany(_CHUNK):
            yield from batch


@dataclass(frozen=True)
class LogTree:
    tree: TreeLevels
    first_gap: int | None  # the first missing sequence number, if any (leaf i is event #i+1 otherwise)

    @property
    def size(self) -> int:
        return self.tree.size


def log_tree(*, up_to: int | None = None) -> LogTree:
    """The Merkle tree over the events now in the log (up to sequence `up_to`)."""
    first_gap = None
    expected = 1

    def leaves():
        nonlocal first_gap, expected
        for sequence, hex_hash in _event_hashes(up_to):
            if sequence != expected and first_gap is None:
                first_gap = expected
            expected = sequence + 1
            yield _leaf_data(hex_hash)

    tree = TreeLevels(leaf_hashes(leaves()))
    return LogTree(tree, first_gap)


def write_checkpoint_file(directory: Path, tree_size: int, note: str) -> str:
    """Write the note to its own file, never over another: O_EXCL, read-only, synced to disk.
    The same note already there (a retry after a failed commit) is fine; a different one is not."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = checkpoint_file_name(tree_size)
    path = directory / name
    data = note.encode()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o444)
    except FileExistsError:
        if path.read_bytes() != data:
            raise TransparencyError(f"{path} already holds a different checkpoint for tree size {tree_size}") from None
        return name
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return name


def read_checkpoint_files(directory: Path) -> dict[int, tuple[str, str]]:
    """{tree size: (file name, note text)} of every checkpoint file; other files are ignored."""
    found = {}
    if not directory.is_dir():
        return found
    for entry in os.scandir(directory):
        match = _FILE_NAME.match(entry.name)
        if match and entry.is_file():
            with open(entry.path, encoding="utf-8", errors="replace", newline="") as f:
                found[int(match.group(1))] = (entry.name, f.read())
    return found


def _lock() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHECKPOINT_LOCK_KEY])


def _latest_signed(directory: Path, verifiers) -> list[tuple[str, CheckpointBody]]:
    """The newest checkpoint of the database and of the directory whose signature holds."""
    candidates = []
    row = Checkpoint.objects.order_by("-tree_size").first()
    if row is not None:
        candidates.append(("the database", row.note))
    files = read_checkpoint_files(directory)
    if files:
        name, note = files[max(files)]
        candidates.append((f"the directory ({name})", note))
    latest = []
    for where, note in candidates:
        try:
            text, _ = open_note(note, verifiers)
            latest.append((where, parse_checkpoint(text)))
        except NoteError:
            continue  # verification reports it; it cannot vouch for anything here
    return latest


def checkpoint_publish(*, signer: Signer | None = None) -> Checkpoint | None:
    """Sign and store a checkpoint of the log as it is now, in the database and in the checkpoint
    directory; the last checkpoint if the log has not grown; None for an empty log."""
    signer = signer or keys.signer()
    directory = keys.checkpoint_directory()
    origin = settings.TRANSPARENCY_LOG_ORIGIN
    with transaction.atomic():
        _lock()
        last = Checkpoint.objects.order_by("-tree_size").first()
        log = log_tree()
        if last is not None and last.tree_size >= log.size:
            if last.tree_size > log.size:
                raise TransparencyError(
                    f"the log holds {log.size} events but was checkpointed at {last.tree_size}: events were deleted"
                )
            return last
        if log.size == 0:
            return None
        if log.first_gap is not None:
            raise TransparencyError(f"event #{log.first_gap} is missing from the log")
        root = log.tree.root()
        for where, previous in _latest_signed(directory, [signer.verifier]):
            try:
                proof = log.tree.consistency_proof(previous.tree_size, log.size) if previous.tree_size <= log.size else []
                verify_consistency(previous.tree_size, log.size, proof, previous.root_hash, root)
            except ProofError as exc:
                raise TransparencyError(
                    f"refusing to sign: the log is not an extension of the checkpoint at tree size "
                    f"{previous.tree_size} in {where} ({exc}); its history was rewritten"
                ) from None
        note = sign_note(CheckpointBody(origin, log.size, root).text(), signer)
        checkpoint = Checkpoint.objects.create(
            tree_size=log.size,
            root_hash=root.hex(),
            note=note,
            key_id=signer.key_id.hex(),
            file_name=checkpoint_file_name(log.size),
            published_at=timezone.now(),
        )
        # Inside the transaction: if the outside copy cannot be written, there is no checkpoint.
        write_checkpoint_file(directory, log.size, note)
    return checkpoint
