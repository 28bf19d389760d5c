"""Inclusion proofs: the evidence, checkable with the log's public key alone, that one audit event
(a decision's) is in the log that a signed checkpoint commits to.

The bundle is plain JSON, read by tools/verify_inclusion.py (no Django, no database):

    {"format": "usecase-review/inclusion-proof/v1",
     "checkpoint": <signed note text>,            # origin, tree size, root; Ed25519 signature
     "leaf_index": <event sequence - 1>, "tree_size": <the checkpoint's size>,
     "event": {"sequence": …, "hash": <hex>,       # the leaf's data is the 32 bytes of `hash`
               "fields": [[name, value], …]},      # joined by U+001F, their SHA-256 is `hash`
     "inclusion_proof": [<hex>, …]}                # RFC 6962 audit path, leaf side first

It uses the first checkpoint that covers the event, so the bundle of a decision never changes
once made; every later checkpoint extends that one (verify_checkpoints checks it).
"""
import hashlib

from django.core.cache import cache

from audit.models import AuditEvent
from audit.models_transparency import Checkpoint
from audit.transparency.checkpoints import TransparencyError, log_tree
from audit.transparency.notes import NoteError, parse_checkpoint

BUNDLE_FORMAT = "usecase-review/inclusion-proof/v1"
FIELD_SEPARATOR = "\x1f"


class NoCheckpointYet(LookupError):
    """No checkpoint covers the event yet (the next one is published within minutes)."""


def event_hash_fields(event: AuditEvent) -> list[list[str]]:
    """The event's hashed fields, in the order and rendering of `audit.models.event_hash`."""
    return [
        ["sequence", str(event.sequence)],
        ["created_at", event.created_at.isoformat()],
        ["actor_id", "" if event.actor_id is None else str(event.actor_id)],
        ["actor_label", event.actor_label],
        ["action", event.action],
        ["subject_reference", event.subject_reference],
        ["from_state", event.from_state],
        ["to_state", event.to_state],
        ["data_json", event.data_json],
        ["prev_hash", event.prev_hash],
    ]


def _hash_of_fields(fields: list[list[str]]) -> str:
    return hashlib.sha256(FIELD_SEPARATOR.join(value for _, value in fields).encode()).hexdigest()


def inclusion_proof_bundle(event_sequence: int) -> dict:
    """The inclusion proof of event #`event_sequence` in the first checkpoint that covers it.

    Raises AuditEvent.DoesNotExist, NoCheckpointYet, or TransparencyError if the log no longer
    matches that checkpoint (verify_checkpoints then says where)."""
    event = AuditEvent.objects.get(sequence=event_sequence)
    checkpoint = Checkpoint.objects.filter(tree_size__gte=event_sequence).order_by("tree_size").first()
    if checkpoint is None:
        raise NoCheckpointYet(f"no checkpoint covers event #{event_sequence} yet")
    cache_key = f"transparency:inclusion:{event_sequence}:{checkpoint.tree_size}:{checkpoint.root_hash}"
    bundle = cache.get(cache_key)
    if bundle is not None and bundle["event"]["hash"] == event.hash:
        return bundle

    fields = event_hash_fields(event)
    if _hash_of_fields(fields) != event.hash:
        raise TransparencyError(f"event #{event_sequence} does not match its own hash: it was altered")
    try:
        signed = parse_checkpoint(checkpoint.note[: checkpoint.note.rfind("\n\n") + 1])
    except NoteError as exc:
        raise TransparencyError(f"the checkpoint at tree size {checkpoint.tree_size} is malformed: {exc}") from None
    log = log_tree(up_to=checkpoint.tree_size)
    if log.first_gap is not None or log.size != checkpoint.tree_size or log.tree.root() != signed.root_hash:
        raise TransparencyError(
            f"the log no longer matches the checkpoint at tree size {checkpoint.tree_size}; run verify_checkpoints"
        )
    bundle = {
        "format": BUNDLE_FORMAT,
        "checkpoint": checkpoint.note,
        "leaf_index": event_sequence - 1,
        "tree_size": checkpoint.tree_size,
        "event": {"sequence": event.sequence, "hash": event.hash, "fields": fields},
        "inclusion_proof": [h.hex() for h in log.tree.inclusion_proof(event_sequence - 1)],
    }
    cache.set(cache_key, bundle, timeout=None)
    return bundle
