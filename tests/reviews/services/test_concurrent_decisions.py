"""Two reviewers deciding the same application at once: exactly one decision, one audit event,
and a clear refusal for the other. Real threads, real PostgreSQL row locks."""
import datetime
import threading

import pytest
from django.db import connection

from audit.models import AuditEvent
from reviews import services
from reviews.services import ActionConflict
from reviews.states import State
from tests.reviews.helpers import application_in_state, fresh

FUTURE = datetime.date.today() + datetime.timedelta(days=90)


def race(*calls):
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(i, call):
        try:
            barrier.wait()
            call()
            outcomes[i] = "won"
        except Exception as exc:  # the point is to see exactly what the loser gets
            outcomes[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return outcomes


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_reviewers_deciding_at_once_leave_exactly_one_decision(acme, carol, rita, sam):
    for _ in range(20):
        app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
        before = AuditEvent.objects.count()
        outcomes = race(
            lambda app=app: services.application_approve(application=app, by=rita, rationale="Fine.",
                                                 reverification_date=FUTURE, expected_state=State.HUMAN_REVIEW),
            lambda app=app: services.application_deny(application=app, by=sam, rationale="No.", reasons=["Out of scope."],
                                              expected_state=State.HUMAN_REVIEW),
        )
        assert outcomes.count("won") == 1, outcomes
        loser = next(o for o in outcomes if o != "won")
        assert isinstance(loser, ActionConflict), repr(loser)
        assert "Someone else acted on this application first" in loser.message
        decided = fresh(app)
        assert decided.state in (State.APPROVED, State.DENIED)
        events = list(AuditEvent.objects.filter(sequence__gt=before))
        assert [e.action for e in events] == [f"application.{'approve' if decided.state == State.APPROVED else 'deny'}"]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_same_action_twice_at_once_is_one_action(acme, carol, rita, sam):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    before = AuditEvent.objects.count()
    outcomes = race(*[
        (lambda who=who: services.application_request_info(application=app, by=who, message="Which data?",
                                                           expected_state=State.HUMAN_REVIEW))
        for who in (rita, sam, rita, sam)
    ])
    assert outcomes.count("won") == 1, outcomes
    assert AuditEvent.objects.filter(sequence__gt=before).count() == 1
    assert fresh(app).messages.count() == 1
