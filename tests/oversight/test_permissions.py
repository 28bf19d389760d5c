"""Auditors read everything and change nothing; reviewers and applicants never reach the
oversight pages; anonymous people are sent to sign in (design §4)."""
import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from audit.models import AuditEvent
from reviews.models import Application
from reviews.states import State
from screening.models import PolicyVersion
from tests.oversight.conftest import client_for
from tests.reviews.helpers import application_in_state

pytestmark = pytest.mark.django_db

# Namespaces of this application's own pages (allauth and the Django admin guard themselves).
APP_NAMESPACES = ("reviews", "policies", "audit", "oversight")
# POSTs that change nothing but are recorded: auditors may make them.
RECORDED_READS = {"audit:export", "audit:verify"}

OVERSIGHT_PAGES = [
    ("get", "audit:log", {}), ("get", "audit:event", {"sequence": 1}),
    ("post", "audit:export", {"fmt": "csv"}), ("post", "audit:verify", {}),
    ("get", "oversight:dashboard", {}), ("get", "oversight:record", {"public_id": "APP"}),
    ("get", "oversight:record_print", {"public_id": "APP"}),
    ("get", "policies:list", {}), ("get", "policies:detail", {"version": "v1"}),
    ("get", "policies:simulate", {"version": "v1"}), ("get", "policies:upload", {}),
    ("post", "policies:upload", {}), ("post", "policies:activate", {"version": "v1"}),
]


def own_routes():
    """(namespaced name, parameter names) of every URL of the application's own namespaces."""
    def walk(patterns, namespace):
        for p in patterns:
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, p.namespace or namespace)
            elif isinstance(p, URLPattern) and namespace in APP_NAMESPACES and p.name:
                yield f"{namespace}:{p.name}", tuple(p.pattern.converters)

    return sorted(set(walk(get_resolver().url_patterns, None)))


def url_for(name: str, params, application) -> str:
    values = {"public_id": application.public_id, "action": "approve", "attachment_id": "none",
              "version": "v1", "sequence": 1, "fmt": "csv"}
    # A parameter added later gets a value that names nothing, which a refusal must survive too.
    return reverse(name, kwargs={p: values.get(p, "none") for p in params})


@pytest.fixture
def in_review(alice, rita):
    return application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)


def snapshot():
    return (list(Application.objects.order_by("pk").values_list("pk", "state", "assignee_id", "updated_at")),
            list(PolicyVersion.objects.values_list("version", "is_active")),
            list(AuditEvent.objects.exclude(action__startswith="account.").values_list("action", flat=True)))


@pytest.mark.parametrize("action", ["request_info", "approve", "deny", "recommend", "sign_off",
                                    "return_to_review", "revoke"])
def test_an_auditor_gets_403_on_every_review_action(audrey, in_review, action):
    client = client_for(audrey)
    before = snapshot()
    response = client.post(f"/review/{in_review.public_id}/{action}/", {"deny-rationale": "x", "deny-reasons": "x"})
    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("name", ["reviews:take_next", "reviews:claim", "reviews:release", "reviews:note",
                                  "reviews:message_applicant", "policies:upload", "policies:activate"])
def test_an_auditor_gets_403_on_every_reviewer_and_admin_write(audrey, in_review, name):
    params = dict(own_routes())[name]
    client = client_for(audrey)
    before = snapshot()
    assert client.post(url_for(name, params, in_review), {"body": "x", "source": "x"}).status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("name", ["reviews:application_new", "reviews:application_edit", "reviews:application_withdraw",
                                  "reviews:application_resubmit", "reviews:application_appeal", "reviews:application_message",
                                  "reviews:application_unpublish"])
def test_an_auditor_cannot_act_as_an_applicant(audrey, in_review, name):
    params = dict(own_routes())[name]
    client = client_for(audrey)
    before = snapshot()
    response = client.post(url_for(name, params, in_review), {"statement": "x", "body": "x", "title": "x"})
    # An auditor may read the application, so the answer is "not allowed", not "not found".
    assert response.status_code == 403
    assert snapshot() == before


def test_no_url_of_the_application_lets_an_auditor_change_anything(audrey, in_review):
    """Every POST to every URL of the application's namespaces, including any added later."""
    client = client_for(audrey)
    before = snapshot()
    routes = own_routes()
    assert len(routes) >= 25
    for name, params in routes:
        if name in RECORDED_READS:
            continue
        response = client.post(url_for(name, params, in_review), {})
        assert response.status_code in (403, 404, 405), (name, response.status_code)
    assert snapshot() == before


@pytest.mark.parametrize("method, name, kwargs", OVERSIGHT_PAGES)
def test_reviewers_and_applicants_get_403_on_oversight_pages(rita, alice, in_review, method, name, kwargs):
    url = reverse(name, kwargs={k: in_review.public_id if v == "APP" else v for k, v in kwargs.items()})
    for user in (rita, alice):
        assert getattr(client_for(user), method)(url).status_code == 403


@pytest.mark.parametrize("method, name, kwargs", OVERSIGHT_PAGES)
def test_anonymous_people_are_sent_to_sign_in(client, in_review, method, name, kwargs):
    url = reverse(name, kwargs={k: in_review.public_id if v == "APP" else v for k, v in kwargs.items()})
    response = getattr(client, method)(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("method, name, kwargs", [p for p in OVERSIGHT_PAGES if p[0] == "get"])
def test_auditors_and_admins_read_every_oversight_page(audrey, adam, in_review, method, name, kwargs):
    url = reverse(name, kwargs={k: in_review.public_id if v == "APP" else v for k, v in kwargs.items()})
    for user in (audrey, adam):
        expected = 403 if (name == "policies:upload" and user == audrey) else 200
        assert client_for(user).get(url).status_code == expected, user


@pytest.mark.parametrize("action", ["request_info", "approve", "deny", "recommend", "sign_off"])
def test_an_admin_who_is_not_a_reviewer_decides_nothing(adam, in_review, action):
    client = client_for(adam)
    before = snapshot()
    assert client.post(f"/review/{in_review.public_id}/{action}/", {}).status_code == 403
    assert snapshot() == before
