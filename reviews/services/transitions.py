"""The one sanctioned path for changing an application's state.

`authorize` asks `reviews.permissions` whether the person may take the action now and raises
with a message a person can act on; `fire` then opens the model's `firing` door, calls the
transition with what it records, saves (optimistic lock on the state), writes the named audit
event and moves the state counters. Callers hold `transaction.atomic()` and a row lock from
`locked`.
"""
import inspect

from django.utils.translation import gettext as _
from django_fsm import ConcurrentTransition, TransitionNotAllowed

from audit.events import TRANSITION_EVENTS
from audit.services import audit_event_record
from audit.transparency.tasks import checkpoint_publish_after_commit
from reviews import permissions, webhooks
from reviews.models import Application, StateCount
from reviews.models.application import firing
from reviews.services.errors import ActionConflict, ActionInvalid, ActionNotAllowed
from reviews.states import State

DECISIONS = (State.APPROVED, State.DENIED, State.REVOKED, State.EXPIRED)


def locked(application: Application) -> Application:
    """Re-read the application under a row lock, so the caller decides on the fresh state."""
    return Application.objects.select_for_update().get(pk=application.pk)


def authorize(application: Application, action: str, *, by, expected_state: str | None = None) -> None:
    """Raise unless `by` may take `action` (a transition or another action) now."""
    message = permissions.refusal(application, by, action, expected_state=expected_state)
    if message:
        raise (ActionConflict if isinstance(message, permissions.Conflict) else ActionNotAllowed)(message)


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
    with firing(application, kwargs):
        message = permissions.refusal(application, by, name, when_fired=True)
        if message:
            raise ActionNotAllowed(message)
        try:
            method(**kwargs)
        except TransitionNotAllowed as exc:  # pragma: no cover - refusal() mirrors django-fsm's checks
            raise ActionNotAllowed(str(exc)) from exc
        except ValueError as exc:
            raise ActionInvalid({"__all__": str(exc)}, str(exc)) from exc
        try:
            application.save()
        except ConcurrentTransition as exc:
            raise ActionConflict(
                _("Someone else acted on this application first. Nothing was changed; reload to see its current state.")
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
    # The organisation's webhook endpoints are owed the events of this change, in this transaction.
    webhooks.emit_for_transition(application, name)
    if application.state in DECISIONS:
        # Every decision is covered by a signed checkpoint within moments (design §6).
        checkpoint_publish_after_commit()
    return application
