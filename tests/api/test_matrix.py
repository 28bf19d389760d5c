"""The role × state × action matrix through the API, with the expectations of the pages: every
action an applicant can take is allowed through a key exactly when `reviews.permissions` allows
it (the one source of truth), and then does what the transition says; when refused, nothing
changes and the problem carries the permission's own words."""
import pytest

from audit.models import AuditEvent
from reviews import permissions
from reviews.models import Application
from reviews.states import State
from tests.api.conftest import client_with, key_for
from tests.factories import facts_for, make_user
from tests.reviews.helpers import application_in_state

# Each applicant action of the pages, as the API's request.
REQUESTS = {
    "edit": lambda api, app: api.put(f"/api/v1/applications/{app.public_id}",
                                     {"facts": facts_for(app.organization, title="Edited")}, format="json"),
    "submit": lambda api, app: api.post(f"/api/v1/applications/{app.public_id}/submit", {"attestations": {
        "attest_accurate": True, "attest_no_us_police_fr": True, "attest_code_of_conduct": True}}, format="json"),
    "resubmit": lambda api, app: api.post(f"/api/v1/applications/{app.public_id}/resubmit"),
    "withdraw": lambda api, app: api.post(f"/api/v1/applications/{app.public_id}/withdraw"),
    "appeal": lambda api, app: api.post(f"/api/v1/applications/{app.public_id}/appeal",
                                        {"statement": "The use is retrospective only."}, format="json"),
    "message_reviewers": lambda api, app: api.post(f"/api/v1/applications/{app.public_id}/messages",
                                                   {"body": "Here is the information you asked for."},
                                                   format="json"),
    "withdraw_publication_consent": lambda api, app: api.post(
        f"/api/v1/applications/{app.public_id}/withdraw_publication_consent"),
}


def test_the_api_covers_every_action_of_the_status_page():
    assert set(REQUESTS) == set(permissions.APPLICANT_ACTIONS)


@pytest.fixture
def dan(acme, sam):
    """carol's colleague at Acme (a commercial applicant, so every state is reachable); sam is there
    so that an appeal has a reviewer to go to."""
    return make_user("dan@acme-logistics.example", roles=["applicant"], organization=acme)


@pytest.mark.parametrize("action", list(REQUESTS))
@pytest.mark.parametrize("state", [s.value for s in State])
def test_an_applicants_key_may_do_what_the_permissions_allow(state, action, carol, dan, rita):
    app = application_in_state(state, applicant=carol, reviewer=rita)
    # dan's key: a colleague of the one who created the application, as on the status page.
    bob = dan
    api = client_with(key_for(bob)[1])
    allowed = action in permissions.available_actions(app, bob)
    reason = permissions.refusal(app, bob, action)
    events_before = AuditEvent.objects.count()
    response = REQUESTS[action](api, app)
    fresh = Application.objects.get(pk=app.pk)
    if allowed:
        assert 200 <= response.status_code < 300, (state, action, response.content)
        if action in Application.TRANSITIONS:
            target = getattr(Application, action)._django_fsm.get_transition(state).target
            assert fresh.state == target
        written = AuditEvent.objects.filter(sequence__gt=events_before, actor=bob)
        assert written.exists() and all("via" in event.data for event in written)
    else:
        assert response.status_code in (403, 409), (state, action, response.status_code, response.content)
        assert response["Content-Type"] == "application/problem+json"
        assert fresh.state == state
        assert not AuditEvent.objects.filter(sequence__gt=events_before, actor=bob).exists()
        if response.status_code == 403:
            assert response.json()["detail"] == reason


@pytest.mark.parametrize("state", [State.DRAFT, State.HUMAN_REVIEW, State.DENIED])
def test_a_key_of_another_organisation_sees_nothing(state, alice, rita, carol):
    app = application_in_state(state, applicant=carol, reviewer=rita)
    api = client_with(key_for(alice)[1])
    assert api.get(f"/api/v1/applications/{app.public_id}").status_code == 404
    for action, request in REQUESTS.items():
        assert request(api, app).status_code == 404, action
    assert Application.objects.get(pk=app.pk).state == state


def test_staff_cannot_hold_a_key(olga, northshire):
    from reviews.services import ActionNotAllowed

    with pytest.raises(ActionNotAllowed):
        key_for(olga, organization=northshire)


def test_a_key_outlives_no_membership(alice, northshire):
    _, secret = key_for(alice)
    alice.memberships.all().delete()
    assert client_with(secret).get("/api/v1/applications").status_code == 401

