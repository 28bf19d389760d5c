"""Policy versions: reading them, uploading a draft (errors with rule, line and column),
simulating it against past applications (storing nothing), and activating it (audited)."""
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from audit.models import AuditEvent
from oversight.simulation import past_screenings
from reviews import services
from reviews.models import Application, ScreeningResult
from screening.engine import screen
from screening.models import PolicyVersion
from screening.policy import compile_policy
from screening.services import active_policy, policy_version_load
from screening.simulation import simulate
from tests.oversight.conftest import client_for

pytestmark = pytest.mark.django_db

V1 = (settings.BASE_DIR / "policies" / "v1.yaml").read_text(encoding="utf-8")


def strict_draft(version: str = "v1-strict") -> str:
    """Policy v1 with `undeclared-law-enforcement` turned from scrutiny into a deny rule."""
    head, rule = V1.split("  - id: undeclared-law-enforcement\n", 1)
    assert rule.startswith("    effect: scrutiny\n")
    source = head + "  - id: undeclared-law-enforcement\n" + rule.replace("effect: scrutiny", "effect: deny", 1)
    return source.replace('version: "v1"', f'version: "{version}"', 1)


def test_auditors_and_admins_read_policies_but_only_admins_see_changes(audrey, adam):
    for user, can_manage in ((audrey, False), (adam, True)):
        client = client_for(user)
        listing = client.get("/policies/").content.decode()
        assert "v1" in listing and ("Upload a draft" in listing) is can_manage
        detail = client.get("/policies/v1/").content.decode()
        assert "us-police-facial-recognition" in detail and "derived.us_police" in detail
        assert "Simulate" in detail


def test_a_draft_with_a_broken_condition_is_refused_with_rule_line_and_column(adam):
    broken = V1.replace("condition: derived.law_enforcement\n", "condition: derived.law_enforcement &&\n", 1)
    broken = broken.replace('version: "v1"', 'version: "v1-broken"', 1)
    response = client_for(adam).post("/policies/new/", {"source": broken})
    assert response.status_code == 400
    error = response.context["error"]
    assert error.rule_id == "law-enforcement-use" and error.line and error.column
    body = response.content.decode()
    assert f"Line {error.line}, column {error.column}" in body and "law-enforcement-use" in body
    assert not PolicyVersion.objects.filter(version="v1-broken").exists()


def test_an_uploaded_file_is_stored_as_an_inactive_draft_and_audited(adam):
    upload = SimpleUploadedFile("strict.yaml", strict_draft().encode(), content_type="application/yaml")
    response = client_for(adam).post("/policies/new/", {"file": upload})
    assert response.status_code == 302 and response["Location"] == "/policies/v1-strict/"
    draft = PolicyVersion.objects.get(version="v1-strict")
    assert not draft.is_active and draft.created_by == adam
    assert AuditEvent.objects.filter(action="policy.loaded", actor=adam).exists()


def test_an_existing_version_cannot_be_uploaded_again(adam):
    response = client_for(adam).post("/policies/new/", {"source": V1})
    assert response.status_code == 400
    assert "already exists" in response.content.decode()


def test_activation_is_audited_and_leaves_exactly_one_active_version(adam, history):
    draft = policy_version_load(source=strict_draft(), by=adam)
    past = ScreeningResult.objects.values_list("pk", "policy_version__version")
    response = client_for(adam).post(f"/policies/{draft.version}/activate/")
    assert response.status_code == 302
    assert list(PolicyVersion.objects.filter(is_active=True).values_list("version", flat=True)) == ["v1-strict"]
    event = AuditEvent.objects.filter(action="policy.activated").order_by("-sequence").first()
    assert event.actor == adam and event.data["version"] == "v1-strict" and event.data["previous"] == "v2"
    assert active_policy()[0].version == "v1-strict"
    # Past decisions keep the version they were made under.
    assert list(ScreeningResult.objects.values_list("pk", "policy_version__version")) == list(past)


