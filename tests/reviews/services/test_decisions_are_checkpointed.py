"""Every decision is covered by a signed checkpoint right after it commits, so an oversight body
can prove it was in the log (design §6)."""
import pytest

from audit.events import AuditEventType
from audit.models import AuditEvent
from audit.models_transparency import Checkpoint
from reviews import services
from reviews.states import State
from tests.reviews.helpers import application_in_state


@pytest.mark.parametrize("decide", ["approve", "deny"])
def test_a_decision_is_covered_by_a_signed_checkpoint(decide, carol, rita, django_capture_on_commit_callbacks):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    with django_capture_on_commit_callbacks(execute=True):
        if decide == "approve":
            services.application_approve(application=app, by=rita, rationale="Low risk.")
        else:
            services.application_deny(application=app, by=rita, rationale="No.", reasons=["Out of scope."])
    event = AuditEvent.objects.filter(action__in=[AuditEventType.APPLICATION_APPROVE, AuditEventType.APPLICATION_DENY]
                                      ).latest("sequence")
    assert Checkpoint.objects.filter(tree_size__gte=event.sequence).exists()


def test_a_step_that_decides_nothing_publishes_nothing(alice, rita, django_capture_on_commit_callbacks):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    before = Checkpoint.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        services.application_request_info(application=app, by=rita, message="Which cameras?")
    assert Checkpoint.objects.count() == before
