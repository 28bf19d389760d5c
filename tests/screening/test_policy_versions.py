"""Policy versions in the database: loaded immutable, exactly one active, every change
audited, and the `load_policy` / `activate_policy` commands."""
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from audit.models import AuditEvent
from screening.models import PolicyVersion
from screening.policy import PolicyError
from screening.services import active_policy, policy_version_activate, policy_version_load

POLICIES = Path(__file__).resolve().parents[2] / "policies"
V1 = (POLICIES / "v1.yaml").read_text(encoding="utf-8")
V2 = (POLICIES / "v2.yaml").read_text(encoding="utf-8")
DRAFT = V2.replace('version: "v2"', 'version: "v3"')

pytestmark = pytest.mark.django_db


def test_the_migrations_leave_policy_v2_active_and_v1_as_it_was():
    version, policy = active_policy()
    assert version.version == policy.version == "v2"
    assert (version.sha256, version.source) == (policy.sha256, V2)
    assert PolicyVersion.objects.active().count() == 1
    v1 = PolicyVersion.objects.get(version="v1")
    assert (v1.is_active, v1.source) == (False, V1)
    loaded, activated = AuditEvent.objects.filter(action__startswith="policy.").order_by("sequence")[2:]
    assert (loaded.action, loaded.data["version"], len(loaded.data["rules"])) == ("policy.loaded", "v2", 8)
    assert (activated.action, activated.data["version"], activated.data["previous"]) == (
        "policy.activated", "v2", "v1")


def test_loading_stores_an_inactive_version_and_audits_it():
    version = policy_version_load(source=DRAFT)
    assert (version.version, version.is_active, version.source) == ("v3", False, DRAFT)
    event = AuditEvent.objects.filter(action="policy.loaded").last()
    assert event.data["version"] == "v3"
    assert event.data["sha256"] == version.sha256
    assert len(event.data["rules"]) == 8


def test_activating_switches_the_active_version_and_audits_it():
    version = policy_version_activate(policy_version=policy_version_load(source=DRAFT))
    assert list(PolicyVersion.objects.active()) == [version]
    assert version.activated_at is not None
    event = AuditEvent.objects.filter(action="policy.activated").last()
    assert (event.data["version"], event.data["previous"]) == ("v3", "v2")
    assert active_policy()[1].version == "v3"


def test_a_broken_policy_is_not_stored():
    with pytest.raises(PolicyError) as caught:
        policy_version_load(source=DRAFT.replace("derived.us_police", "derived.us_police &&"))
    assert caught.value.rule_id == "us-police-facial-recognition"
    assert not PolicyVersion.objects.filter(version="v3").exists()


def test_a_version_string_cannot_be_loaded_twice():
    with pytest.raises(PolicyError, match="already exists"):
        policy_version_load(source=V1)


def test_a_stored_version_cannot_be_edited_or_deleted():
    version = PolicyVersion.objects.get(version="v1")
    version.source = V1 + "\n# edited\n"
    with pytest.raises(ValueError, match="immutable"):
        version.save()
    with pytest.raises(ValueError, match="kept forever"):
        PolicyVersion.objects.get(version="v1").delete()


def test_the_active_flag_changes_only_through_the_audited_service():
    version = policy_version_load(source=DRAFT)
    version.is_active = True
    with pytest.raises(ValueError, match="immutable"):
        version.save()


def test_the_database_allows_only_one_active_version():
    policy_version_load(source=DRAFT)
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyVersion.objects.filter(version="v3").update(is_active=True)


def test_the_compiled_policy_is_reused_until_another_version_is_activated():
    first = active_policy()[1]
    assert active_policy()[1] is first
    policy_version_activate(policy_version=policy_version_load(source=DRAFT))
    assert active_policy()[1].version == "v3"


def test_load_policy_dry_run_checks_and_stores_nothing(tmp_path):
    path = tmp_path / "v3.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    stdout = io.StringIO()
    call_command("load_policy", str(path), "--dry-run", stdout=stdout)
    assert "is valid" in stdout.getvalue()
    assert not PolicyVersion.objects.filter(version="v3").exists()


def test_load_policy_with_activate_makes_it_active(tmp_path):
    path = tmp_path / "v3.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    call_command("load_policy", str(path), "--activate", stdout=io.StringIO())
    assert PolicyVersion.objects.active().get().version == "v3"


def test_load_policy_refuses_a_broken_file_with_the_rule_and_position(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(DRAFT.replace("condition: derived.law_enforcement\n", "condition: derived.law_enforcement)\n"),
                    encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("load_policy", str(path), stdout=io.StringIO())
    assert caught.value.returncode == 2
    assert "rule law-enforcement-use" in str(caught.value)
    line = DRAFT.splitlines().index("    condition: derived.law_enforcement") + 1
    assert f"line {line}, column 39" in str(caught.value)  # just after the expression, at the ")"
    assert not PolicyVersion.objects.filter(version="v3").exists()


def test_activate_policy_switches_versions_and_has_a_dry_run():
    policy_version_load(source=DRAFT)
    stdout = io.StringIO()
    call_command("activate_policy", "v3", "--dry-run", stdout=stdout)
    assert "v2 -> v3" in stdout.getvalue()
    assert PolicyVersion.objects.active().get().version == "v2"
    call_command("activate_policy", "v3", stdout=io.StringIO())
    assert PolicyVersion.objects.active().get().version == "v3"
    with pytest.raises(CommandError, match="no policy version 'v9'"):
        call_command("activate_policy", "v9", stdout=io.StringIO())
