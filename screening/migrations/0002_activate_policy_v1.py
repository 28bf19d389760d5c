"""Load policies/v1.yaml and make it the active policy on a fresh database (audited)."""
from pathlib import Path

from django.conf import settings
from django.db import migrations
from django.utils import timezone


def load_v1(apps, schema_editor):
    from audit.models import GENESIS_HASH, canonical_json, event_hash
    from screening.policy import compile_policy

    PolicyVersion = apps.get_model("screening", "PolicyVersion")
    AuditEvent = apps.get_model("audit", "AuditEvent")
    if PolicyVersion.objects.exists():
        return
    source = (Path(settings.BASE_DIR) / "policies" / "v1.yaml").read_text(encoding="utf-8")
    policy = compile_policy(source)
    now = timezone.now()
    PolicyVersion.objects.create(
        version=policy.version, title=policy.title, source=source, sha256=policy.sha256,
        is_active=True, activated_at=now,
    )
    last = AuditEvent.objects.order_by("-sequence").values_list("sequence", "hash").first()
    prev_hash = last[1] if last else GENESIS_HASH
    for offset, (action, data) in enumerate([
        ("policy.loaded", {"version": policy.version, "sha256": policy.sha256, "rules": [r.id for r in policy.rules]}),
        ("policy.activated", {"version": policy.version, "sha256": policy.sha256, "previous": None}),
    ]):
        sequence = (last[0] if last else 0) + 1 + offset
        fields = dict(sequence=sequence, created_at=now, actor_id=None, actor_label="system", action=action,
                      application_reference="", from_state="", to_state="", data_json=canonical_json(data),
                      prev_hash=prev_hash)
        # The hashed field was later renamed subject_reference (audit 0002); the value is the same.
        hashed = {key: value for key, value in fields.items() if key != "application_reference"}
        digest = event_hash(**{**hashed, "subject_reference": "", "created_at": now.isoformat()})
        AuditEvent.objects.create(**fields, hash=digest)
        prev_hash = digest


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0001_initial"),
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(load_v1, migrations.RunPython.noop)]
