"""Packs on the policy pages (upload, simulate, activate, withdraw, like a base policy) and the
background jobs: a simulation and "verify now" run as jobs whose page answers at once and shows
their progress and stored result (embedded mode: the job has run by the time the page loads)."""
import pytest
from django.conf import settings

from audit.events import AuditEventType
from audit.models import AuditEvent
from oversight.jobs import job_run, simulation_job_start
from oversight.models import BackgroundJob
from screening.models import PolicyVersion
from screening.services import active_packs
from tests.factories import facts_for, make_organization, make_user
from tests.oversight.conftest import client_for
from tests.reviews.helpers import application_in_state

pytestmark = pytest.mark.django_db

SF_PACK = (settings.BASE_DIR / "policies" / "packs" / "us-state-local.yaml").read_text(encoding="utf-8")


@pytest.fixture
def sf_application(rita):
    org = make_organization(name="San Francisco Department of Emergency Management", type="government",
                            country="US", subdivision="US-CA")
    sally = make_user("sally@sfgov.example", roles=["applicant"], organization=org)
    facts = facts_for(org, capabilities=["facial_recognition"],
                      facial_recognition={"mode": "retrospective", "sources": ["uploaded_images"],
                                          "environment": "controlled", "purpose": "Find a missing person."},
                      deployment={"countries": ["US"], "localities": ["San Francisco"]})
    return application_in_state("human_review", applicant=sally, reviewer=rita, facts=facts)


def upload(client, source: str):
    return client.post("/policies/new/", {"source": source})


def test_a_pack_is_uploaded_simulated_in_the_background_and_activated(adam, sf_application):
    client = client_for(adam)
    response = upload(client, SF_PACK)
    assert response.status_code == 302 and response["Location"] == "/policies/us-state-local-2026.1/"
    version = PolicyVersion.objects.get(version="us-state-local-2026.1")
    assert version.pack == "us-state-local" and not version.is_active
    page = client.get("/policies/us-state-local-2026.1/").content.decode()
    assert "Jurisdiction pack <strong>us-state-local</strong>" in page
    assert "Chapter 19B, Sec. 19B.2" in page

    response = client.post("/policies/us-state-local-2026.1/simulate/background/", {})
    job = BackgroundJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/policies/jobs/{job.pk}/"
    assert job.status == "done" and job.total == job.processed == 1
    assert job.result["newly_denied"] == 1 and job.result["rule_rows"] == [["us-sf-city-face-recognition", 1, 0]]
    page = client.get(f"/policies/jobs/{job.pk}/").content.decode()
    assert 'data-status="done"' in page and '<strong id="count-newly-denied">1</strong>' in page
    assert AuditEvent.objects.filter(action=AuditEventType.POLICY_SIMULATION_STARTED).count() == 1

    client.post("/policies/us-state-local-2026.1/activate/")
    assert [v.version for v, _ in active_packs()] == ["us-state-local-2026.1"]
    assert PolicyVersion.objects.base().active().get().version == "v2"  # the base policy stays

    client.post("/policies/us-state-local-2026.1/withdraw/")
    assert active_packs() == []
    assert AuditEvent.objects.filter(action=AuditEventType.POLICY_WITHDRAWN).count() == 1


def test_a_queued_job_page_answers_at_once_and_refreshes_itself(audrey, adam):
    job = BackgroundJob.objects.create(kind=BackgroundJob.Kind.SIMULATION, params={"policy_version": "v2"})
    page = client_for(audrey).get(f"/policies/jobs/{job.pk}/").content.decode()
    assert 'data-status="queued"' in page and 'http-equiv="refresh"' in page


def test_a_job_runs_once(adam, history):
    job = simulation_job_start(policy_version=PolicyVersion.objects.get(version="v1"), by=adam)
    job.refresh_from_db()
    assert job.status == "done" and job.processed == job.total == 4
    assert job_run(job_id=job.pk) is None  # a redelivered message changes nothing


def test_verify_now_runs_as_a_job_and_reports_its_result(audrey):
    response = client_for(audrey).post("/audit/verify/")
    job = BackgroundJob.objects.get(kind=BackgroundJob.Kind.AUDIT_VERIFICATION)
    assert response.status_code == 302 and job.status == "done" and job.result["intact"]
    page = client_for(audrey).get(f"/audit/verify/jobs/{job.pk}/").content.decode()
    assert "Audit chain:" in page and "intact" in page
