"""Four-eyes and conflict of interest hold in the service and model layer, whoever calls them."""
import datetime

import pytest
from django.db import transaction

from reviews import services
from reviews.models import ScrutinyRecord
from reviews.services import ActionError, ActionInvalid, ActionNotAllowed
from reviews.services.transitions import fire, locked
from reviews.states import State
from tests.factories import RETROSPECTIVE_FR, facts_for
from tests.reviews.helpers import application_in_state, fresh, full_checklist

FUTURE = datetime.date.today() + datetime.timedelta(days=90)


@pytest.fixture
def scrutinised(alice, rita, northshire):
    """A UK police force's retrospective facial recognition: human review with enhanced scrutiny."""
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita,
                               facts=facts_for(northshire, **RETROSPECTIVE_FR))
    assert app.enhanced_scrutiny_required
    return app


def test_reviewer_cannot_approve_directly_when_scrutiny_is_required(scrutinised, rita):
    with pytest.raises(ActionError, match="enhanced scrutiny"):
        services.application_approve(application=scrutinised, by=rita, rationale="Fine.", reverification_date=FUTURE)
    assert fresh(scrutinised).state == State.HUMAN_REVIEW


def test_reviewer_cannot_sign_off_own_recommendation(scrutinised, rita):
    services.application_recommend_approval(application=scrutinised, by=rita, checklist=full_checklist(),
                                            rationale="Safeguards adequate.")
    with pytest.raises(ActionError, match="not allowed"):
        services.application_sign_off(application=fresh(scrutinised), by=rita, rationale="Me again.")
    assert fresh(scrutinised).state == State.ENHANCED_SCRUTINY
    assert fresh(scrutinised).open_scrutiny_record.second_reviewer is None


def test_second_reviewer_signs_off_and_the_record_shows_both(scrutinised, rita, sam):
    services.application_recommend_approval(application=scrutinised, by=rita, checklist=full_checklist(),
                                            rationale="Safeguards adequate.", proposed_conditions="90-day pilot.")
    services.application_sign_off(application=fresh(scrutinised), by=sam, rationale="I concur.")
    app = fresh(scrutinised)
    assert app.state == State.APPROVED
    assert app.approval_conditions == "90-day pilot."
    record = app.scrutiny_records.get()
    assert (record.recommended_by, record.second_reviewer, record.second_decision) == (rita, sam, "concur")
    assert record.recommended_at <= record.second_decided_at


def test_the_transition_itself_refuses_approval_without_a_signed_record(scrutinised, rita, sam):
    """A service that fired the sign-off without closing the record first would still be refused:
    the four-eyes condition is the model's own."""
    services.application_recommend_approval(application=scrutinised, by=rita, checklist=full_checklist(),
                                            rationale="Safeguards adequate.")
    with transaction.atomic(), pytest.raises(ActionNotAllowed, match="signed off by a second"):
        fire(locked(scrutinised), "sign_off", by=sam, rationale="Concur.", conditions="", reverification_date=FUTURE)
    assert fresh(scrutinised).state == State.ENHANCED_SCRUTINY


def test_a_recommendation_needs_a_complete_checklist(scrutinised, rita):
    checklist = full_checklist()
    checklist["data_retention"]["note"] = "  "
    del checklist["public_transparency"]
    with pytest.raises(ActionInvalid) as error:
        services.application_recommend_approval(application=scrutinised, by=rita, checklist=checklist, rationale="")
    assert set(error.value.fields) == {
        "checklist.data_retention.note", "checklist.public_transparency.answer",
        "checklist.public_transparency.note", "rationale",
    }
    assert fresh(scrutinised).state == State.HUMAN_REVIEW
    assert not ScrutinyRecord.objects.exists()


def test_eu_applications_must_answer_the_ai_act_authorisation_items(rita, db):
    from tests.factories import make_organization, make_user

    polizei = make_organization(name="Landespolizei", type="police_department", country="DE")
    hans = make_user("hans@polizei.example", roles=["applicant"], organization=polizei)
    app = application_in_state(State.HUMAN_REVIEW, applicant=hans, reviewer=rita, facts=facts_for(polizei, **RETROSPECTIVE_FR))
    with pytest.raises(ActionInvalid) as error:
        services.application_recommend_approval(application=app, by=rita, checklist=full_checklist(eu=False), rationale="Fine.")
    assert "checklist.eu_prior_authorisation.answer" in error.value.fields
    checklist = full_checklist(eu=True)
    record = services.application_recommend_approval(application=app, by=rita, checklist=checklist, rationale="Fine.")
    assert record.eu_items_required


def test_scrutiny_record_cannot_be_changed_or_deleted(scrutinised, rita, sam):
    record = services.application_recommend_approval(application=scrutinised, by=rita, checklist=full_checklist(),
                                                     rationale="Safeguards adequate.")
    record.recommendation_rationale = "Rewritten later."
    with pytest.raises(ValueError):
        record.save()
    with pytest.raises(ValueError):
        ScrutinyRecord.objects.get(pk=record.pk).delete()


def test_reviewer_of_the_applicants_organisation_cannot_review(olga, alice, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    for call in (
        lambda: services.application_claim(application=app, by=olga),
        lambda: services.application_request_info(application=app, by=olga, message="?"),
        lambda: services.application_deny(application=app, by=olga, rationale="x", reasons=["y"]),
        lambda: services.application_recommend_approval(application=app, by=olga, checklist=full_checklist(), rationale="x"),
        lambda: services.application_add_internal_note(application=app, by=olga, body="note"),
    ):
        with pytest.raises(ActionError):
            call()
    assert fresh(app).state == State.HUMAN_REVIEW
    from reviews.models import Application

    assert not Application.objects.visible_to(olga).filter(pk=app.pk).exists()


def test_deny_needs_rationale_and_reasons(alice, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    with pytest.raises(ActionInvalid) as error:
        services.application_deny(application=app, by=rita, rationale=" ", reasons=["", "  "])
    assert set(error.value.fields) == {"rationale", "reasons"}
    assert fresh(app).state == State.HUMAN_REVIEW
