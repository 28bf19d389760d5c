"""What reviewers (and, for revocation, admins) do with an application."""
import datetime

from django.db import transaction
from django.utils import timezone

from accounts import roles
from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews import sla
from reviews.models import Application, InternalNote, Message, ScrutinyRecord
from reviews.services.errors import ActionInvalid, ActionNotAllowed
from reviews.services.transitions import CONDITION_MESSAGES, authorize, fire, locked
from reviews.states import AWAITING_REVIEW_STATES, State
from reviews.tasks import notify_applicant
from screening.countries import EU_CODES


def _require_reviewer(application: Application, by) -> None:
    if not roles.is_independent_reviewer(by, application):
        raise ActionNotAllowed("You are not allowed to review this application.")


def _required(**values: str) -> None:
    missing = {name: "This field is required." for name, value in values.items() if not (value or "").strip()}
    if missing:
        raise ActionInvalid(missing)


def application_claim(*, application: Application, by) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        _require_reviewer(application, by)
        if application.state not in AWAITING_REVIEW_STATES:
            raise ActionNotAllowed("Only applications awaiting review can be claimed.")
        if application.assignee_id not in (None, by.pk):
            raise ActionNotAllowed("Another reviewer has already claimed this application.")
        if application.is_appeal and application.denied_by_id == by.pk:
            raise ActionNotAllowed("An appeal is decided by a reviewer other than the one who denied.")
        if application.assignee_id != by.pk:
            application.assignee = by
            application.save(update_fields=["assignee", "updated_at"])
            audit_event_record(action=AuditEventType.APPLICATION_CLAIMED, actor=by, subject=application)
    return application


def application_release(*, application: Application, by) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        _require_reviewer(application, by)
        if application.assignee_id != by.pk:
            raise ActionNotAllowed("You can only release an application you have claimed.")
        application.assignee = None
        application.save(update_fields=["assignee", "updated_at"])
        audit_event_record(action=AuditEventType.APPLICATION_RELEASED, actor=by, subject=application)
    return application


def application_request_info(*, application: Application, by, message: str, expected_state: str | None = None) -> Application:
    _required(message=message)
    with transaction.atomic(durable=True):
        application = locked(application)
        fire(application, "request_info", by=by, expected_state=expected_state, audit_data={"message": message})
        Message.objects.create(application=application, author=by, from_applicant=False, body=message)
        notify_applicant(application, "info_requested")
    return application


def application_deny(
    *, application: Application, by, rationale: str, reasons: list[str], expected_state: str | None = None
) -> Application:
    reasons = [r.strip() for r in reasons or [] if r and r.strip()]
    errors = {}
    if not (rationale or "").strip():
        errors["rationale"] = "Explain the decision."
    if not reasons:
        errors["reasons"] = "Give at least one reason the applicant will read."
    if errors:
        raise ActionInvalid(errors)
    with transaction.atomic(durable=True):
        application = locked(application)
        from_state = application.state
        authorize(application, "deny", by=by, expected_state=expected_state)
        if from_state == State.ENHANCED_SCRUTINY:
            _close_scrutiny(application, by=by, decision=ScrutinyRecord.SecondDecision.DISSENT, rationale=rationale)
        fire(application, "deny", by=by, rationale=rationale, reasons=reasons,
             audit_data={"rationale": rationale, "reasons": reasons, "appeal": application.is_appeal})
        notify_applicant(application, "decided")
    return application


def _reverification(value) -> datetime.date:
    if value is None:
        return sla.default_reverification_date(timezone.localdate())
    if value <= timezone.localdate():
        raise ActionInvalid({"reverification_date": "Choose a date in the future."})
    return value


def application_approve(
    *, application: Application, by, conditions: str = "", reverification_date=None, rationale: str = "",
    expected_state: str | None = None,
) -> Application:
    _required(rationale=rationale)
    reverify = _reverification(reverification_date)
    with transaction.atomic(durable=True):
        application = locked(application)
        fire(application, "approve", by=by, expected_state=expected_state, rationale=rationale, conditions=conditions,
             reverification_date=reverify,
             audit_data={"rationale": rationale, "conditions": conditions, "reverification_date": reverify.isoformat()})
        notify_applicant(application, "decided")
    return application


