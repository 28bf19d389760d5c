"""The decision record: facts snapshot, policy version and matched rules of each screening, the
scrutiny record, every decision with its rationale, and each event's hash; also printable."""
import datetime

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from reviews import services
from reviews.states import State
from tests.factories import RETROSPECTIVE_FR, facts_for
from tests.oversight.conftest import client_for
from tests.reviews.helpers import application_in_state, fresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved_under_scrutiny(alice, northshire, rita, sam):
    app = application_in_state(State.ENHANCED_SCRUTINY, applicant=alice, reviewer=rita,
                               facts=facts_for(northshire, **RETROSPECTIVE_FR))
    services.application_sign_off(application=app, by=sam, rationale="I concur with the safeguards.",
                                  reverification_date=timezone.localdate() + datetime.timedelta(days=90))
    return fresh(app)


@pytest.mark.parametrize("suffix", ["", "print/"])
def test_it_shows_everything_an_oversight_body_needs(audrey, approved_under_scrutiny, rita, sam, suffix):
    app = approved_under_scrutiny
    response = client_for(audrey).get(f"/oversight/applications/{app.public_id}/record/{suffix}")
    assert response.status_code == 200
    body = response.content.decode()
    screening = app.latest_screening
    assert screening.policy_version_label in body and screening.policy_version.sha256[:16] in body
    for rule_id in screening.rule_ids:
        assert rule_id in body
    assert "Investigate serious offences." in body  # the facts snapshot
    assert "Safeguards are adequate." in body and "I concur with the safeguards." in body
    assert rita.email in body and sam.email in body
    assert "Legal authority for the use" in body
    for event in AuditEvent.objects.for_subject(app):
        assert event.hash in body
    assert ("site-header" in body) is (suffix == "")


def test_an_automatic_denial_shows_the_deny_rule_and_its_reason(audrey, history):
    app = history["denied"]
    body = client_for(audrey).get(f"/oversight/applications/{app.public_id}/record/").content.decode()
    assert "le-realtime-mobile-facial-recognition" in body
    assert "the system (automatic screening)" in body


def test_an_unknown_application_is_not_found(audrey):
    assert client_for(audrey).get("/oversight/applications/nope/record/").status_code == 404
