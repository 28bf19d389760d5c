"""Every transition of DESIGN §3, tried from every state as every role.

Allowed ones succeed and write exactly one audit event; forbidden ones raise a clear error and
change nothing (state and audit log alike).
"""
import datetime

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from reviews import services
from reviews.models import Application
from reviews.services import ActionError
from reviews.states import State
from tests.factories import make_organization, make_user
from tests.reviews.helpers import application_in_state, fire_as, fresh, full_checklist, make_reverification_due

FUTURE = datetime.date.today() + datetime.timedelta(days=200)

ACTIONS = {
    "submit": (State.SUBMITTED, lambda app, by: services.application_submit(application=app, by=by, attested=True)),
    "withdraw": (State.WITHDRAWN, lambda app, by: services.application_withdraw(application=app, by=by)),
    "resubmit": (State.SUBMITTED, lambda app, by: services.application_resubmit(application=app, by=by)),
    "appeal": (State.HUMAN_REVIEW, lambda app, by: services.application_appeal(application=app, by=by, statement="Please reconsider.")),
    "begin_screening": (State.SCREENING, None),
    "complete_screening": (State.HUMAN_REVIEW, None),
    "request_info": (State.NEEDS_INFO, lambda app, by: services.application_request_info(application=app, by=by, message="More detail, please.")),
    "approve": (State.APPROVED, lambda app, by: services.application_approve(application=app, by=by, rationale="Fine.", reverification_date=FUTURE)),
    "deny": (State.DENIED, lambda app, by: services.application_deny(application=app, by=by, rationale="No.", reasons=["Not permitted."])),
    "recommend_approval": (State.ENHANCED_SCRUTINY, lambda app, by: services.application_recommend_approval(
        application=app, by=by, checklist=full_checklist(), rationale="Safeguards adequate.")),
    "sign_off": (State.APPROVED, lambda app, by: services.application_sign_off(application=app, by=by, rationale="I concur.", reverification_date=FUTURE)),
    "return_to_review": (State.HUMAN_REVIEW, lambda app, by: services.application_return_to_review(application=app, by=by, rationale="Needs more work.")),
    "revoke": (State.REVOKED, lambda app, by: services.application_revoke(application=app, by=by, rationale="Misuse.")),
    "expire": (State.EXPIRED, None),
}

SYSTEM_SERVICES = {
    "begin_screening": lambda app: services.application_begin_screening(application_id=app.pk),
    "complete_screening": lambda app: services.application_complete_screening(application_id=app.pk),
    "expire": lambda app: services.application_expire(application=app),
}
SYSTEM_TRANSITION = {"begin_screening": "begin_screening", "complete_screening": "route_to_review", "expire": "expire"}

REVIEWERS = {"rita", "sam"}
ALLOWED = {
    (State.DRAFT, "submit"): {"alice"},
    (State.DRAFT, "withdraw"): {"alice"},
    (State.SUBMITTED, "withdraw"): {"alice"},
    (State.HUMAN_REVIEW, "withdraw"): {"alice"},
    (State.NEEDS_INFO, "withdraw"): {"alice"},
    (State.NEEDS_INFO, "resubmit"): {"alice"},
    (State.DENIED, "appeal"): {"alice"},
    (State.SUBMITTED, "begin_screening"): {"system"},
    (State.SCREENING, "complete_screening"): {"system"},
    (State.HUMAN_REVIEW, "request_info"): REVIEWERS,
    (State.HUMAN_REVIEW, "approve"): REVIEWERS,
    (State.HUMAN_REVIEW, "deny"): REVIEWERS,
    (State.HUMAN_REVIEW, "recommend_approval"): REVIEWERS,
    # rita recommended approval, so only sam may sign off or dissent (four-eyes).
    (State.ENHANCED_SCRUTINY, "sign_off"): {"sam"},
    (State.ENHANCED_SCRUTINY, "deny"): {"sam"},
    (State.ENHANCED_SCRUTINY, "return_to_review"): REVIEWERS,
    (State.APPROVED, "revoke"): REVIEWERS | {"adam"},
    (State.APPROVED, "expire"): {"system"},
}
PERSONAS = ["alice", "carol", "rita", "sam", "olga", "audrey", "adam", "system"]