def test_a_simulation_stores_nothing(audrey, adam, history):
    draft = policy_version_load(source=strict_draft(), by=adam)
    counts = (AuditEvent.objects.count(), ScreeningResult.objects.count(), PolicyVersion.objects.count(),
              list(Application.objects.values_list("pk", "state", "matched_rule_ids")))
    client = client_for(audrey)
    counts = (AuditEvent.objects.count(), *counts[1:])  # signing in is an event of its own
    response = client.get(f"/policies/{draft.version}/simulate/", {"since": "2020-01-01"})
    assert response.status_code == 200
    assert counts == (AuditEvent.objects.count(), ScreeningResult.objects.count(), PolicyVersion.objects.count(),
                      list(Application.objects.values_list("pk", "state", "matched_rule_ids")))


def test_simulating_the_active_policy_changes_nothing(adam, history):
    response = client_for(adam).get("/policies/v1/simulate/")
    assert response.context["simulation"].screened == ScreeningResult.objects.filter(
        application__latest_screening_id__isnull=False).count()
    assert response.context["simulation"].changes == []


def test_acceptance_a_stricter_draft_lists_exactly_the_applications_that_would_flip(adam, carol):
    """Acceptance 1: the draft that makes `undeclared-law-enforcement` a deny rule, simulated over
    the demo data, lists exactly the applications that would flip and why; activation is audited."""
    call_command("seed_demo")
    # The demo has no application whose text names the police without declaring them; add one
    # (and one that denies any police use, which must not flip).
    org = carol.organizations.first()
    for title, description in (
        ("Report writing for the police", "Drafting incident reports for police officers of Hamburg police."),
        ("Parcel notes", "Summarise delivery notes. This is not for police or law-enforcement use."),
    ):
        app = services.application_create_draft(organization=org, by=carol, facts={
            "title": title, "description": description,
            "organization": {"name": org.name, "type": org.type, "country": org.country},
            "end_users": [], "capabilities": ["text_generation"], "facial_recognition": None,
            "data_sources": "", "human_oversight": "",
        })
        services.application_submit(application=app, by=carol, attested=True)
        services.screen_submitted_application(application_id=app.pk)

    source = strict_draft()
    policy = compile_policy(source)
    expected = {}
    for result in ScreeningResult.objects.filter(application__latest_screening_id__isnull=False).select_related("application"):
        if result.application.latest_screening_id != result.pk:
            continue
        after = screen(result.facts, policy)
        if after["outcome"] != result.outcome:
            expected[result.application.reference] = {r["id"] for r in after["matched_rules"] if r["effect"] == "deny"}
    assert "Report writing for the police" in Application.objects.filter(reference__in=expected).values_list("title", flat=True)
    assert all(rules == {"undeclared-law-enforcement"} for rules in expected.values()), expected

    client = client_for(adam)
    response = client.post("/policies/new/", {"source": source})
    assert response.status_code == 302
    page = client.get("/policies/v1-strict/simulate/")
    simulation = page.context["simulation"]
    flipped = {c.display["reference"]: c for c in simulation.changes if c.outcome_changed}
    assert set(flipped) == set(expected)
    for change in flipped.values():
        assert (change.outcome_before, change.outcome_after) == ("human_review", "auto_denied")
        assert [(r.id, r.effect) for r in change.rules_added] == [("undeclared-law-enforcement", "deny")]
        assert [(r.id, r.effect) for r in change.rules_removed] == [("undeclared-law-enforcement", "scrutiny")]
    body = page.content.decode()
    for reference in expected:
        assert f'data-reference="{reference}"' in body
    # The page shows what the engine computes over the latest screenings.
    assert simulation == simulate(policy=policy, screenings=past_screenings())

    client.post("/policies/v1-strict/activate/")
    event = AuditEvent.objects.filter(action="policy.activated").order_by("-sequence").first()
    assert (event.actor, event.data["version"]) == (adam, "v1-strict")
