"""What applicants do: save drafts, submit, resubmit, withdraw, appeal, write to reviewers."""
from django.db import transaction
from django.utils import timezone

from accounts import roles
from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews import sla
from reviews.models import Application, EndUser, Message, StateCount
from reviews.services.errors import ActionInvalid, ActionNotAllowed
from reviews.services.transitions import authorize, fire, locked
from reviews.states import State
from reviews.tasks import enqueue_screening, notify_applicant
from screening.facts import FactsError, validate_facts

EDITABLE_STATES = (State.DRAFT, State.NEEDS_INFO)


def _apply_facts(application: Application, facts: dict) -> list[dict]:
    """Copy a (possibly incomplete) facts document onto the application's columns."""
    org = facts.get("organization") or {}
    fr = facts.get("facial_recognition") or {}
    application.title = str(facts.get("title") or "")[:200]
    application.description = str(facts.get("description") or "")
    application.org_name = str(org.get("name") or "")[:200]
    application.org_type = str(org.get("type") or "")[:32]
    application.org_country = str(org.get("country") or "").upper()[:2]
    application.org_region = str(org.get("region") or "")[:200]
    application.capabilities = [str(c) for c in facts.get("capabilities") or []]
    application.fr_mode = str(fr.get("mode") or "")[:16]
    application.fr_sources = [str(s) for s in fr.get("sources") or []]
    application.fr_environment = str(fr.get("environment") or "")[:16]
    application.fr_purpose = str(fr.get("purpose") or "")
    application.data_sources = str(facts.get("data_sources") or "")
    application.human_oversight = str(facts.get("human_oversight") or "")
    return [e for e in facts.get("end_users") or [] if isinstance(e, dict)]


def _replace_end_users(application: Application, end_users: list[dict]) -> None:
    application.end_users.all().delete()
    EndUser.objects.bulk_create(
        EndUser(
            application=application,
            position=i,
            name=str(e.get("name") or "")[:200],
            type=str(e.get("type") or "")[:32],
            country=str(e.get("country") or "").upper()[:2],
        )
        for i, e in enumerate(end_users)
    )


def application_create_draft(*, organization, by, facts: dict) -> Application:
    if not roles.is_applicant(by) or organization.pk not in roles.organization_ids(by):
        raise ActionNotAllowed("You can only apply on behalf of an organisation you belong to.")
    with transaction.atomic(durable=True):
        application = Application(organization=organization, created_by=by)
        end_users = _apply_facts(application, facts)
        application.save()
        application.reference = f"UCR-{application.created_at:%Y}-{application.pk:06d}"
        application.save(update_fields=["reference"])
        _replace_end_users(application, end_users)
        audit_event_record(action=AuditEventType.APPLICATION_CREATED, actor=by, subject=application, to_state=State.DRAFT)
        StateCount.move(from_state=None, to_state=State.DRAFT)  # after the audit event: see transitions.fire
    return application


def locked_for_editing(application: Application, *, by) -> Application:
    """The application under a row lock, if `by` may change its facts or documents now."""
    application = locked(application)
    if not roles.is_applicant_member(by, application):
        raise ActionNotAllowed("You are not allowed to change this application.")
    if application.state not in EDITABLE_STATES:
        raise ActionNotAllowed("This application can no longer be edited.")
    return application


def application_update_draft(*, application: Application, by, facts: dict) -> Application:
    with transaction.atomic(durable=True):
        application = locked_for_editing(application, by=by)
        end_users = _apply_facts(application, facts)
        application.save()
        _replace_end_users(application, end_users)
        audit_event_record(action=AuditEventType.APPLICATION_EDITED, actor=by, subject=application, data={"state": application.state})
    return application


def _validated(application: Application) -> dict:
    try:
        return validate_facts(application.facts())
    except FactsError as exc:
        raise ActionInvalid(exc.fields, "The application is not complete yet.") from exc


def application_submit(*, application: Application, by, attested: bool, expected_state: str | None = None) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        # A double click on "submit" lands here with the state already moved on: a clear refusal.
        authorize(application, "submit", by=by, expected_state=expected_state or State.DRAFT)
        facts = _validated(application)
        if not attested:
            raise ActionInvalid({"attestations": "Please confirm all three statements before submitting."})
        application.attested_at = timezone.now()
        # Screening may lengthen this when it finds that enhanced scrutiny is required.
        application.due_on = sla.decision_due_on(timezone.localdate(), enhanced_scrutiny=False)
        fire(application, "submit", by=by, expected_state=expected_state, audit_data={"facts": facts})
        transaction.on_commit(lambda: enqueue_screening(application.pk))
        notify_applicant(application, "received")
    return application


def application_resubmit(*, application: Application, by, expected_state: str | None = None) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "resubmit", by=by, expected_state=expected_state)
        facts = _validated(application)
        application.due_on = sla.decision_due_on(timezone.localdate(), enhanced_scrutiny=False)
        fire(application, "resubmit", by=by, expected_state=expected_state, audit_data={"facts": facts})
        transaction.on_commit(lambda: enqueue_screening(application.pk))
    return application


def application_withdraw(*, application: Application, by, expected_state: str | None = None) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        fire(application, "withdraw", by=by, expected_state=expected_state)
    return application


def application_appeal(*, application: Application, by, statement: str, expected_state: str | None = None) -> Application:
    if not statement.strip():
        raise ActionInvalid({"statement": "Explain why the decision should be reconsidered."})
    with transaction.atomic(durable=True):
        application = locked(application)
        # The appeal goes to someone other than the reviewer who denied (DESIGN §3).
        assignee = _appeal_reviewer(application)
        application.assignee = assignee
        application.due_on = sla.decision_due_on(timezone.localdate(), enhanced_scrutiny=application.enhanced_scrutiny_required)
        fire(application, "appeal", by=by, expected_state=expected_state, statement=statement,
             audit_data={"statement": statement, "assigned_to": assignee.email if assignee else None})
    return application


def _appeal_reviewer(application: Application):
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Q

    candidates = (
        get_user_model()
        .objects.filter(groups__name=roles.REVIEWER, is_active=True)
        .exclude(pk=application.denied_by_id or 0)
        .exclude(memberships__organization_id=application.organization_id)
        .annotate(load=Count("assigned_applications", filter=Q(assigned_applications__state__in=[State.HUMAN_REVIEW, State.ENHANCED_SCRUTINY])))
        .order_by("load", "pk")
    )
    return candidates.first()


def application_message_reviewers(*, application: Application, by, body: str) -> Message:
    if not body.strip():
        raise ActionInvalid({"body": "Write a message."})
    with transaction.atomic(durable=True):
        application = locked(application)
        if not roles.is_applicant_member(by, application):
            raise ActionNotAllowed("You are not allowed to write on this application.")
        message = Message.objects.create(application=application, author=by, from_applicant=True, body=body)
        audit_event_record(action=AuditEventType.APPLICATION_MESSAGE_FROM_APPLICANT, actor=by, subject=application,
                           data={"message_id": message.pk})
    return message