@pytest.fixture
def people(db):
    home = make_organization(name="Acme Logistics", type="commercial", country="DE")
    other = make_organization(name="Other Company", type="commercial", country="FR")
    return {
        "alice": make_user("alice@acme.example", roles=["applicant"], organization=home),
        "carol": make_user("carol@other.example", roles=["applicant"], organization=other),
        "rita": make_user("rita@review.example", roles=["reviewer"]),
        "sam": make_user("sam@review.example", roles=["reviewer"]),
        "olga": make_user("olga@acme.example", roles=["reviewer"], organization=home),
        "audrey": make_user("audrey@review.example", roles=["auditor"]),
        "adam": make_user("adam@review.example", roles=["admin"]),
        "system": None,
    }


def attempt(app: Application, action: str, persona: str, people) -> None:
    if action in SYSTEM_SERVICES:
        if persona == "system":
            if action == "expire":
                make_reverification_due(app)
                app = fresh(app)
            outcome = SYSTEM_SERVICES[action](app)
            if outcome in (False, None):
                raise ActionError("the system transition did not apply")
        else:
            fire_as(app, SYSTEM_TRANSITION[action], people[persona])
        return
    if persona == "system":
        ACTIONS[action][1](app, None)
        return
    ACTIONS[action][1](app, people[persona])


@pytest.mark.parametrize("state", [s.value for s in State])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_transition_from_every_state_as_every_role(state, action, people):
    allowed = ALLOWED.get((state, action), set())
    build = lambda: application_in_state(state, applicant=people["alice"], reviewer=people["rita"])  # noqa: E731
    app = build()
    for persona in PERSONAS:
        events_before = AuditEvent.objects.count()
        if persona in allowed:
            attempt(app, action, persona, people)
            after = fresh(app)
            assert after.state == ACTIONS[action][0], (state, action, persona)
            new_events = list(AuditEvent.objects.filter(sequence__gt=events_before))
            assert len(new_events) == 1, (state, action, persona, [e.action for e in new_events])
            assert new_events[0].from_state == state and new_events[0].to_state == after.state
            assert (new_events[0].subject_kind, new_events[0].subject_public_id) == ("application", app.public_id)
            app = build()
        else:
            with pytest.raises(ActionError):
                attempt(app, action, persona, people)
            assert fresh(app).state == state, (state, action, persona)
            assert AuditEvent.objects.count() == events_before, (state, action, persona)


def test_assigning_the_state_field_directly_fails(people):
    app = application_in_state(State.HUMAN_REVIEW, applicant=people["alice"], reviewer=people["rita"])
    with pytest.raises(AttributeError):
        app.state = State.APPROVED
    assert fresh(app).state == State.HUMAN_REVIEW


def test_an_appeal_is_possible_once(people):
    app = application_in_state(State.DENIED, applicant=people["alice"], reviewer=people["rita"])
    services.application_appeal(application=app, by=people["alice"], statement="We changed the scope.")
    app = fresh(app)
    assert app.assignee == people["sam"]  # never the reviewer who denied
    services.application_deny(application=app, by=people["sam"], rationale="Upheld.", reasons=["Still out of scope."])
    with pytest.raises(ActionError, match="only once"):
        services.application_appeal(application=fresh(app), by=people["alice"], statement="Again.")


def test_the_reviewer_who_denied_cannot_decide_the_appeal(people):
    app = application_in_state(State.DENIED, applicant=people["alice"], reviewer=people["rita"])
    services.application_appeal(application=app, by=people["alice"], statement="Please look again.")
    with pytest.raises(ActionError):
        services.application_deny(application=fresh(app), by=people["rita"], rationale="Upheld.", reasons=["Same."])
    with pytest.raises(ActionError):
        services.application_claim(application=fresh(app), by=people["rita"])


def test_expiry_waits_for_the_reverification_date(people):
    app = application_in_state(State.APPROVED, applicant=people["alice"], reviewer=people["rita"])
    assert app.reverification_date > timezone.localdate()
    assert services.application_expire(application=app) is None
    assert fresh(app).state == State.APPROVED
