"""Give every existing event its subject (kind + public id), from what the event already holds:
the application it pointed to, the organisation or policy version named in its data, the user
who signed in or whose roles changed, the object changed in the admin (if it still exists).

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
ADMIN_ACTIONS = ("admin.added", "admin.changed", "admin.deleted")
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
    Organization = apps.get_model("accounts", "Organization")
    PolicyVersion = apps.get_model("screening", "PolicyVersion")
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
        # Admin events name the model and the primary key of what was changed.
        by_pk = {
            settings.AUTH_USER_MODEL.lower(): ("user", dict(User.objects.values_list("pk", "public_id"))),
            "accounts.organization": ("organization", dict(Organization.objects.values_list("pk", "public_id"))),
            "reviews.application": ("application", dict(Application.objects.values_list("pk", "public_id"))),
            "screening.policyversion": ("policy", dict(PolicyVersion.objects.values_list("pk", "version"))),
        }

        def admin_subject(data):
            kind, public_ids = by_pk.get(data.get("model"), (None, {}))
            object_id = data.get("object_id")
            public_id = public_ids.get(int(object_id)) if str(object_id or "").isdigit() else None
            return (kind, public_id) if public_id else None

        def keyed(kind, key, lookup=None):
            def subject(data):
                value = data.get(key)
                public_id = lookup.get(value) if lookup is not None else value
                return (kind, public_id) if public_id else None
            return subject

        rules = ((ORGANIZATION_ACTIONS, keyed("organization", "organization")),
                 (POLICY_ACTIONS, keyed("policy", "version")),
                 (("user.roles_changed",), keyed("user", "user", user_ids)),
                 (ADMIN_ACTIONS, admin_subject))
        for actions, subject_of in rules:
            batch = []
            for event in AuditEvent.objects.filter(action__in=actions).only("pk", "data_json").iterator(chunk_size=BATCH):
                subject = subject_of(json.loads(event.data_json))
                if subject:
                    event.subject_kind, event.subject_public_id = subject[0], str(subject[1])
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
