"""What the applicant's status page shows: the state in plain words with what happens next,
an applicant-safe timeline (reviewers appear only as "a reviewer"; internal steps never), and
the actions open to them."""
from django.utils.translation import gettext_lazy as _

from accounts.models import Membership
from audit.events import AuditEventType
from audit.models import AuditEvent
from reviews import permissions, reasons
from reviews.forms.applicant import AppealForm, MessageToReviewersForm
from reviews.models import Application
from reviews.states import OPEN_STATES, State
from screening.facts import CAPABILITIES, SOURCES

NEXT_STEPS = {
    State.DRAFT: _("Not sent yet. Complete the form and submit it when you are ready; you can save a draft at any "
                   "time."),
    State.SUBMITTED: _("Received. It is checked automatically against the policy in a few moments, then goes to a "
                       "reviewer."),
    State.SCREENING: _("It is being checked automatically against the policy; this takes a few moments."),
    State.HUMAN_REVIEW: _("A reviewer is examining your application."),
    State.NEEDS_INFO: _("A reviewer needs more information. Read their message below, correct the application if "
                        "needed, reply, and resubmit. The review continues when you resubmit."),
    State.ENHANCED_SCRUTINY: _("Your application is under enhanced scrutiny: a second, independent reviewer checks "
                               "it before any approval."),
    State.APPROVED: _("Approved. You may use the service for the use case described, under the conditions below."),
    State.DENIED: _("Denied. The reasons are below."),
    State.WITHDRAWN: _("You withdrew this application. Nothing more will happen to it."),
    State.REVOKED: _("The approval was revoked: the service may no longer be used for this use case."),
    State.EXPIRED: _("The approval expired on its re-verification date. Submit a new application to continue."),
}

# What each audit action reads as to the applicant. Actions not listed (claims, internal notes,
# edits) are internal or noise and are never shown. `who` stays a code ("you", "a reviewer"): the
# API returns it as it is, and the page words it.
TIMELINE = {
    AuditEventType.APPLICATION_CREATED: _("Application started"),
    AuditEventType.APPLICATION_SUBMIT: _("Submitted"),
    AuditEventType.APPLICATION_BEGIN_SCREENING: _("Automatic screening started"),
    AuditEventType.APPLICATION_AUTO_DENY: _("Denied by the automatic screening"),
    AuditEventType.APPLICATION_ROUTE_TO_REVIEW: _("Passed automatic screening; sent to a reviewer"),
    AuditEventType.APPLICATION_REQUEST_INFO: _("More information requested"),
    AuditEventType.APPLICATION_RESUBMIT: _("Resubmitted"),
    AuditEventType.APPLICATION_APPROVE: _("Approved"),
    AuditEventType.APPLICATION_DENY: _("Denied"),
    AuditEventType.APPLICATION_RECOMMEND_APPROVAL: _("Sent for enhanced scrutiny by a second reviewer"),
    AuditEventType.APPLICATION_RETURN_TO_REVIEW: _("Returned for further review"),
    AuditEventType.APPLICATION_SIGN_OFF: _("Approved after enhanced scrutiny"),
    AuditEventType.APPLICATION_WITHDRAW: _("Withdrawn"),
    AuditEventType.APPLICATION_APPEAL: _("Appealed"),
    AuditEventType.APPLICATION_REVOKE: _("Approval revoked"),
    AuditEventType.APPLICATION_EXPIRE: _("Approval expired"),
    AuditEventType.APPLICATION_MESSAGE_FROM_APPLICANT: _("Message sent to the reviewers"),
    AuditEventType.APPLICATION_DOCUMENT_ADDED: _("Supporting document added"),
    AuditEventType.APPLICATION_DOCUMENT_REMOVED: _("Supporting document removed"),
}


def timeline(application: Application, viewer) -> list[dict]:
    members = set(
        Membership.objects.filter(organization_id=application.organization_id).values_list("user_id", flat=True)
    )
    events = (
        AuditEvent.objects.for_subject(application).filter(action__in=list(TIMELINE))
        .values("action", "created_at", "actor_id")
    )
    timeline = []
    for event in events:
        if event["actor_id"] is None:
            who = "automatic"
        elif event["actor_id"] == viewer.pk:
            who = "you"
        elif event["actor_id"] in members:
            who = "a colleague"
        else:
            who = "a reviewer"
        timeline.append({"what": TIMELINE[event["action"]], "when": event["created_at"], "who": who})
    return timeline


def status_context(request, application: Application, **extra) -> dict:
    state = application.state
    actions = permissions.available_actions(application, request.user)
    thread = list(application.messages.all())
    context = {
        "application": application,
        "next_step": NEXT_STEPS.get(state, ""),
        "timeline": timeline(application, request.user),
        "thread": thread,
        "end_users": list(application.end_users.all()),
        "attachments": list(application.attachments.all()),
        # While information is awaited the clock restarts at the resubmission, so no date is promised.
        "show_due": state in OPEN_STATES and state != State.NEEDS_INFO and application.due_on is not None,
        # The buttons offered are exactly the actions the services would allow.
        "can_edit": "edit" in actions,
        "can_withdraw": "withdraw" in actions,
        "can_resubmit": "resubmit" in actions,
        "can_appeal": "appeal" in actions,
        "can_message": "message_reviewers" in actions,
        "can_unpublish": "withdraw_publication_consent" in actions,
        "message_form": MessageToReviewersForm(),
        "appeal_form": AppealForm(),
        "labels": fact_labels(application),
        # An automatic denial's reasons as the policy gives them in the reader's language.
        "denial_reasons": reasons.denial_reasons(application),
    }
    context.update(extra)
    return context


def fact_labels(application: Application) -> dict:
    capabilities, sources = dict(CAPABILITIES), dict(SOURCES)
    return {
        "capabilities": [capabilities.get(c, c) for c in application.capabilities],
        "fr_sources": [sources.get(s, s) for s in application.fr_sources],
    }
