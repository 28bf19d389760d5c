"""Organisations are verified (type and country) before any of their applications can be approved;
verification and any change of type or country are on the record, and a change screens the
organisation's open applications again."""
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from audit.events import AuditEventType
from audit.models import AuditEvent
from reviews import permissions, services
from reviews.models import Application
from reviews.services import ActionNotAllowed
from reviews.states import State
from reviews.tasks import sweep_unscreened
from tests.factories import make_organization, make_user
from tests.oversight.conftest import client_for
from tests.reviews.helpers import application_in_state, fresh


@pytest.fixture
def hamburg(db):
    return make_organization(name="Hamburg Parcel GmbH", type="commercial", country="DE", verified=False,
                             website="https://www.hamburg-parcel.example/")


@pytest.fixture
def hana(hamburg):
    return make_user("hana@hamburg-parcel.example", roles=["applicant"], organization=hamburg)


@pytest.fixture
def in_review(hana, rita):
    return application_in_state(State.HUMAN_REVIEW, applicant=hana, reviewer=rita)


def _verify_url(organization) -> str:
    return reverse("oversight:organization_verify", args=[organization.public_id])


def test_an_unverified_organisations_application_cannot_be_approved(in_review, rita):
    assert "approve" not in permissions.available_actions(in_review, rita)
    with pytest.raises(ActionNotAllowed, match="not been verified"):
        services.application_approve(application=in_review, by=rita, rationale="Low risk.")
    assert fresh(in_review).state == State.HUMAN_REVIEW


def test_the_review_page_says_why_and_links_the_verification(in_review, rita, adam):
    body = client_for(rita).get(reverse("reviews:review", args=[in_review.public_id])).content.decode()
    assert "Cannot be approved yet" in body and "have not been verified" in body
    assert f'action="/review/{in_review.public_id}/approve/"' not in body
    admin_body = client_for(adam).get(reverse("reviews:review", args=[in_review.public_id])).content.decode()
    assert _verify_url(in_review.organization) in admin_body


def test_an_admin_verifies_and_the_application_can_then_be_approved(in_review, hamburg, adam, rita):
    response = client_for(adam).post(_verify_url(hamburg), {"type": "commercial", "country": "DE",
                                                            "note": "Handelsregister HRB 12345 checked."})
    assert response.status_code == 302
    hamburg.refresh_from_db()
    assert hamburg.is_verified and hamburg.verified_by == adam
    event = AuditEvent.objects.get(action=AuditEventType.ORGANIZATION_VERIFIED)
    assert event.actor == adam and event.subject_public_id == hamburg.public_id
    assert event.data["before"] == {"type": "commercial", "country": "DE", "verified": False}
    assert event.data["note"] == "Handelsregister HRB 12345 checked."
    services.application_approve(application=fresh(in_review), by=rita, rationale="Low risk.")
    assert fresh(in_review).state == State.APPROVED


def test_only_verifiers_verify(hamburg, rita, audrey, hana):
    data = {"type": "commercial", "country": "DE", "note": "Looks fine."}
    assert client_for(rita).post(_verify_url(hamburg), data).status_code == 403
    assert client_for(audrey).get(_verify_url(hamburg)).status_code == 200  # auditors read the evidence
    assert client_for(audrey).post(_verify_url(hamburg), data).status_code == 403
    assert client_for(hana).get(_verify_url(hamburg)).status_code == 403
    hamburg.refresh_from_db()
    assert not hamburg.is_verified
    assert not AuditEvent.objects.filter(action=AuditEventType.ORGANIZATION_VERIFIED).exists()


def test_an_admin_can_let_a_reviewer_verify(hamburg, rita):
    rita.user_permissions.add(Permission.objects.get(codename="verify_organization"))
    response = client_for(rita).post(_verify_url(hamburg), {"type": "commercial", "country": "DE", "note": "OK."})
    assert response.status_code == 302
    hamburg.refresh_from_db()
    assert hamburg.is_verified


def test_a_member_cannot_verify_their_own_organisation(hamburg, rita):
    rita.user_permissions.add(Permission.objects.get(codename="verify_organization"))
    hamburg.memberships.create(user=rita)
    response = client_for(rita).post(_verify_url(hamburg), {"type": "commercial", "country": "DE", "note": "Mine."})
    assert response.status_code == 422
    assert "cannot verify it" in response.content.decode()


def test_a_correction_at_verification_screens_open_applications_again(in_review, hamburg, adam, rita,
                                                                       django_capture_on_commit_callbacks):
    """The evidence shows a German police force, not a company: the open application is screened
    again as one, so it now needs enhanced scrutiny and cannot simply be approved."""
    assert not fresh(in_review).enhanced_scrutiny_required
    with django_capture_on_commit_callbacks(execute=True):
        client_for(adam).post(_verify_url(hamburg), {"type": "other_law_enforcement", "country": "DE",
                                                     "note": "It is the state police's parcel unit."})
    application = fresh(in_review)
    assert application.state == State.HUMAN_REVIEW
    assert application.org_type == "other_law_enforcement"
    assert application.latest_screening.facts["organization"]["type"] == "other_law_enforcement"
    assert application.latest_screening.facts["organization"]["verified"] is True
    assert application.enhanced_scrutiny_required
    assert "law-enforcement-use" in application.matched_rule_ids
    rescreened = AuditEvent.objects.get(action=AuditEventType.APPLICATION_RESCREENED)
    assert rescreened.subject_public_id == application.public_id
    with pytest.raises(ActionNotAllowed, match="enhanced scrutiny"):
        services.application_approve(application=application, by=rita, rationale="Low risk.")


def test_a_change_of_type_after_verification_lapses_it_and_screens_again(carol, rita, acme):
    """A member changes the organisation's country: verification lapses (on the record), nothing can
    be approved until it is verified again, and the sweeper screens the open application again."""
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    assert acme.is_verified
    response = client_for(carol).post(reverse("accounts:organization_edit", args=[acme.public_id]), {
        "name": acme.name, "type": "commercial", "country": "US", "region": "", "subdivision": "",
        "website": "https://www.acme.example/"})
    assert response.status_code == 302
    acme.refresh_from_db()
    assert not acme.is_verified
    lapsed = AuditEvent.objects.get(action=AuditEventType.ORGANIZATION_VERIFICATION_LAPSED)
    assert lapsed.actor == carol and lapsed.data["country"] == "US" and lapsed.data["verified_country"] == "DE"
    application = fresh(app)
    assert application.organization_profile_changed
    assert list(Application.objects.profile_changed_since_screening()) == [application]
    with pytest.raises(ActionNotAllowed):
        services.application_approve(application=application, by=rita, rationale="Low risk.")
    sweep_unscreened()  # tasks run in-process in the tests
    application = fresh(app)
    assert application.org_country == "US" and not application.organization_profile_changed
    assert application.latest_screening.facts["organization"]["country"] == "US"
    assert application.screening_round == 2
