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
    application_reference: str,
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
            application_reference,
            from_state,
            to_state,
            data_json,
            prev_hash,
        ]
    )
    return hashlib.sha256(payload.encode()).hexdigest()


class AuditEventQuerySet(models.QuerySet):
    def for_application(self, application):
        return self.filter(application=application).order_by("sequence")


class AuditEvent(models.Model):
    SYSTEM_LABEL = "system"

    sequence = models.BigIntegerField(unique=True, editable=False)
    created_at = models.DateTimeField(editable=False, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=254, help_text="The actor's email at the time, or 'system'.")
    action = models.CharField(max_length=64, db_index=True)
    application = models.ForeignKey(
        "reviews.Application", null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events"
    )
    application_reference = models.CharField(max_length=32, blank=True, db_index=True)
    from_state = models.CharField(max_length=32, blank=True)
    to_state = models.CharField(max_length=32, blank=True)
    # Stored as canonical text, hashed as stored: no re-serialisation can change the hash.
    data_json = models.TextField(default="{}")
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["sequence"]
        indexes = [models.Index(fields=["application", "sequence"], name="audit_app_seq_idx")]
        triggers = [
            pgtrigger.Protect(name="audit_append_only", operation=pgtrigger.Update | pgtrigger.Delete),
            pgtrigger.Trigger(
                name="audit_no_truncate",
                operation=pgtrigger.Truncate,
                level=pgtrigger.Statement,
                when=pgtrigger.Before,
                func="RAISE EXCEPTION 'The audit log is append-only: TRUNCATE is not allowed';",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} {self.application_reference}".strip()

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
            application_reference=self.application_reference,
            from_state=self.from_state,
            to_state=self.to_state,
            data_json=self.data_json,
            prev_hash=self.prev_hash,
        )


from audit.models_transparency import Checkpoint  # noqa: E402,F401  (registers the model with the app)
