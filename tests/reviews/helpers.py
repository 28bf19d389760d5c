"""Bring an application to any state through the real services (screening run in-process)."""
import datetime

from django.db import transaction
from django.utils import timezone

from reviews import services
from reviews.models import Application, ScrutinyRecord
from reviews.states import State
from tests.factories import facts_for


def full_checklist(*, eu: bool = True) -> dict:
    """A complete checklist; with the EU items too (ignored where they are not required)."""
    checklist = {key: {"answer": "satisfied", "note": f"Evidence on file for {key}."}
                 for key, _ in ScrutinyRecord.required_items(eu=eu)}
    if eu:
        checklist["eu_art_5_1_h_purpose"]["answer"] = "serious_crime_suspect"
    return checklist


def fresh(application: Application) -> Application:
    return Application.objects.get(pk=application.pk)


def application_in_state(state: str, *, applicant, reviewer, second_reviewer=None, facts: dict | None = None) -> Application:
    org = applicant.organizations.first()
    app = services.application_create_draft(organization=org, by=applicant, facts=facts or facts_for(org))
    if state == State.DRAFT:
        return fresh(app)
    if state == State.WITHDRAWN:
        return fresh(services.application_withdraw(application=app, by=applicant))
    services.application_submit(application=app, by=applicant, attested=True)
    if state == State.SUBMITTED:
        return fresh(app)
    services.application_begin_screening(application_id=app.pk)
    if state == State.SCREENING:
        return fresh(app)
    services.application_complete_screening(application_id=app.pk)
    app = fresh(app)
    if state in (State.HUMAN_REVIEW, State.DENIED) and app.state == state:
        return app
    assert app.state == State.HUMAN_REVIEW, app.state
    if state == State.NEEDS_INFO:
        return fresh(services.application_request_info(application=app, by=reviewer, message="Which data sources?"))
    if state == State.DENIED:
        return fresh(services.application_deny(application=app, by=reviewer, rationale="Out of scope.",
                                               reasons=["The use is not described precisely enough."]))
    if state == State.ENHANCED_SCRUTINY:
        services.application_recommend_approval(application=app, by=reviewer, checklist=full_checklist(),
                                                rationale="Safeguards are adequate.")
        return fresh(app)
    services.application_approve(application=app, by=reviewer, rationale="Low risk.",
                                 reverification_date=timezone.localdate() + datetime.timedelta(days=30))
    app = fresh(app)
    if state == State.APPROVED:
        return app
    if state == State.REVOKED:
        return fresh(services.application_revoke(application=app, by=reviewer, rationale="Misuse reported."))
    if state == State.EXPIRED:
        make_reverification_due(app)
        return fresh(services.application_expire(application=fresh(app)))
    raise AssertionError(f"no recipe for {state}")


def make_reverification_due(app: Application) -> None:
    # Time passing, not a state change: a queryset update of a date is the honest way to model it.
    Application.objects.filter(pk=app.pk).update(reverification_date=timezone.localdate() - datetime.timedelta(days=1))


def fire_as(app: Application, name: str, by):
    """Fire a system transition as a given actor (for proving people cannot)."""
    from reviews.services.transitions import fire, locked

    with transaction.atomic():
        return fire(locked(app), name, by=by)
