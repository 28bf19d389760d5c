"""The review page's actions: field errors for missing input, refusals for what is not allowed
(also when posted directly), and a clear message when someone else acted first."""
import datetime

import pytest
from django.urls import reverse

from reviews.models import Application
from reviews.states import State
from tests.factories import PASSWORD, RETROSPECTIVE_FR, facts_for
from tests.reviews.helpers import application_in_state, fresh

FUTURE = (datetime.date.today() + datetime.timedelta(days=120)).isoformat()

# action -> (state it is offered in, the POST fields left empty, the field that must be named)
EMPTY_POSTS = {
    "request_info": (State.HUMAN_REVIEW, {"request_info-message": ""}, "request_info-message"),
    "approve": (State.HUMAN_REVIEW, {"approve-rationale": "", "approve-reverification_date": FUTURE}, "approve-rationale"),
    "deny": (State.HUMAN_REVIEW, {"deny-rationale": "Out of scope.", "deny-reasons": "  \n "}, "deny-reasons"),
    "recommend": (State.HUMAN_REVIEW, {"recommend-rationale": ""}, "recommend-legal_authority__answer"),
    "sign_off": (State.ENHANCED_SCRUTINY, {"sign_off-rationale": "", "sign_off-reverification_date": FUTURE}, "sign_off-rationale"),
    "return_to_review": (State.ENHANCED_SCRUTINY, {"return_to_review-rationale": ""}, "return_to_review-rationale"),
    "revoke": (State.APPROVED, {"revoke-rationale": ""}, "revoke-rationale"),
}


def act_url(app, action):
    return reverse("reviews:act", args=[app.public_id, action])


@pytest.mark.parametrize("action", list(EMPTY_POSTS))
def test_every_action_names_the_missing_field(client, carol, rita, sam, action):
    state, data, field = EMPTY_POSTS[action]
    app = application_in_state(state, applicant=carol, reviewer=rita)
    client.login(email=sam.email, password=PASSWORD)
    response = client.post(act_url(app, action), {"expected_state": state, **data})
    assert response.status_code == 400
    form = response.context["forms"][action]
    assert field.split("-", 1)[1] in form.errors
    assert fresh(app).state == state


@pytest.mark.parametrize("action, state", [
    ("approve", State.NEEDS_INFO), ("deny", State.APPROVED), ("sign_off", State.HUMAN_REVIEW),
    ("revoke", State.HUMAN_REVIEW), ("request_info", State.DENIED), ("recommend", State.ENHANCED_SCRUTINY),
])
def test_actions_not_allowed_in_the_state_are_refused_when_posted_directly(client, carol, rita, sam, action, state):
    app = application_in_state(state, applicant=carol, reviewer=rita)
    client.login(email=sam.email, password=PASSWORD)
    post = {"expected_state": state, f"{action}-rationale": "Because.", f"{action}-message": "Hi",
            f"{action}-reasons": "Reason", f"{action}-reverification_date": FUTURE}
    response = client.post(act_url(app, action), post)
    assert response.status_code in (400, 403)
    assert fresh(app).state == state


def test_the_recommender_cannot_sign_off_by_posting_directly(client, carol, rita):
    app = application_in_state(State.ENHANCED_SCRUTINY, applicant=carol, reviewer=rita)
    client.login(email=rita.email, password=PASSWORD)
    assert "sign_off" not in client.get(reverse("reviews:review", args=[app.public_id])).context["offered"]
    response = client.post(act_url(app, "sign_off"), {
        "expected_state": State.ENHANCED_SCRUTINY, "sign_off-rationale": "Me too.", "sign_off-reverification_date": FUTURE})
    assert response.status_code == 403
    assert fresh(app).state == State.ENHANCED_SCRUTINY


def test_reviewer_of_the_applicants_organisation_gets_404(client, alice, rita, olga):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.login(email=olga.email, password=PASSWORD)
    assert client.get(reverse("reviews:review", args=[app.public_id])).status_code == 404
    response = client.post(act_url(app, "deny"), {"expected_state": State.HUMAN_REVIEW, "deny-rationale": "x", "deny-reasons": "y"})
    assert response.status_code == 404
    assert fresh(app).state == State.HUMAN_REVIEW


