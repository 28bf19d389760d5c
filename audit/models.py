"""The append-only, hash-chained audit log.

Each event stores the hash of the previous one, so altering, deleting or reordering a row
behind the database triggers' back is detected by `verify_audit`. On PostgreSQL, triggers
reject UPDATE, DELETE and TRUNCATE outright.
"""
import hashlib
import json

import pgtrigger
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.subjects import subject_of

GENESIS_HASH = "0" * 64


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, cls=DjangoJSONEncoder)


def event_hash(
    *,
    sequence: int,
    created_at: str,
    actor_id: int | None,
    actor_label: str,
    action: str,
    subject_reference: str,
    from_state: str,
    to_state: str,
    data_json: str,
    prev_hash: str,
) -> str:
    # A fixed, explicit field order; changing it would break every stored chain.
    payload = "\x1f".join(
        [
            str(sequence),
            created_at,
            "" if actor_id is None else str(actor_id),
            actor_label,
            action,
            subject_reference,
            from_state,
            to_state,
            data_json,
            prev_hash,
        ]
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def append_only_triggers(prefix: str, what: str) -> list:
    """PostgreSQL triggers that reject UPDATE, DELETE and TRUNCATE: rows are only ever added."""
    return [
        pgtrigger.Protect(name=f"{prefix}_append_only", operation=pgtrigger.Update | pgtrigger.Delete),
        pgtrigger.Trigger(
            name=f"{prefix}_no_truncate",
            operation=pgtrigger.Truncate,
            level=pgtrigger.Statement,
            when=pgtrigger.Before,
            func=f"RAISE EXCEPTION '{what} append-only: TRUNCATE is not allowed';",
        ),
    ]


class AuditEventQuerySet(models.QuerySet):
    def for_subject(self, obj):
        """The events about one object (anything with `audit_subject()`), oldest first."""
        subject = subject_of(obj)
        return self.filter(subject_kind=subject.kind, subject_public_id=subject.public_id).order_by("sequence")


class AuditEvent(models.Model):
    SYSTEM_LABEL = "system"

    sequence = models.BigIntegerField(unique=True, editable=False)
    created_at = models.DateTimeField(editable=False, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=254, help_text="The actor's email at the time, or 'system'.")
    action = models.CharField(max_length=64, db_index=True)
    # What the event is about (see audit.subjects), if anything: not hashed, so that old events
    # could be given theirs; the reference is hashed, and says the same to a human reader.
    subject_kind = models.CharField(max_length=32, blank=True)
    subject_public_id = models.CharField(max_length=64, blank=True)
    subject_reference = models.CharField(max_length=64, blank=True, db_index=True)
    from_state = models.CharField(max_length=32, blank=True)
    to_state = models.CharField(max_length=32, blank=True)
    # Stored as canonical text, hashed as stored: no re-serialisation can change the hash.
    data_json = models.TextField(default="{}")
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["sequence"]
        indexes = [
            models.Index(fields=["subject_kind", "subject_public_id", "sequence"], name="audit_subject_seq_idx"),
            models.Index(fields=["subject_public_id"], name="audit_subject_public_id_idx"),
        ]
        triggers = append_only_triggers("audit", "The audit log is")

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} {self.subject_reference}".strip()

    @property
    def data(self) -> dict:
        return json.loads(self.data_json)

    def computed_hash(self) -> str:
        return event_hash(
            sequence=self.sequence,
            created_at=self.created_at.isoformat(),
            actor_id=self.actor_id,
            actor_label=self.actor_label,
            action=self.action,
            subject_reference=self.subject_reference,
            from_state=self.from_state,
            to_state=self.to_state,
            data_json=self.data_json,
            prev_hash=self.prev_hash,
        )


class ChainCheck(models.Model):
    """The result of one verification of the whole log (`audit.verification.verify_log`), so
    every audit page shows the latest without re-reading the log on each request; and the head it
    saw, which the next check must find again unchanged."""

    class Trigger(models.TextChoices):
        PERIODIC = "periodic", _("Periodic check")
        ON_DEMAND = "on_demand", _("Run on demand")
        COMMAND = "command", _("verify_audit command")

    checked_at = models.DateTimeField(db_index=True)
    trigger = models.CharField(max_length=16, choices=Trigger.choices)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    verified = models.BigIntegerField(help_text="Events verified before the first problem (all of them if intact).")
    intact = models.BooleanField()
    broken_sequence = models.BigIntegerField(null=True, blank=True)
    problem = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    # The last event this check verified. The next check finds it again with the same hash, or
    # knows the log was cut short or re-chained since: what the chain alone cannot show.
    head_sequence = models.BigIntegerField(null=True, blank=True)
    head_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-checked_at"]

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        if self.intact:
            return f"{self.verified:,} events verified, intact"
        if self.broken_sequence is None:
            return f"rewritten: {self.problem}"
        return f"broken at event #{self.broken_sequence}: {self.problem}"


from audit.models_transparency import Checkpoint  # noqa: E402,F401  (registers the model with the app)
