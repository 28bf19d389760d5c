"""Drafts, submission and reading through the API: the same services and the same words as the
pages; another organisation's application is 404."""
import pytest

from audit.events import AuditEventType
from audit.models import AuditEvent
from reviews.forms.applicant import ATTESTATION_MISSING
from reviews.models import Application
from reviews.states import State
from tests.factories import facts_for

ALL_CONFIRMED = {"attestations": {"attest_accurate": True, "attest_no_us_police_fr": True,
                                  "attest_code_of_conduct": True}}


@pytest.fixture
def draft(api, northshire):
    response = api.post("/api/v1/applications", {"facts": facts_for(northshire)}, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def test_it_creates_a_draft_with_the_organisation_from_the_profile(api, northshire):
    facts = facts_for(northshire)
    facts["organization"] = {"name": "Someone Else", "type": "commercial", "country": "FR"}
    response = api.post("/api/v1/applications", {"facts": facts}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["state"] == "draft"
    assert body["facts"]["organization"]["name"] == "Northshire Police"
    assert body["actions"] == ["edit", "submit", "withdraw"]
    assert body["incomplete"] == {}


def test_it_refuses_an_incomplete_submission_with_the_field_paths_and_the_forms_words(api, northshire):
    facts = facts_for(northshire, title="", capabilities=["facial_recognition"])
    created = api.post("/api/v1/applications", {"facts": facts}, format="json").json()
    assert "title" in created["incomplete"] and any(p.startswith("facial_recognition") for p in created["incomplete"])
    response = api.post(f"/api/v1/applications/{created['id']}/submit",
                        {"attestations": {"attest_accurate": True}}, format="json")
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 422 and problem["detail"] == "The application is not complete yet."
    assert problem["fields"]["title"] == created["incomplete"]["title"]
    assert problem["fields"]["attestations.attest_code_of_conduct"] == ATTESTATION_MISSING
    assert "attestations.attest_accurate" not in problem["fields"]
    assert Application.objects.get(public_id=created["id"]).state == State.DRAFT


def test_it_submits_and_the_audit_events_name_the_key(api, draft, alice, alice_key):
    response = api.post(f"/api/v1/applications/{draft['id']}/submit", ALL_CONFIRMED, format="json")
    assert response.status_code == 200, response.content
    application = Application.objects.get(public_id=draft["id"])
    assert application.state == State.SUBMITTED
    events = AuditEventType
    written = AuditEvent.objects.for_subject(application).filter(actor=alice)
    assert {e.action for e in written} == {events.APPLICATION_CREATED, events.APPLICATION_SUBMIT}
    for event in written:
        assert event.data["via"] == {"api_key": alice_key[0].prefix, "name": "integration"}


def test_a_refusal_is_a_problem_with_the_services_words(api, draft):
    api.post(f"/api/v1/applications/{draft['id']}/withdraw")
    response = api.post(f"/api/v1/applications/{draft['id']}/withdraw")
    assert response.status_code == 403
    assert response.json()["detail"] == "This is not possible while the application is withdrawn."


def test_another_organisations_key_gets_404(carol_api, draft):
    assert carol_api.get(f"/api/v1/applications/{draft['id']}").status_code == 404
    assert carol_api.post(f"/api/v1/applications/{draft['id']}/withdraw").status_code == 404
    assert carol_api.get("/api/v1/applications").json()["results"] == []


def test_it_lists_with_cursor_pages_and_a_state_filter(api, northshire):
    for i in range(3):
        api.post("/api/v1/applications", {"facts": facts_for(northshire, title=f"Use {i}")}, format="json")
    first = api.get("/api/v1/applications?page_size=2").json()
    assert [a["title"] for a in first["results"]] == ["Use 2", "Use 1"]
    second = api.get(first["next"]).json()
    assert [a["title"] for a in second["results"]] == ["Use 0"]
    assert api.get("/api/v1/applications?state=submitted").json()["results"] == []
    assert api.get("/api/v1/applications?state=nonsense").status_code == 422


def test_the_dry_run_screens_without_storing(api, northshire):
    count = Application.objects.count()
    response = api.post("/api/v1/screen", {"facts": facts_for(northshire)}, format="json")
    assert response.status_code == 200
    assert response.json()["screening"]["outcome"] == "human_review"
    assert Application.objects.count() == count
    invalid = api.post("/api/v1/screen", {"facts": {"title": "x"}}, format="json")
    assert invalid.status_code == 422 and "description" in invalid.json()["fields"]


def test_it_adds_a_supporting_pdf_and_refuses_anything_else(api, draft, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.reviews.views.applicant.helpers import PDF

    settings.MEDIA_ROOT = tmp_path
    url = f"/api/v1/applications/{draft['id']}/documents"
    added = api.post(url, {"document": SimpleUploadedFile("dpia.pdf", PDF, "application/pdf")}, format="multipart")
    assert added.status_code == 201, added.content
    assert added.json()["name"] == "dpia.pdf"
    refused = api.post(url, {"document": SimpleUploadedFile("x.pdf", b"MZ\x90\x00", "application/pdf")},
                       format="multipart")
    assert refused.status_code == 422 and set(refused.json()["fields"]) == {"document"}
    assert [d["name"] for d in api.get(f"/api/v1/applications/{draft['id']}").json()["documents"]] == ["dpia.pdf"]


def test_an_information_request_is_answered_and_resubmitted(api, alice, rita, northshire):
    from tests.reviews.helpers import application_in_state

    app = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    assert api.get(f"/api/v1/applications/{app.public_id}").json()["actions"] == [
        "edit", "resubmit", "withdraw", "message_reviewers"]
    reply = api.post(f"/api/v1/applications/{app.public_id}/messages", {"body": "The data is anonymised."},
                     format="json")
    assert reply.status_code == 201 and reply.json()["who"] == "you"
    assert api.post(f"/api/v1/applications/{app.public_id}/resubmit").json()["state"] == State.SUBMITTED
    messages = api.get(f"/api/v1/applications/{app.public_id}").json()["messages"]
    assert [(m["who"], m["body"]) for m in messages][-1] == ("you", "The data is anonymised.")