def application_recommend_approval(
    *, application: Application, by, checklist: dict, rationale: str, proposed_conditions: str = "",
    expected_state: str | None = None,
) -> ScrutinyRecord:
    """The first reviewer files the enhanced scrutiny record and recommends approval."""
    with transaction.atomic(durable=True):
        application = locked(application)
        # The record does not exist yet, so its condition is checked when the transition fires.
        authorize(application, "recommend_approval", by=by, expected_state=expected_state, check_conditions=False)
        if application.deny_rule_matched:
            raise ActionNotAllowed(CONDITION_MESSAGES["_no_deny_rule"])
        eu = involves_eu(application)
        errors = ScrutinyRecord.checklist_errors(checklist, eu=eu)
        if not (rationale or "").strip():
            errors["rationale"] = "Explain why you recommend approval."
        if errors:
            raise ActionInvalid(errors)
        record = ScrutinyRecord.objects.create(
            application=application,
            checklist={key: checklist[key] for key, _ in ScrutinyRecord.required_items(eu=eu)},
            eu_items_required=eu,
            recommended_by=by,
            recommendation_rationale=rationale,
            proposed_conditions=proposed_conditions,
            recommended_at=timezone.now(),
        )
        fire(application, "recommend_approval", by=by, expected_state=expected_state,
             audit_data={"scrutiny_record": record.pk, "checklist": record.checklist, "rationale": rationale,
                         "proposed_conditions": proposed_conditions})
    return record


def involves_eu(application: Application) -> bool:
    countries = {application.org_country, *application.end_users.values_list("country", flat=True)}
    return bool(countries & EU_CODES)


def _close_scrutiny(application: Application, *, by, decision: str, rationale: str) -> ScrutinyRecord:
    record = application.open_scrutiny_record
    if record is None:
        raise ActionNotAllowed("There is no open scrutiny record on this application.")
    if decision != ScrutinyRecord.SecondDecision.RETURNED and record.recommended_by_id == by.pk:
        raise ActionNotAllowed("The second reviewer must be someone other than the reviewer who recommended approval.")
    # A recommender who takes back their own recommendation is not a second reviewer: the audit
    # event records who returned it.
    record.second_reviewer = None if by.pk == record.recommended_by_id else by
    record.second_decision = decision
    record.second_rationale = rationale
    record.second_decided_at = timezone.now()
    record.save()
    return record


def application_sign_off(
    *, application: Application, by, rationale: str, conditions: str | None = None, reverification_date=None,
    expected_state: str | None = None,
) -> Application:
    """The second reviewer concurs: the application is approved (four-eyes)."""
    _required(rationale=rationale)
    reverify = _reverification(reverification_date)
    with transaction.atomic(durable=True):
        application = locked(application)
        # The sign-off is written first; the transition's four-eyes condition then checks it.
        authorize(application, "sign_off", by=by, expected_state=expected_state, check_conditions=False)
        record = _close_scrutiny(application, by=by, decision=ScrutinyRecord.SecondDecision.CONCUR, rationale=rationale)
        final_conditions = record.proposed_conditions if conditions is None else conditions
        fire(application, "sign_off", by=by, rationale=rationale, conditions=final_conditions,
             reverification_date=reverify,
             audit_data={"scrutiny_record": record.pk, "rationale": rationale, "conditions": final_conditions,
                         "reverification_date": reverify.isoformat(), "recommended_by": record.recommended_by.email})
        notify_applicant(application, "decided")
    return application


def application_return_to_review(*, application: Application, by, rationale: str, expected_state: str | None = None) -> Application:
    _required(rationale=rationale)
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "return_to_review", by=by, expected_state=expected_state)
        record = _close_scrutiny(application, by=by, decision=ScrutinyRecord.SecondDecision.RETURNED, rationale=rationale)
        fire(application, "return_to_review", by=by, audit_data={"scrutiny_record": record.pk, "rationale": rationale})
    return application


def application_revoke(*, application: Application, by, rationale: str, expected_state: str | None = None) -> Application:
    _required(rationale=rationale)
    with transaction.atomic(durable=True):
        application = locked(application)
        fire(application, "revoke", by=by, expected_state=expected_state, rationale=rationale,
             audit_data={"rationale": rationale})
        notify_applicant(application, "revoked")
    return application


def application_message_applicant(*, application: Application, by, body: str) -> Message:
    """A message in the applicant's thread; the applicant sees it signed "a reviewer"."""
    _required(body=body)
    with transaction.atomic(durable=True):
        application = locked(application)
        _require_reviewer(application, by)
        message = Message.objects.create(application=application, author=by, from_applicant=False, body=body)
        audit_event_record(action=AuditEventType.APPLICATION_MESSAGE_TO_APPLICANT, actor=by, subject=application,
                           data={"message_id": message.pk})
        notify_applicant(application, "message")
    return message


def application_add_internal_note(*, application: Application, by, body: str) -> InternalNote:
    _required(body=body)
    with transaction.atomic(durable=True):
        application = locked(application)
        _require_reviewer(application, by)
        note = InternalNote.objects.create(application=application, author=by, body=body)
        audit_event_record(action=AuditEventType.APPLICATION_INTERNAL_NOTE, actor=by, subject=application, data={"note_id": note.pk})
    return note
