"""Migration audit 0003 gives the events written before subjects existed their subject, from
what each event already held, without touching a hashed field: the chain verifies as before."""
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from accounts.services import organization_update
from audit.models import AuditEvent
from audit.verification import verify_chain
from reviews.states import State
from screening.models import PolicyVersion
from screening.services import policy_version_activate
from tests.audit.helpers import tamper
from tests.reviews.helpers import application_in_state

BEFORE_SUBJECTS = [("audit", "0002_subject_fields")]


def migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_old_events_are_given_their_subjects_and_still_verify(alice, rita, adam, northshire):
    application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    policy_version_activate(policy_version=PolicyVersion.objects.get(is_active=True), by=adam)
    organization_update(organization=northshire, by=alice, name="Northshire Constabulary", type=northshire.type,
                        country=northshire.country)
    Client().force_login(alice)  # user.signed_in
    expected = list(AuditEvent.objects.values_list("sequence", "action", "subject_kind", "subject_public_id"))
    assert {kind for _, _, kind, _ in expected} == {"application", "policy", "organization", "user"}
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()

    migrate(BEFORE_SUBJECTS)
    try:
        # As the events were before: the application by its foreign key, no subject columns.
        tamper("UPDATE audit_auditevent e SET application_id = a.id FROM reviews_application a "
               "WHERE e.subject_kind = 'application' AND e.subject_public_id = a.public_id")
        tamper("UPDATE audit_auditevent SET subject_kind = '', subject_public_id = ''")
    finally:
        migrate(latest)

    assert list(AuditEvent.objects.values_list("sequence", "action", "subject_kind", "subject_public_id")) == expected
    assert verify_chain().intact