def test_when_someone_else_acted_first_the_reviewer_sees_what_happened(client, carol, rita, sam):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    client.login(email=sam.email, password=PASSWORD)
    page = client.get(reverse("reviews:review", args=[app.public_id]))
    assert page.status_code == 200
    from reviews import services

    services.application_request_info(application=app, by=rita, message="Which cameras?")
    response = client.post(act_url(app, "deny"), {
        "expected_state": State.HUMAN_REVIEW, "deny-rationale": "No.", "deny-reasons": "Out of scope."}, follow=True)
    assert response.status_code == 200
    assert "Someone else acted on this application first" in response.content.decode()
    assert "information requested" in response.content.decode().lower()
    assert fresh(app).state == State.NEEDS_INFO


def test_full_scrutiny_flow_through_the_pages(client, alice, northshire, rita, sam):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita,
                               facts=facts_for(northshire, **RETROSPECTIVE_FR))
    client.login(email=rita.email, password=PASSWORD)
    page = client.get(reverse("reviews:review", args=[app.public_id]))
    assert "approve" not in page.context["offered"]  # enhanced scrutiny is required
    form = page.context["forms"]["recommend"]
    data = {"expected_state": State.HUMAN_REVIEW, "recommend-rationale": "Controlled, retrospective, examiner-confirmed.",
            "recommend-proposed_conditions": "90-day pilot; a human confirms every match."}
    for key, _ in form.items:
        data[f"recommend-{key}__answer"] = "satisfied"
        data[f"recommend-{key}__note"] = "Seen the documents."
    assert client.post(act_url(app, "recommend"), data).status_code == 302
    assert fresh(app).state == State.ENHANCED_SCRUTINY
    client.login(email=sam.email, password=PASSWORD)
    response = client.post(act_url(app, "sign_off"), {
        "expected_state": State.ENHANCED_SCRUTINY, "sign_off-rationale": "Concur.",
        "sign_off-conditions": "90-day pilot; a human confirms every match.", "sign_off-reverification_date": FUTURE})
    assert response.status_code == 302
    approved = Application.objects.get(pk=app.pk)
    assert approved.state == State.APPROVED and approved.approval_conditions.startswith("90-day pilot")


def test_evidence_is_highlighted_and_escaped(client, carol, acme, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita, facts=facts_for(
        acme, description="<script>alert(1)</script> We will identify shoppers by their faces. We do not use facial recognition at the tills."))
    client.login(email=rita.email, password=PASSWORD)
    body = client.get(reverse("reviews:review", args=[app.public_id])).content.decode()
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;" in body
    assert '<mark class="evidence"' in body and '<mark class="evidence negated"' in body
    assert "undeclared-facial-recognition" in body


def test_the_state_and_the_evidence_tooltips_read_in_the_reviewers_language(client, carol, acme, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita, facts=facts_for(
        acme, description="We will identify shoppers by their faces. We do not use facial recognition at the tills."))
    client.login(email=rita.email, password=PASSWORD)
    body = client.get(reverse("reviews:review", args=[app.public_id]), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<span class="state state-human_review">In Prüfung</span>' in body
    assert 'title="Beleg"' in body and 'title="verneint: zählt nicht"' in body


def test_an_admin_can_revoke_an_approval_but_decide_nothing_else(client, carol, rita, adam):
    approved = application_in_state(State.APPROVED, applicant=carol, reviewer=rita)
    in_review = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    client.login(email=adam.email, password=PASSWORD)
    page = client.get(reverse("reviews:review", args=[approved.public_id]))
    assert page.status_code == 200 and page.context["offered"] == ["revoke"]
    assert client.get(reverse("reviews:review", args=[in_review.public_id])).context["offered"] == []
    response = client.post(act_url(in_review, "deny"), {"expected_state": State.HUMAN_REVIEW,
                                                        "deny-rationale": "No.", "deny-reasons": "No."})
    assert response.status_code == 403 and fresh(in_review).state == State.HUMAN_REVIEW
    response = client.post(act_url(approved, "revoke"), {"expected_state": State.APPROVED,
                                                         "revoke-rationale": "Misuse reported by the public."})
    assert response.status_code == 302 and fresh(approved).state == State.REVOKED
    assert client.get(reverse("reviews:queue")).status_code == 403
