"""An application's state changes only through `reviews.services`: a transition called anywhere
else refuses and writes nothing, a changed state cannot be saved, and no module outside the
services fires a transition or writes the state (checked in the source)."""
import ast
import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from django_fsm import TransitionNotAllowed

from audit.models import AuditEvent
from reviews.models import Application, ScrutinyRecord, StateCount
from reviews.models.application import StateChangeRefused
from reviews.states import State
from tests.factories import make_organization, make_user
from tests.reviews.helpers import application_in_state, fresh, make_reverification_due

REPO = Path(__file__).resolve().parents[3]
FUTURE = timezone.localdate() + datetime.timedelta(days=200)


@pytest.fixture
def people(db):
    home = make_organization(name="Acme Logistics", type="commercial", country="DE")
    return {
        "alice": make_user("alice@acme.example", roles=["applicant"], organization=home),
        "rita": make_user("rita@review.example", roles=["reviewer"]),
        "sam": make_user("sam@review.example", roles=["reviewer"]),
    }


def _calls(app: Application, people) -> dict:
    """Each transition, called directly with arguments that would be accepted through a service."""
    return {
        "submit": (State.DRAFT, lambda: app.submit(attested=True)),
        "begin_screening": (State.SUBMITTED, lambda: app.begin_screening()),
        "auto_deny": (State.SCREENING, lambda: app.auto_deny(screening=app.latest_screening)),
        "route_to_review": (State.SCREENING, lambda: app.route_to_review(screening=app.latest_screening)),
        "request_info": (State.HUMAN_REVIEW, lambda: app.request_info()),
        "resubmit": (State.NEEDS_INFO, lambda: app.resubmit()),
        "approve": (State.HUMAN_REVIEW, lambda: app.approve(by=people["rita"], rationale="Fine.", conditions="",
                                                           reverification_date=FUTURE)),
        "deny": (State.HUMAN_REVIEW, lambda: app.deny(by=people["rita"], rationale="No.", reasons=["Out of scope."])),
        "recommend_approval": (State.HUMAN_REVIEW, lambda: app.recommend_approval()),
        "sign_off": (State.ENHANCED_SCRUTINY, lambda: app.sign_off(by=people["sam"], rationale="I concur.",
                                                                  conditions="", reverification_date=FUTURE)),
        "return_to_review": (State.ENHANCED_SCRUTINY, lambda: app.return_to_review()),
        "withdraw": (State.DRAFT, lambda: app.withdraw()),
        "appeal": (State.DENIED, lambda: app.appeal(statement="Please reconsider.", assignee=people["sam"])),
        "revoke": (State.APPROVED, lambda: app.revoke(rationale="Misuse.")),
        "expire": (State.APPROVED, lambda: app.expire()),
    }


def test_every_transition_is_covered_here():
    assert set(_calls(Application(), {"rita": None, "sam": None})) == set(Application.TRANSITIONS)


@pytest.mark.parametrize("name", Application.TRANSITIONS)
def test_a_transition_called_outside_the_services_raises_and_writes_nothing(name, people):
    source = _calls(Application(), {"rita": None, "sam": None})[name][0]
    app = application_in_state(source, applicant=people["alice"], reviewer=people["rita"])
    if name == "expire":
        make_reverification_due(app)
        app = fresh(app)
    if name == "sign_off":
        # Everything the four-eyes rule asks for is in place: only the path is wrong.
        record = app.open_scrutiny_record
        record.second_reviewer, record.second_decision = people["sam"], ScrutinyRecord.SecondDecision.CONCUR
        record.second_rationale, record.second_decided_at = "I concur.", timezone.now()
        record.save()
    events, counts = AuditEvent.objects.count(), dict(StateCount.objects.values_list("state", "count"))
    with pytest.raises(TransitionNotAllowed):
        _calls(app, people)[name][1]()
    assert app.state == source  # not even in memory
    with pytest.raises(StateChangeRefused):
        Application.objects.filter(pk=app.pk).update(state=State.APPROVED)
    app.save()  # nothing changed, so nothing to refuse
    assert fresh(app).state == source
    assert AuditEvent.objects.count() == events
    assert dict(StateCount.objects.values_list("state", "count")) == counts


def test_a_new_application_cannot_be_stored_in_any_state_but_draft(people):
    app = Application(organization=people["alice"].organizations.first(), created_by=people["alice"],
                      title="Backdated", state=State.APPROVED)
    with pytest.raises(StateChangeRefused):
        app.save()
    assert not Application.objects.filter(title="Backdated").exists()


# --------------------------------------------------------------------------- in the source
PROJECT_PACKAGES = ("accounts", "audit", "config", "oversight", "reviews", "screening", "bench", "docs", "tests")
SANCTIONED = {"reviews/services/transitions.py", "reviews/models/application.py"}
# The model's own tests call transitions directly on purpose, to prove they refuse.
CALLS_ON_PURPOSE = {"tests/reviews/services/test_sanctioned_path.py"}
SANCTIONED |= CALLS_ON_PURPOSE


def _python_files():
    for package in PROJECT_PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            relative = path.relative_to(REPO).as_posix()
            if "/migrations/" not in relative:
                yield relative, ast.parse(path.read_text(), filename=relative)


def _names_in(node: ast.AST) -> set[str]:
    """The names and attributes a call's receiver is built from (`Application.objects.filter`)."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}


def _offences(relative: str, tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(alias.name == "firing" for alias in node.names):
            found.append(f"{relative}:{node.lineno} imports the transition door `firing`")
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        attr = node.func.attr
        keywords = {k.arg for k in node.keywords}
        if attr in Application.TRANSITIONS:
            found.append(f"{relative}:{node.lineno} calls .{attr}(), a transition")
        on_applications = bool(_names_in(node.func.value) & {"Application", "applications"})
        if on_applications and attr in ("update", "update_or_create", "create", "get_or_create") and "state" in keywords:
            found.append(f"{relative}:{node.lineno} writes the state with .{attr}()")
        if on_applications and attr == "bulk_update" and "state" in ast.unparse(node):
            found.append(f"{relative}:{node.lineno} writes the state with .bulk_update()")
    return found


def test_no_module_outside_the_services_fires_a_transition_or_writes_the_state():
    offences = [o for relative, tree in _python_files() if relative not in SANCTIONED
                for o in _offences(relative, tree)]
    assert offences == []


def test_the_source_check_would_notice_an_offence():
    tree = ast.parse("application.approve(by=user)\nApplication.objects.filter(pk=1).update(state='approved')\n"
                     "from reviews.models.application import firing\n")
    assert len(_offences("reviews/views/example.py", tree)) == 3
