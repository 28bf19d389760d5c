"""Verifying the audit chain: recompute every hash and check every link, in sequence order.

`verify_log` is the one check everyone runs (the `verify_audit` command, the periodic task and
the audit page's "verify now"): the chain, then the head remembered by the last intact check,
and the result stored as a `ChainCheck`, so all three always give the same answer.

`verify_chain` is the plain reference; `verify_chain_fast` gives the same answer faster. On
PostgreSQL the database assembles each event's hashed payload (the exact text of
`audit.models.event_hash`) and sends one column instead of ten, and a second thread fetches the
next batch while this one hashes the last: fetching and converting ten columns per row, not
hashing, is what holds the plain verifier to 60,000–75,000 events/s. Other databases (SQLite in
the embedded mode) take the plain row-by-row path.
"""
import hashlib
import queue
import threading
import time
from contextlib import closing
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.utils import timezone

from audit.events import AuditEventType
from audit.models import GENESIS_HASH, AuditEvent, ChainCheck, event_hash
from audit.services import audit_event_record
from audit.transparency.checkpoints import LogTree
from audit.transparency.merkle import TreeLevels
from audit.transparency.verify import checkpoint_snapshot, verify_checkpoints


@dataclass(frozen=True)
class ChainStatus:
    verified: int
    intact: bool
    broken_sequence: int | None = None
    problem: str = ""

    @classmethod
    def of(cls, check: ChainCheck) -> "ChainStatus":
        return cls(check.verified, check.intact, check.broken_sequence, check.problem)

    def __str__(self) -> str:
        if self.intact:
            return f"{self.verified} events verified, chain intact"
        if self.broken_sequence is None:  # the chain holds, a signed checkpoint contradicts it
            return f"log rewritten: {self.problem} ({self.verified} events in an intact chain)"
        return f"chain broken at event #{self.broken_sequence}: {self.problem} ({self.verified} events verified before it)"


FIELDS = (
    "sequence",
    "created_at",
    "actor_id",
    "actor_label",
    "action",
    "subject_reference",
    "from_state",
    "to_state",
    "data_json",
    "prev_hash",
    "hash",
)


def verify_chain(*, chunk_size: int = 5000) -> ChainStatus:
    expected_prev, expected_sequence, verified = GENESIS_HASH, 1, 0
    rows = AuditEvent.objects.order_by("sequence").values_list(*FIELDS).iterator(chunk_size=chunk_size)
    for seq, created_at, actor_id, actor_label, action, ref, from_s, to_s, data_json, prev_hash, stored in rows:
        if seq != expected_sequence:
            return ChainStatus(verified, False, expected_sequence, f"event #{expected_sequence} is missing")
        if prev_hash != expected_prev:
            return ChainStatus(verified, False, seq, "its previous-hash does not match the event before it")
        computed = event_hash(
            sequence=seq,
            created_at=created_at.isoformat(),
            actor_id=actor_id,
            actor_label=actor_label,
            action=action,
            subject_reference=ref,
            from_state=from_s,
            to_state=to_s,
            data_json=data_json,
            prev_hash=prev_hash,
        )
        if computed != stored:
            return ChainStatus(verified, False, seq, "its content does not match its hash")
        expected_prev, expected_sequence, verified = stored, seq + 1, verified + 1
    return ChainStatus(verified, True)


CHUNK_SIZE = 5_000
HASH_LENGTH = 64

# The payload of `audit.models.event_hash`, field for field, joined by the unit separator.
# `created_at` is rendered as Python's isoformat() renders an aware UTC datetime (no fraction
# when the microseconds are zero), and a missing actor as the empty string.
_PAYLOAD_SQL = """
    SELECT sequence,
           concat_ws(chr(31),
                     sequence::text,
                     to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                       || CASE WHEN extract(microseconds FROM created_at)::bigint % 1000000 = 0 THEN ''
                               ELSE '.' || to_char(created_at AT TIME ZONE 'UTC', 'US') END
                       || '+00:00',
                     coalesce(actor_id::text, ''), actor_label, action, subject_reference,
                     from_state, to_state, data_json, prev_hash),
           hash
    FROM audit_auditevent
    ORDER BY sequence
"""


def _payload_rows_postgresql(chunk_size: int):
    with transaction.atomic():  # a named (server-side) cursor lives inside a transaction
        connection.ensure_connection()
        with connection.connection.cursor(name="audit_chain_verification") as cursor:
            cursor.execute(_PAYLOAD_SQL)
            yield from _prefetched(cursor, chunk_size)


