"""Load policies/v2.yaml (the v2 text reader: eight languages, use versus topic, the
organisation's name and domains, unscreened languages) and, on a fresh database, make it the
active policy (audited). v1 stays as it was: decisions made under it keep it. On a database
that has already been used, v2 is only loaded; an admin activates it after simulating it."""
from pathlib import Path

from django.conf import settings
from django.db import migrations
from django.utils import timezone

_POLICY_ACTIONS = ("policy.loaded", "policy.activated")


def load_v2(apps, schema_editor):
    from audit.models import GENESIS_HASH, canonical_json, event_hash
    from screening.policy import compile_policy

    PolicyVersion = apps.get_model("screening", "PolicyVersion")
    AuditEvent = apps.get_model("audit", "AuditEvent")
    if PolicyVersion.objects.filter(version="v2").exists():
        return
    source = (Path(settings.BASE_DIR) / "policies" / "v2.yaml").read_text(encoding="utf-8")
    policy = compile_policy(source)
    now = timezone.now()
    active = PolicyVersion.objects.filter(is_active=True).first()
    # Fresh: only migration 0002 has run (v1 active, nothing audited but policy events).
    fresh = (active is not None and active.version == "v1" and active.created_by_id is None
             and not AuditEvent.objects.exclude(action__in=_POLICY_ACTIONS).exists())
    version = PolicyVersion.objects.create(
        version=policy.version, title=policy.title, source=source, sha256=policy.sha256,
    )
    events = [("policy.loaded", {"version": policy.version, "sha256": policy.sha256,
                                 "rules": [r.id for r in policy.rules]})]
    if fresh:
        # The model's save() guards activation; a historical model has no such guard, so the
        # bookkeeping is written with update() exactly as policy_version_activate would.
        PolicyVersion.objects.filter(pk=active.pk).update(is_active=False)
        PolicyVersion.objects.filter(pk=version.pk).update(is_active=True, activated_at=now)
        events.append(("policy.activated", {"version": policy.version, "sha256": policy.sha256,
                                            "previous": active.version}))
    last = AuditEvent.objects.order_by("-sequence").values_list("sequence", "hash").first()
    prev_hash = last[1] if last else GENESIS_HASH
    for offset, (action, data) in enumerate(events):
        sequence = (last[0] if last else 0) + 1 + offset
        # As `audit_event_record(subject=<the policy version>)` writes them. Whether audit 0002
        # (subject columns) ran before this migration depends on the order the graph allows:
        # the hashed value is the same either way, only its column's name differs.
        columns = {f.name for f in AuditEvent._meta.get_fields()}
        subject = {"subject_kind": "policy", "subject_public_id": policy.version} if "subject_kind" in columns else {}
        reference = "subject_reference" if "subject_reference" in columns else "application_reference"
        fields = dict(sequence=sequence, created_at=now, actor_id=None, actor_label="system", action=action,
                      from_state="", to_state="", data_json=canonical_json(data), prev_hash=prev_hash)
        digest = event_hash(**{**fields, "subject_reference": policy.version, "created_at": now.isoformat()})
        AuditEvent.objects.create(**fields, **{reference: policy.version}, **subject, hash=digest)
        prev_hash = digest


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0002_activate_policy_v1"),
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(load_v2, migrations.RunPython.noop)]
