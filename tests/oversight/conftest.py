"""Fixtures for the oversight tests: signed-in clients for the personas, and a little history."""
import pytest
from django.test import Client

from reviews.states import State
from tests.factories import REALTIME_BODYCAM_FR, facts_for
from tests.reviews.helpers import application_in_state


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def history(alice, carol, rita, northshire, acme):
    """An automatically denied, a denied, an approved and a pending application, with their events."""
    return {
        "denied": application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                                       facts=facts_for(northshire, **REALTIME_BODYCAM_FR)),
        "refused": application_in_state(State.DENIED, applicant=carol, reviewer=rita,
                                        facts=facts_for(acme, title="Marketing copy")),
        "approved": application_in_state(State.APPROVED, applicant=carol, reviewer=rita, facts=facts_for(acme)),
        "pending": application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita,
                                        facts=facts_for(acme, title="Contract translation")),
    }
