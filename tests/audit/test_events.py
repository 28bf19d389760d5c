"""Audit event names are constants: every writer passes one, and every transition has one.

The stored values are hashed with each event, so they must never change."""
import ast
from pathlib import Path

from audit.events import TRANSITION_EVENTS, AuditEventType
from reviews.models import Application

ROOT = Path(__file__).resolve().parents[2]
PRODUCT_PACKAGES = ("accounts", "audit", "config", "oversight", "reviews", "screening")

# Every name the log held before the constants existed, exactly as stored.
STORED_NAMES = {
    "application.created", "application.edited", "application.document_added", "application.document_removed",
    "application.message_from_applicant", "application.claimed", "application.released",
    "application.message_to_applicant", "application.internal_note", "application.reverification_reminded",
    "application.submit", "application.begin_screening", "application.auto_deny", "application.route_to_review",
    "application.request_info", "application.resubmit", "application.approve", "application.deny",
    "application.recommend_approval", "application.sign_off", "application.return_to_review",
    "application.withdraw", "application.appeal", "application.revoke", "application.expire",
    "organization.created", "organization.updated", "invitation.sent", "invitation.accepted",
    "user.signed_up", "user.signed_in", "user.sign_in_failed", "user.roles_changed",
    "policy.loaded", "policy.activated", "audit.verified", "audit.exported",
    "admin.added", "admin.changed", "admin.deleted",
}


def test_it_keeps_every_stored_name_unchanged():
    # Names may be added; none stored before may change or go.
    assert STORED_NAMES <= set(AuditEventType.values)


def test_every_transition_of_an_application_has_its_event():
    transitions = {t.name for t in Application().get_all_state_transitions()}
    assert set(TRANSITION_EVENTS) == transitions
    for name, event in TRANSITION_EVENTS.items():
        assert event == f"application.{name}"


def _typed_event_parameters(tree) -> dict[ast.AST, set[str]]:
    """For each function, its parameters annotated `AuditEventType` (a helper passing one on)."""
    typed = {}
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef):
            params = function.args.args + function.args.kwonlyargs
            names = {a.arg for a in params if a.annotation is not None and ast.unparse(a.annotation) == "AuditEventType"}
            for node in ast.walk(function):
                typed.setdefault(node, set()).update(names)
    return typed


def _audit_calls():
    for package in PRODUCT_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            typed = _typed_event_parameters(tree)
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "audit_event_record":
                    if all(k.arg is None for k in node.keywords):
                        continue  # a pass-through wrapper: audit_event_record(**kwargs)
                    yield path.relative_to(ROOT), node, typed.get(node, set())


def _is_constant(action: ast.AST, typed_parameters: set[str]) -> bool:
    if isinstance(action, ast.Attribute):
        return getattr(action.value, "id", None) == "AuditEventType"
    if isinstance(action, ast.Subscript):
        return getattr(action.value, "id", None) == "TRANSITION_EVENTS"
    if isinstance(action, ast.IfExp):
        return _is_constant(action.body, typed_parameters) and _is_constant(action.orelse, typed_parameters)
    return isinstance(action, ast.Name) and action.id in typed_parameters


def test_every_writer_passes_a_named_event_type():
    calls = list(_audit_calls())
    assert len(calls) > 20
    for path, call, typed_parameters in calls:
        action = next(k.value for k in call.keywords if k.arg == "action")
        assert _is_constant(action, typed_parameters), (
            f"{path}:{call.lineno} passes {ast.unparse(action)}, not an AuditEventType")


def test_helpers_that_pass_an_event_type_on_are_given_constants():
    # config/admin_site.py's _record(action: AuditEventType, …) is called with constants only.
    tree = ast.parse((ROOT / "config" / "admin_site.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "_record"]
    assert calls and all(_is_constant(call.args[0], set()) for call in calls)
