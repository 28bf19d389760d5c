"""Loading and activating policy versions (both audited), and the active compiled policy."""
from django.db import transaction
from django.utils import timezone

from audit.events import AuditEventType
from audit.services import audit_event_record
from screening.models import PolicyVersion
from screening.policy import CompiledPolicy, PolicyError, compile_policy

_cache: dict[int, CompiledPolicy] = {}


def policy_version_load(*, source: str, by=None) -> PolicyVersion:
    """Validate and compile a policy document and store it as a new, inactive version."""
    compiled = compile_policy(source)  # raises PolicyError with rule id, line and column
    with transaction.atomic():
        if PolicyVersion.objects.filter(version=compiled.version).exists():
            raise PolicyError(f"version {compiled.version!r} already exists; give the draft a new version")
        version = PolicyVersion.objects.create(
            version=compiled.version, title=compiled.title, source=source, sha256=compiled.sha256, created_by=by
        )
        audit_event_record(
            action=AuditEventType.POLICY_LOADED,
            actor=by,
            subject=version,
            data={"version": compiled.version, "sha256": compiled.sha256, "rules": [r.id for r in compiled.rules]},
        )
    return version


def policy_version_activate(*, policy_version: PolicyVersion, by=None) -> PolicyVersion:
    """Make one version the active one; new screenings use it, past decisions keep theirs."""
    with transaction.atomic():
        version = PolicyVersion.objects.select_for_update().get(pk=policy_version.pk)
        previous = PolicyVersion.objects.select_for_update().filter(is_active=True).exclude(pk=version.pk).first()
        if previous is not None:
            previous.is_active = False
            previous.save(activation=True)
        version.is_active, version.activated_at = True, timezone.now()
        version.save(activation=True)
        audit_event_record(
            action=AuditEventType.POLICY_ACTIVATED,
            actor=by,
            subject=version,
            data={"version": version.version, "sha256": version.sha256,
                  "previous": previous.version if previous else None},
        )
    return version


def compiled(policy_version: PolicyVersion) -> CompiledPolicy:
    policy = _cache.get(policy_version.pk)
    if policy is None or policy.sha256 != policy_version.sha256:
        policy = _cache[policy_version.pk] = compile_policy(policy_version.source)
    return policy


def active_policy() -> tuple[PolicyVersion, CompiledPolicy]:
    """The active version and its compiled form (compiled once per process and version)."""
    version = PolicyVersion.objects.active().first()
    if version is None:
        raise PolicyError("no policy version is active; load and activate one (load_policy --activate)")
    return version, compiled(version)