def _prefetched(cursor, chunk_size: int):
    """The cursor's rows, with the next batch fetched by a helper thread meanwhile (the thread
    waits on the database, so the two overlap despite the GIL)."""
    batches: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item) -> None:
        while not stop.is_set():
            try:
                batches.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def fetch() -> None:
        try:
            while not stop.is_set():
                batch = cursor.fetchmany(chunk_size)
                put(batch)
                if not batch:
                    return
        except Exception as exc:  # handed to the consumer, which raises it
            put(exc)

    thread = threading.Thread(target=fetch, name="audit-chain-fetch", daemon=True)
    thread.start()
    try:
        while True:
            batch = batches.get()
            if isinstance(batch, Exception):
                raise batch
            if not batch:
                return
            yield from batch
    finally:
        stop.set()  # also when the consumer stops early, at a broken link
        thread.join()


def _payload_rows(chunk_size: int):
    rows = AuditEvent.objects.order_by("sequence").values_list(*FIELDS).iterator(chunk_size=chunk_size)
    for seq, created_at, actor_id, actor_label, action, ref, from_s, to_s, data_json, prev_hash, stored in rows:
        yield seq, "\x1f".join((
            str(seq), created_at.isoformat(), "" if actor_id is None else str(actor_id), actor_label, action,
            ref, from_s, to_s, data_json, prev_hash,
        )), stored


def verify_chain_fast(*, chunk_size: int = CHUNK_SIZE, leaf_data: bytearray | None = None) -> ChainStatus:
    """With `leaf_data`, also collects every event's 32-byte hash, in order, for the Merkle tree
    of the checkpoints: one pass over the log serves both checks."""
    sha256 = hashlib.sha256
    collect = leaf_data is not None
    expected_prev, expected_sequence, verified = GENESIS_HASH, 1, 0
    rows = _payload_rows_postgresql(chunk_size) if connection.vendor == "postgresql" else _payload_rows(chunk_size)
    with closing(rows):  # stopping at a broken link closes the cursor and its transaction at once
        for seq, payload, stored in rows:
            if seq != expected_sequence:
                return ChainStatus(verified, False, expected_sequence, f"event #{expected_sequence} is missing")
            # The payload ends with the event's previous-hash.
            if payload[-HASH_LENGTH:] != expected_prev:
                return ChainStatus(verified, False, seq, "its previous-hash does not match the event before it")
            digest = sha256(payload.encode()).digest()
            if digest.hex() != stored:
                return ChainStatus(verified, False, seq, "its content does not match its hash")
            if collect:
                leaf_data += digest
            expected_prev, expected_sequence, verified = stored, seq + 1, verified + 1
    return ChainStatus(verified, True)


def verify_log(*, trigger: str = ChainCheck.Trigger.PERIODIC, by=None) -> ChainCheck:
    """Verify the whole log, chain and remembered head, and store the result. Run by a person,
    it is also recorded in the log itself ("audit.verified"): who looked, and what they were shown."""
    started = time.perf_counter()
    published = checkpoint_snapshot()  # before the events: every checkpoint read is then covered
    leaf_data = bytearray()
    status = verify_chain_fast(leaf_data=leaf_data)
    # An intact chain's hashes are the Merkle tree's leaves; a broken one is read again for it.
    leaves = leaf_data if status.intact else None
    status = against_last_anchor(status)
    status, checkpoints = against_checkpoints(status, published=published, leaf_data=leaves)
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
    check.checkpoints = checkpoints  # not stored: what verify_audit prints besides the chain's result
    return check


def against_checkpoints(status: ChainStatus, *, published=None, leaf_data: bytes | None = None):
    """Every signed checkpoint must hold for the events now in the log (audit/transparency):
    the one check that a rewrite with every later hash recomputed, and the remembered heads
    edited too, cannot pass. The first contradicted checkpoint is named, after the chain's own
    problem if it has one."""
    log = LogTree(TreeLevels.from_concatenated_leaf_data(leaf_data), None) if leaf_data is not None else None
    try:
        checkpoints = verify_checkpoints(published=published, log=log)
    except ImproperlyConfigured as exc:
        return ChainStatus(status.verified, False, status.broken_sequence,
                           "; ".join(filter(None, [status.problem, f"the checkpoints cannot be checked: {exc}"]))), None
    if checkpoints.intact:
        return status, checkpoints
    contradicted = str(checkpoints)
    if not status.intact:
        return ChainStatus(status.verified, False, status.broken_sequence, f"{status.problem}; {contradicted}"), checkpoints
    return ChainStatus(status.verified, False, None, contradicted), checkpoints


def against_last_anchor(status: ChainStatus) -> ChainStatus:
    """An intact chain must still hold the head that the last intact check saw, unchanged.

    Deleting the newest events, or rewriting an event and recomputing every hash after it,
    leaves a chain that verifies on its own; the head hash remembered by an earlier check
    (kept outside the log's table) shows it."""
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
