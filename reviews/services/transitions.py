"""The one sanctioned path for changing an application's state.

`fire` checks that the transition exists from the current state, that the person may fire it
and that its conditions hold, each with a message a person can act on; then it calls the
transition method, saves (optimistic lock on the state) and writes the audit event. Callers hold
`transaction.atomic()` and a row lock from `locked`.
"""
import inspect

from django_fsm import ConcurrentTransition, TransitionNotAllowed

from audit.events import TRANSITION_EVENTS
from audit.services import audit_event_record
from reviews.models import Application, StateCount
from reviews.services.errors import ActionConflict, ActionInvalid, ActionNotAllowed
from reviews.states import State

CONDITION_MESSAGES = {
    "_screened_for_denial": "The latest screening did not deny this application.",
    "_screened_for_review": "The latest screening did not route this application to review.",
    "_no_deny_rule": "A deny rule of the policy matches these facts: they can never be approved.",
    "_no_scrutiny_required": "This application requires enhanced scrutiny: recommend approval with the "
    "scrutiny record, and a second reviewer signs off.",
    "_has_open_scrutiny_record": "A complete enhanced scrutiny record is required to recommend approval.",
    "_four_eyes_signed": "Approval needs a complete scrutiny record signed off by a second, different reviewer.",
    "_appeal_not_used": "A denial can be appealed only once.",
    "_reverification_passed": "The re-verification date has not passed yet.",
}


def locked(application: Application) -> Application:
    """Re-read the application under a row lock, so the caller decides on the fresh state."""
    return Application.objects.select_for_update().get(pk=application.pk)


def state_label(state: str) -> str:
    return State(state).label.lower()


def authorize(
    application: Application, name: str, *, by, expected_state: str | None = None, check_conditions: bool = True
) -> None:
    """Raise unless `by` may fire transition `name` now (with its conditions, unless told not to)."""
    meta = getattr(application, name)._django_fsm
    current = application.state
    if expected_state is not None and current != expected_state:
        raise ActionConflict(
            f"Someone else acted on this application first: it is now {state_label(current)}. "
            "Nothing was changed; here is its current state."
        )
    transition = meta.get_transition(current)
    if transition is None:
        raise ActionNotAllowed(f"This is not possible while the application is {state_label(current)}.")
    if not transition.has_perm(application, by):
        raise ActionNotAllowed("You are not allowed to do this for this application.")
    for condition in transition.conditions if check_conditions else ():
        if not condition(application):
            raise ActionNotAllowed(CONDITION_MESSAGES.get(condition.__name__, "The conditions for this are not met."))


def fire(
    application: Application,
    name: str,
    *,
    by,
    expected_state: str | None = None,
    audit_data: dict | None = None,
    **kwargs,
) -> Application:
    current = application.state
    authorize(application, name, by=by, expected_state=expected_state)
    method = getattr(application, name)
    if "by" in inspect.signature(method).parameters:
        kwargs["by"] = by  # decisions record who made them
    try:
        method(**kwargs)
    except TransitionNotAllowed as exc:  # pragma: no cover - authorize() mirrors django-fsm's checks
        raise ActionNotAllowed(str(exc)) from exc
    except ValueError as exc:
        raise ActionInvalid({"__all__": str(exc)}, str(exc)) from exc
    try:
        application.save()
    except ConcurrentTransition as exc:
        raise ActionConflict(
            "Someone else acted on this application first. Nothing was changed; reload to see its current state."
        ) from exc
    audit_event_record(
        action=TRANSITION_EVENTS[name],
        actor=by,
        subject=application,
        from_state=current,
        to_state=application.state,
        data=audit_data or {},
    )
    # After the audit event: its chain lock serialises every transition, so the counter rows
    # are never locked in conflicting orders by two transactions.
    StateCount.move(from_state=current, to_state=application.state)
    return application
