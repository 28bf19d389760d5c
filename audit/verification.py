"""Verifying the audit chain: recompute every hash and check every link, in sequence order."""
from dataclasses import dataclass

from audit.models import GENESIS_HASH, AuditEvent, event_hash


@dataclass(frozen=True)
class ChainStatus:
    verified: int
    intact: bool
    broken_sequence: int | None = None
    problem: str = ""

    def __str__(self) -> str:
        if self.intact:
            return f"{self.verified} events verified, chain intact"
        return f"chain broken at event #{self.broken_sequence}: {self.problem} ({self.verified} events verified before it)"


FIELDS = (
    "sequence",
    "created_at",
    "actor_id",
    "actor_label",
    "action",
    "application_reference",
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
            application_reference=ref,
            from_state=from_s,
            to_state=to_s,
            data_json=data_json,
            prev_hash=prev_hash,
        )
        if computed != stored:
            return ChainStatus(verified, False, seq, "its content does not match its hash")
        expected_prev, expected_sequence, verified = stored, seq + 1, verified + 1
    return ChainStatus(verified, True)
