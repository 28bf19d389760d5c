"""What reviewers (and, for revocation, admins) do with an application."""
import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews import permissions, sla
from reviews.models import Application, InternalNote, Message, ScrutinyRecord
from reviews.services.errors import ActionInvalid, ActionNotAllowed
from reviews.services.transitions import authorize, fire, locked
from reviews.states import AWAITING_REVIEW_STATES, State
from reviews.tasks import notify_applicant
from screening.countries import EU_CODES


def _required(**values: str) -> None:
    missing = {name: _("This field is required.") for name, value in values.items() if not (value or "").strip()}
    if missing:
        raise ActionInvalid(missing)


def application_claim(*, application: Application, by) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "claim", by=by)
        if application.assignee_id != by.pk:
            _assign(application, by=by)
    return application


def _assign(application: Application, *, by, via: str = "") -> None:
    application.assignee = by
    application.save(update_fields=["assignee", "updated_at"])
    audit_event_record(action=AuditEventType.APPLICATION_CLAIMED, actor=by, subject=application,
                       data={"via": via} if via else None)


def application_take_next(*, by) -> Application | None:
    """Claim the most urgent unclaimed application awaiting review that `by` may claim; two
    reviewers never get the same one (rows another transaction holds are skipped)."""
    with transaction.atomic(durable=True):
        candidates = (
            Application.objects.visible_to(by)
            .filter(state__in=AWAITING_REVIEW_STATES, assignee__isnull=True)
            .order_by("due_on", "-risk_score", "id")
            .select_for_update(skip_locked=True, of=("self",))
        )
        # The database narrows the search; whether this reviewer may claim one is answered by the
        # same rule the claim button and the claim service ask. One row at a time: each is locked
        # as it is read, and a row locked here is one another reviewer skips.
        refused: list[int] = []
        while (application := candidates.exclude(pk__in=refused).first()) is not None:
            if permissions.may(application, by, "claim"):
                _assign(application, by=by, via="take next")
                return application
            refused.append(application.pk)
    return None


def application_release(*, application: Application, by) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "release", by=by)
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
        errors["rationale"] = _("Explain the decision.")
    if not reasons:
        errors["reasons"] = _("Give at least one reason the applicant will read.")
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
        raise ActionInvalid({"reverification_date": _("Choose a date in the future.")})
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
        # The record does not exist yet: the transition checks it when it fires.
        authorize(application, "recommend_approval", by=by, expected_state=expected_state)
        eu = involves_eu(application)
        pack_items = pack_checklist_items(application)
        errors = ScrutinyRecord.checklist_errors(checklist, eu=eu, pack_items=pack_items)
        if not (rationale or "").strip():
            errors["rationale"] = _("Explain why you recommend approval.")
        if errors:
            raise ActionInvalid(errors)
        record = ScrutinyRecord.objects.create(
            application=application,
            checklist={key: checklist[key] for key, _label in ScrutinyRecord.required_items(eu=eu, pack_items=pack_items)},
            eu_items_required=eu,
            pack_items=[list(item) for item in pack_items],
            recommended_by=by,
            recommendation_rationale=rationale,
            proposed_conditions=proposed_conditions,
            recommended_at=timezone.now(),
        )
        fire(application, "recommend_approval", by=by, expected_state=expected_state,
             audit_data={"scrutiny_record": record.pk, "checklist": record.checklist, "rationale": rationale,
                         "proposed_conditions": proposed_conditions})
    return record


def pack_checklist_items(application: Application) -> tuple[tuple[str, str], ...]:
    """The checklist items the jurisdiction packs ask for, from the latest screening."""
    screening = application.latest_screening
    return screening.checklist_items if screening is not None else ()


def involves_eu(application: Application) -> bool:
    countries = {application.org_country, *application.end_users.values_list("country", flat=True)}
    return bool(countries & EU_CODES)


def _close_scrutiny(application: Application, *, by, decision: str, rationale: str) -> ScrutinyRecord:
    record = application.open_scrutiny_record
    if record is None:
        raise ActionNotAllowed(_("There is no open scrutiny record on this application."))
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
        authorize(application, "sign_off", by=by, expected_state=expected_state)
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
        authorize(application, "message_applicant", by=by)
        message = Message.objects.create(application=application, author=by, from_applicant=False, body=body)
        audit_event_record(action=AuditEventType.APPLICATION_MESSAGE_TO_APPLICANT, actor=by, subject=application,
                           data={"message_id": message.pk})
        notify_applicant(application, "message")
    return message


def application_add_internal_note(*, application: Application, by, body: str) -> InternalNote:
    _required(body=body)
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "add_note", by=by)
        note = InternalNote.objects.create(application=application, author=by, body=body)
        audit_event_record(action=AuditEventType.APPLICATION_INTERNAL_NOTE, actor=by, subject=application, data={"note_id": note.pk})
    return note
