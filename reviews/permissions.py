"""What may this person do with this application now: the one answer, asked by the services
before they act, by the applicant's status page and the reviewer's review page before they offer
a button, by the queue before it hands out the next application, and by the tests' role × state
× action matrix.

Two kinds of action share one vocabulary (the action names):
* **transitions** of the state machine (`Application.submit`, `.deny`, …): which states they leave,
  who may fire them (`permission=`, one of the predicates below) and their conditions are declared
  once, on the transition itself, and read from there;
* **other actions** on an application (editing its facts, claiming it, notes, messages), declared
  in `ACTIONS` below with the states they need and the same predicates.

Predicates take (user, application); `user is None` is the system actor (the screening pipeline,
the expiry job). Role predicates live in `accounts.roles`.
"""
from dataclasses import dataclass

import rules
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from accounts import roles
from reviews.states import AWAITING_REVIEW_STATES, EDITABLE_STATES, State

# ------------------------------------------------------------------------------ predicates


@rules.predicate
def consents_to_publication(user, application) -> bool:
    return bool(application.publish_consent)


@rules.predicate
def is_system(user, application) -> bool:
    return user is None


@rules.predicate
def denied_it_before_the_appeal(user, application) -> bool:
    """After an appeal, the reviewer who denied never decides again (design §3)."""
    return user is not None and application.appealed_at is not None and application.denied_by_id == user.pk


@rules.predicate
def recommended_its_approval(user, application) -> bool:
    record = application.current_scrutiny_record if application.state == State.ENHANCED_SCRUTINY else None
    return user is not None and record is not None and record.recommended_by_id == user.pk


@rules.predicate
def is_assignee(user, application) -> bool:
    return user is not None and application.assignee_id == user.pk


@rules.predicate
def claimed_by_someone_else(user, application) -> bool:
    return application.assignee_id is not None and (user is None or application.assignee_id != user.pk)


def applying_organization_ids(user) -> set[int]:
    """The organisations `user` may apply on behalf of: an applicant's own."""
    return roles.organization_ids(user) if roles.is_applicant(user) else set()


@rules.predicate
def may_apply_for(user, organization) -> bool:
    """Applicants apply on behalf of an organisation they belong to."""
    return organization is not None and organization.pk in applying_organization_ids(user)


applicant_member = roles.is_applicant_member
# An independent reviewer: a reviewer outside the applying organisation, and after an appeal not
# the reviewer who denied.
independent_reviewer = roles.is_independent_reviewer & ~denied_it_before_the_appeal
# Four-eyes: under enhanced scrutiny the second reviewer (sign-off or dissent) is never the one
# who recommended approval.
second_reviewer = independent_reviewer & ~recommended_its_approval
may_revoke = independent_reviewer | roles.is_admin


def fsm_permission(predicate):
    """A predicate in the (instance, user) order that django-fsm-2's `permission=` calls."""
    def permission(application, user) -> bool:
        return predicate.test(user, application)

    permission.__name__ = predicate.name
    return permission


# ----------------------------------------------------------------- actions besides transitions
@dataclass(frozen=True)
class Action:
    states: tuple[str, ...]
    state_refusal: str  # or a lazy translation, as the messages below
    # (predicate that must hold, what the person is told when it does not), in order.
    checks: tuple[tuple[rules.Predicate, str], ...]


_NOT_DRAFT = tuple(s.value for s in State if s != State.DRAFT)
_REVIEWER_ONLY = gettext_lazy("You are not allowed to review this application.")
_NOT_YOURS_TO_CHANGE = gettext_lazy("You are not allowed to change this application.")
_ONCE_SUBMITTED = gettext_lazy("Messages are possible once the application is submitted.")

ACTIONS: dict[str, Action] = {
    "edit": Action(EDITABLE_STATES, gettext_lazy("This application can no longer be edited."),
                   ((applicant_member, _NOT_YOURS_TO_CHANGE),)),
    "message_reviewers": Action(
        tuple(s for s in _NOT_DRAFT if s != State.WITHDRAWN), _ONCE_SUBMITTED,
        ((applicant_member, gettext_lazy("You are not allowed to write on this application.")),),
    ),
    "withdraw_publication_consent": Action(
        tuple(s.value for s in State), "",
        ((applicant_member, _NOT_YOURS_TO_CHANGE),
         (consents_to_publication,
          gettext_lazy("You have not consented to publish this application in the register."))),
    ),
    "claim": Action(
        tuple(AWAITING_REVIEW_STATES), gettext_lazy("Only applications awaiting review can be claimed."), (
            (roles.is_independent_reviewer, _REVIEWER_ONLY),
            (~denied_it_before_the_appeal,
             gettext_lazy("An appeal is decided by a reviewer other than the one who denied.")),
            (~claimed_by_someone_else, gettext_lazy("Another reviewer has already claimed this application.")),
        ),
    ),
    "release": Action(_NOT_DRAFT, gettext_lazy("There is nothing to release."), (
        (independent_reviewer, _REVIEWER_ONLY),
        (is_assignee, gettext_lazy("You can only release an application you have claimed.")),
    )),
    "message_applicant": Action(_NOT_DRAFT, _ONCE_SUBMITTED, ((independent_reviewer, _REVIEWER_ONLY),)),
    "add_note": Action(_NOT_DRAFT, gettext_lazy("Notes are possible once the application is submitted."),
                       ((independent_reviewer, _REVIEWER_ONLY),)),
}

