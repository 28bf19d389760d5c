"""An audit event names its subject generically (kind + public id + reference), so the log
depends on no other app; `for_subject` finds an object's events."""
import pytest
from django.db import transaction

from accounts.services import organization_update
from audit.events import AuditEventType
from audit.models import AuditEvent
from audit.services import audit_event_record
from audit.subjects import AuditSubject
from audit.verification import verify_chain
from reviews.states import State
from screening.models import PolicyVersion
from screening.services import policy_version_activate
from tests.reviews.helpers import application_in_state

pytestmark = pytest.mark.django_db


def test_events_about_an_application_name_it_and_are_found_by_it(alice, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    events = list(AuditEvent.objects.for_subject(app))
    assert [e.action for e in events][:2] == ["application.created", "application.submit"]
    assert {(e.subject_kind, e.subject_public_id, e.subject_reference) for e in events} == {
        ("application", app.public_id, app.reference)}
    assert verify_chain().intact


def test_the_subject_reference_is_hashed_and_the_rest_locates_it(alice):
    with transaction.atomic():
        event = audit_event_record(action=AuditEventType.APPLICATION_EDITED, actor=alice,
                                   subject=AuditSubject("application", "abc", "UCR-2026-999999"))
    assert event.subject_reference == "UCR-2026-999999"
    assert event.computed_hash() == event.hash
    event.subject_reference = "UCR-2026-000001"
    assert event.computed_hash() != event.hash


def test_organisation_user_and_policy_events_name_their_subject(alice, adam, northshire):
    policy = PolicyVersion.objects.get(is_active=True)
    assert northshire.audit_subject() == AuditSubject("organization", northshire.public_id)
    assert alice.audit_subject() == AuditSubject("user", alice.public_id)
    assert policy.audit_subject() == AuditSubject("policy", policy.version, policy.version)
    roles = AuditEvent.objects.for_subject(alice).filter(action=AuditEventType.USER_ROLES_CHANGED)
    assert roles.exists() and all(e.actor is None for e in roles)  # changed by the test, not by a person
    organization_update(organization=northshire, by=alice, name="Northshire Constabulary", type=northshire.type,
                        country=northshire.country)
    assert AuditEvent.objects.for_subject(northshire).get().action == AuditEventType.ORGANIZATION_UPDATED
    policy_version_activate(policy_version=policy, by=adam)
    activated = AuditEvent.objects.for_subject(policy).filter(action=AuditEventType.POLICY_ACTIVATED).last()
    assert (activated.actor, activated.subject_reference) == (adam, policy.version)


def test_events_about_nothing_have_no_subject():
    with transaction.atomic():
        event = audit_event_record(action=AuditEventType.AUDIT_VERIFIED)
    assert (event.subject_kind, event.subject_public_id, event.subject_reference) == ("", "", "")
