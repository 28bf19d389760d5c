"""What applicants do: save drafts, submit, resubmit, withdraw, appeal, write to reviewers, take back
their consent to publish an approval in the public register."""
from django.db import transaction
from django.utils.translation import gettext as _

from accounts import roles
from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews import permissions
from reviews.models import Application, Message, StateCount
from reviews.services.errors import ActionInvalid, ActionNotAllowed
from reviews.services.transitions import authorize, fire, locked
from reviews.states import State
from reviews.tasks import enqueue_screening, notify_applicant
from screening.facts import FactsError, validate_facts


def application_create_draft(*, organization, by, facts: dict, publish_consent: bool = False) -> Application:
    if not permissions.may_apply_for.test(by, organization):
        raise ActionNotAllowed(_("You can only apply on behalf of an organisation you belong to."))
    with transaction.atomic(durable=True):
        application = Application(organization=organization, created_by=by, publish_consent=publish_consent)
        end_users = application.set_facts(facts)
        application.save()
        application.reference = f"UCR-{application.created_at:%Y}-{application.pk:06d}"
        application.save(update_fields=["reference"])
        application.replace_end_users(end_users)
        audit_event_record(action=AuditEventType.APPLICATION_CREATED, actor=by, subject=application, to_state=State.DRAFT)
        StateCount.move(from_state=None, to_state=State.DRAFT)  # after the audit event: see transitions.fire
    return application


def locked_for_editing(application: Application, *, by) -> Application:
    """The application under a row lock, if `by` may change its facts or documents now."""
    application = locked(application)
    authorize(application, "edit", by=by)
    return application


def application_update_draft(
    *, application: Application, by, facts: dict, publish_consent: bool | None = None
) -> Application:
    """Save the facts as typed; `publish_consent` None leaves the consent as it is."""
    with transaction.atomic(durable=True):
        application = locked_for_editing(application, by=by)
        end_users = application.set_facts(facts)
        if publish_consent is not None:
            application.publish_consent = publish_consent
        application.save()
        application.replace_end_users(end_users)
        audit_event_record(action=AuditEventType.APPLICATION_EDITED, actor=by, subject=application, data={"state": application.state})
    return application


def _validated(application: Application) -> dict:
    try:
        return validate_facts(application.facts())
    except FactsError as exc:
        raise ActionInvalid(exc.fields, _("The application is not complete yet.")) from exc


def application_submit(*, application: Application, by, attested: bool, expected_state: str | None = None) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        # A double click on "submit" lands here with the state already moved on: a clear refusal.
        authorize(application, "submit", by=by, expected_state=expected_state or State.DRAFT)
        facts = _validated(application)
        if not attested:
            raise ActionInvalid({"attestations": _("Please confirm all three statements before submitting.")})
        fire(application, "submit", by=by, expected_state=expected_state, attested=attested,
             audit_data={"facts": facts, "publish_consent": application.publish_consent})
        # The receipt is owed before the screening is queued, so it is the first email sent.
        notify_applicant(application, "received")
        transaction.on_commit(lambda: enqueue_screening(application.pk))
    return application


def application_resubmit(*, application: Application, by, expected_state: str | None = None) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "resubmit", by=by, expected_state=expected_state)
        facts = _validated(application)
        fire(application, "resubmit", by=by, expected_state=expected_state,
             audit_data={"facts": facts, "publish_consent": application.publish_consent})
        transaction.on_commit(lambda: enqueue_screening(application.pk))
    return application


def application_withdraw(*, application: Application, by, expected_state: str | None = None) -> Application:
    with transaction.atomic(durable=True):
        application = locked(application)
        fire(application, "withdraw", by=by, expected_state=expected_state)
    return application


def application_appeal(*, application: Application, by, statement: str, expected_state: str | None = None) -> Application:
    if not statement.strip():
        raise ActionInvalid({"statement": _("Explain why the decision should be reconsidered.")})
    with transaction.atomic(durable=True):
        application = locked(application)
        # The appeal goes to someone other than the reviewer who denied (design §3).
        assignee = _appeal_reviewer(application)
        fire(application, "appeal", by=by, expected_state=expected_state, statement=statement, assignee=assignee,
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


def application_withdraw_publication_consent(*, application: Application, by) -> Application:
    """Take back the consent to publish: the register no longer lists the application, and the
    log says so (the register is read from the applications, so the entry goes at once)."""
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "withdraw_publication_consent", by=by)
        was_listed = application.state == State.APPROVED
        application.publish_consent = False
        application.save(update_fields=["publish_consent", "updated_at"])
        audit_event_record(action=AuditEventType.APPLICATION_PUBLICATION_CONSENT_WITHDRAWN, actor=by,
                           subject=application, data={"publish_consent": False, "removed_from_register": was_listed})
    return application


def application_message_reviewers(*, application: Application, by, body: str) -> Message:
    if not body.strip():
        raise ActionInvalid({"body": _("Write a message.")})
    with transaction.atomic(durable=True):
        application = locked(application)
        authorize(application, "message_reviewers", by=by)
        message = Message.objects.create(application=application, author=by, from_applicant=True, body=body)
        audit_event_record(action=AuditEventType.APPLICATION_MESSAGE_FROM_APPLICANT, actor=by, subject=application,
                           data={"message_id": message.pk})
    return message
