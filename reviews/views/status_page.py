"""What the applicant's status page shows: the state in plain words with what happens next,
an applicant-safe timeline (reviewers appear only as "a reviewer"; internal steps never), and
the actions open to them."""
from accounts.models import Membership
from audit.models import AuditEvent
from reviews import permissions
from reviews.forms.applicant import AppealForm, MessageToReviewersForm
from reviews.models import Application
from reviews.states import OPEN_STATES, State
from screening.facts import CAPABILITIES, SOURCES

NEXT_STEPS = {
    State.DRAFT: "Not sent yet. Complete the form and submit it when you are ready; you can save a draft at any time.",
    State.SUBMITTED: "Received. It is checked automatically against the policy in a few moments, then goes to a "
                     "reviewer.",
    State.SCREENING: "It is being checked automatically against the policy; this takes a few moments.",
    State.HUMAN_REVIEW: "A reviewer is examining your application.",
    State.NEEDS_INFO: "A reviewer needs more information. Read their message below, correct the application if "
                      "needed, reply, and resubmit. The review continues when you resubmit.",
    State.ENHANCED_SCRUTINY: "Your application is under enhanced scrutiny: a second, independent reviewer checks it "
                             "before any approval.",
    State.APPROVED: "Approved. You may use the service for the use case described, under the conditions below.",
    State.DENIED: "Denied. The reasons are below.",
    State.WITHDRAWN: "You withdrew this application. Nothing more will happen to it.",
    State.REVOKED: "The approval was revoked: the service may no longer be used for this use case.",
    State.EXPIRED: "The approval expired on its re-verification date. Submit a new application to continue.",
}

# What each audit action reads as to the applicant. Actions not listed (claims, internal notes,
# edits) are internal or noise and are never shown.
TIMELINE = {
    "application.created": "Application started",
    "application.submit": "Submitted",
    "application.begin_screening": "Automatic screening started",
    "application.auto_deny": "Denied by the automatic screening",
    "application.route_to_review": "Passed automatic screening; sent to a reviewer",
    "application.request_info": "More information requested",
    "application.resubmit": "Resubmitted",
    "application.approve": "Approved",
    "application.deny": "Denied",
    "application.recommend_approval": "Sent for enhanced scrutiny by a second reviewer",
    "application.return_to_review": "Returned for further review",
    "application.sign_off": "Approved after enhanced scrutiny",
    "application.withdraw": "Withdrawn",
    "application.appeal": "Appealed",
    "application.revoke": "Approval revoked",
    "application.expire": "Approval expired",
    "application.message_from_applicant": "Message sent to the reviewers",
    "application.document_added": "Supporting document added",
    "application.document_removed": "Supporting document removed",
}


def timeline(application: Application, viewer) -> list[dict]:
    members = set(
        Membership.objects.filter(organization_id=application.organization_id).values_list("user_id", flat=True)
    )
    events = (
        AuditEvent.objects.filter(application=application, action__in=list(TIMELINE))
        .order_by("sequence")
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
        "message_form": MessageToReviewersForm(),
        "appeal_form": AppealForm(),
        "labels": fact_labels(application),
    }
    context.update(extra)
    return context


def fact_labels(application: Application) -> dict:
    capabilities, sources = dict(CAPABILITIES), dict(SOURCES)
    return {
        "capabilities": [capabilities.get(c, c) for c in application.capabilities],
        "fr_sources": [sources.get(s, s) for s in application.fr_sources],
    }