# What applicants may do with their applications, in the order the API lists them (the review
# page's actions are mapped to its forms in reviews/views/reviewer.py).
APPLICANT_ACTIONS = ("edit", "submit", "resubmit", "withdraw", "appeal", "message_reviewers",
                     "withdraw_publication_consent")


# A state as it reads inside a sentence ("it is now in review"): its own words, since the
# labels are headings and some languages write them differently mid-sentence.
_STATE_IN_A_SENTENCE = {
    State.DRAFT: pgettext_lazy("state in a sentence", "draft"),
    State.SUBMITTED: pgettext_lazy("state in a sentence", "submitted"),
    State.SCREENING: pgettext_lazy("state in a sentence", "screening"),
    State.HUMAN_REVIEW: pgettext_lazy("state in a sentence", "in review"),
    State.NEEDS_INFO: pgettext_lazy("state in a sentence", "information requested"),
    State.ENHANCED_SCRUTINY: pgettext_lazy("state in a sentence", "enhanced scrutiny"),
    State.APPROVED: pgettext_lazy("state in a sentence", "approved"),
    State.DENIED: pgettext_lazy("state in a sentence", "denied"),
    State.WITHDRAWN: pgettext_lazy("state in a sentence", "withdrawn"),
    State.REVOKED: pgettext_lazy("state in a sentence", "revoked"),
    State.EXPIRED: pgettext_lazy("state in a sentence", "expired"),
}


def state_in_a_sentence(state: str) -> str:
    return str(_STATE_IN_A_SENTENCE[State(state)])


class Conflict(str):
    """A refusal because someone else acted first: the caller shows the fresh state (the
    message itself is in the reader's language, so it is told apart by its type)."""


def transition_names(application) -> tuple[str, ...]:
    return type(application).TRANSITIONS


def refusal(application, user, action: str, *, expected_state: str | None = None, when_fired: bool = False) -> str:
    """Why `user` may not do `action` with `application` now, or "" if they may.

    With `when_fired`, also the conditions on what the action itself brings (the scrutiny record
    it files, the screening it records), which only the service firing it can check."""
    if expected_state is not None and application.state != expected_state:
        return Conflict(_("Someone else acted on this application first: it is now %(state)s. Nothing was "
                          "changed; here is its current state.") % {"state": state_in_a_sentence(application.state)})
    if action in ACTIONS:
        declared = ACTIONS[action]
        if application.state not in declared.states:
            return str(declared.state_refusal)
        for predicate, message in declared.checks:
            if not predicate.test(user, application):
                return str(message)
        return ""
    if action not in transition_names(application):
        raise KeyError(f"unknown action {action!r}")
    transition = getattr(application, action)._django_fsm.get_transition(application.state)
    if transition is None:
        return _("This is not possible while the application is %(state)s.") % {
            "state": state_in_a_sentence(application.state)}
    if not transition.has_perm(application, user):
        return _("You are not allowed to do this for this application.")
    for condition in transition.conditions:
        if getattr(condition, "when_fired", False) and not when_fired:
            continue
        if not condition(application):
            return str(getattr(condition, "message", None) or _("The conditions for this are not met."))
    return ""


def may(application, user, action: str) -> bool:
    return not refusal(application, user, action)


def available_actions(application, user) -> frozenset[str]:
    """Every action `user` may take with `application` now."""
    names = (*ACTIONS, *transition_names(application))
    return frozenset(name for name in names if not refusal(application, user, name))


def visible_application_or_404(user, public_id: str, *, select_related=("organization",)):
    """The application with this public id if `user` may see it; 404 otherwise, the same answer
    for "does not exist" and "not yours", so no one can probe other organisations' ids."""
    from reviews.models import Application

    application = (Application.objects.visible_to(user).select_related(*select_related)
                   .filter(public_id=public_id).first())
    if application is None:
        raise Http404(_("No such application."))
    return application
