"""Give every existing event its subject (kind + public id), from what the event already holds:
the application it pointed to, the organisation or policy version named in its data, the user
who signed in or whose roles changed.

The one migration allowed to UPDATE audit events behind the append-only trigger
(`pgtrigger.ignore`): it writes only the two subject columns, which are not part of any event's
hashed payload, so every event verifies exactly as before. Nothing else may do this.
"""
import json
from contextlib import nullcontext

from django.conf import settings
from django.db import migrations
from django.db.models import OuterRef, Subquery

ORGANIZATION_ACTIONS = ("organization.created", "organization.updated", "invitation.sent", "invitation.accepted")
POLICY_ACTIONS = ("policy.loaded", "policy.activated")
SIGN_IN_ACTIONS = ("user.signed_in", "user.signed_up")
BATCH = 2_000


def _ignoring_append_only(connection):
    if connection.vendor != "postgresql":
        return nullcontext()
    import pgtrigger

    return pgtrigger.ignore("audit.AuditEvent:audit_append_only")


def fill_subjects(apps, schema_editor):
    AuditEvent = apps.get_model("audit", "AuditEvent")
    Application = apps.get_model("reviews", "Application")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    with _ignoring_append_only(schema_editor.connection):
        AuditEvent.objects.filter(application__isnull=False).update(
            subject_kind="application",
            subject_public_id=Subquery(Application.objects.filter(pk=OuterRef("application_id")).values("public_id")[:1]),
        )
        AuditEvent.objects.filter(action__in=SIGN_IN_ACTIONS, actor__isnull=False).update(
            subject_kind="user",
            subject_public_id=Subquery(User.objects.filter(pk=OuterRef("actor_id")).values("public_id")[:1]),
        )
        user_ids = dict(User.objects.values_list("email", "public_id"))
        keyed = (("organization", ORGANIZATION_ACTIONS, "organization", None),
                 ("policy", POLICY_ACTIONS, "version", None),
                 ("user", ("user.roles_changed",), "user", user_ids))
        for kind, actions, key, lookup in keyed:
            batch = []
            for event in AuditEvent.objects.filter(action__in=actions).only("pk", "data_json").iterator(chunk_size=BATCH):
                value = json.loads(event.data_json).get(key)
                public_id = lookup.get(value) if lookup is not None else value
                if public_id:
                    event.subject_kind, event.subject_public_id = kind, str(public_id)
                    batch.append(event)
                if len(batch) >= BATCH:
                    AuditEvent.objects.bulk_update(batch, ["subject_kind", "subject_public_id"])
                    batch.clear()
            AuditEvent.objects.bulk_update(batch, ["subject_kind", "subject_public_id"])


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0002_subject_fields"),
        ("reviews", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(fill_subjects, migrations.RunPython.noop)]
