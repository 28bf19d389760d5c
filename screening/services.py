"""Loading, activating and withdrawing policy versions and jurisdiction packs (all audited),
and the active compiled policy and packs."""
from django.db import transaction
from django.utils import timezone

from audit.events import AuditEventType
from audit.services import audit_event_record
from screening.models import PolicyVersion
from screening.packs import CompiledPack, compile_pack, is_pack
from screening.policy import CompiledPolicy, PolicyError, compile_policy

_cache: dict[int, CompiledPolicy | CompiledPack] = {}


def compile_document(source: str) -> CompiledPolicy | CompiledPack:
    """A base policy or, when the document names a `pack`, a jurisdiction pack."""
    return compile_pack(source) if is_pack(source) else compile_policy(source)


def policy_version_load(*, source: str, by=None) -> PolicyVersion:
    """Validate and compile a policy document or pack and store it as a new, inactive version."""
    compiled = compile_document(source)  # raises PolicyError with rule id, line and column
    pack = compiled.name if isinstance(compiled, CompiledPack) else ""
    with transaction.atomic():
        if PolicyVersion.objects.filter(version=compiled.version).exists():
            raise PolicyError(f"version {compiled.version!r} already exists; give the draft a new version")
        version = PolicyVersion.objects.create(
            version=compiled.version, pack=pack, title=compiled.title, source=source, sha256=compiled.sha256,
            created_by=by,
        )
        audit_event_record(
            action=AuditEventType.POLICY_LOADED,
            actor=by,
            subject=version,
            data={"version": compiled.version, "sha256": compiled.sha256, "rules": [r.id for r in compiled.rules],
                  **({"pack": pack} if pack else {})},
        )
    return version


def policy_version_activate(*, policy_version: PolicyVersion, by=None) -> PolicyVersion:
    """Make one version the active one of its pack (or of the base policy); new screenings use
    it, past decisions keep theirs."""
    with transaction.atomic():
        version = PolicyVersion.objects.select_for_update().get(pk=policy_version.pk)
        previous = PolicyVersion.objects.select_for_update().filter(
            is_active=True, pack=version.pack).exclude(pk=version.pk).first()
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
                  "previous": previous.version if previous else None, **({"pack": version.pack} if version.pack else {})},
        )
    return version


def pack_withdraw(*, policy_version: PolicyVersion, by=None) -> PolicyVersion:
    """Stop applying a pack: no version of it is active afterwards (the base policy always has one)."""
    with transaction.atomic():
        version = PolicyVersion.objects.select_for_update().get(pk=policy_version.pk)
        if not version.pack:
            raise PolicyError("the base policy cannot be withdrawn; activate another version instead")
        if version.is_active:
            version.is_active = False
            version.save(activation=True)
            audit_event_record(action=AuditEventType.POLICY_WITHDRAWN, actor=by, subject=version,
                               data={"version": version.version, "pack": version.pack})
    return version


def compiled(policy_version: PolicyVersion) -> CompiledPolicy | CompiledPack:
    policy = _cache.get(policy_version.pk)
    if policy is None or policy.sha256 != policy_version.sha256:
        source = policy_version.source
        policy = _cache[policy_version.pk] = compile_pack(source) if policy_version.pack else compile_policy(source)
    return policy


def active_packs() -> list[tuple[PolicyVersion, CompiledPack]]:
    """Every active pack, by name, compiled once per process and version."""
    return [(version, compiled(version)) for version in PolicyVersion.objects.packs().active().order_by("pack")]


def active_policy() -> tuple[PolicyVersion, CompiledPolicy]:
    """The active version and its compiled form (compiled once per process and version)."""
    version = PolicyVersion.objects.base().active().first()
    if version is None:
        raise PolicyError("no policy version is active; load and activate one (load_policy --activate)")
    return version, compiled(version)


def reason_in(matched_rule: dict, *, policy_version: PolicyVersion, language: str) -> str:
    """A matched rule's reason (design §2 output, in English) as its policy gives it in
    `language`, or as stored when the policy has no translation or no longer knows the rule."""
    stored = matched_rule["reason"]
    if "pack_version" in matched_rule:
        policy_version = PolicyVersion.objects.filter(version=matched_rule["pack_version"]).first()
    if policy_version is None:
        return stored
    document = compiled(policy_version)
    try:
        rule = (document.policy if isinstance(document, CompiledPack) else document).rule(matched_rule["id"])
    except KeyError:
        return stored
    return rule.reason_in(language, eu=bool(rule.reason_eu) and stored == rule.reason_eu)
