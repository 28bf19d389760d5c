"""Audit event names are constants: every writer passes one, and every transition has one.

The stored values are hashed with each event, so they must never change."""
import ast
from pathlib import Path

from audit.events import TRANSITION_EVENTS, AuditEventType
from reviews.models import Application

ROOT = Path(__file__).resolve().parents[2]
PRODUCT_PACKAGES = ("accounts", "audit", "oversight", "reviews", "screening")

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
}


def test_it_keeps_every_stored_name_unchanged():
    assert set(AuditEventType.values) == STORED_NAMES


def test_every_transition_of_an_application_has_its_event():
    transitions = {t.name for t in Application().get_all_state_transitions()}
    assert set(TRANSITION_EVENTS) == transitions
    for name, event in TRANSITION_EVENTS.items():
        assert event == f"application.{name}"


def _audit_calls():
    for package in PRODUCT_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "audit_event_record":
                    yield path.relative_to(ROOT), node


def test_every_writer_passes_a_named_event_type():
    calls = list(_audit_calls())
    assert len(calls) > 20
    for path, call in calls:
        action = next(k.value for k in call.keywords if k.arg == "action")
        named = (isinstance(action, ast.Attribute) and getattr(action.value, "id", None) == "AuditEventType") or (
            isinstance(action, ast.Subscript) and getattr(action.value, "id", None) == "TRANSITION_EVENTS")
        assert named, f"{path}:{call.lineno} passes {ast.unparse(action)}, not an AuditEventType"
