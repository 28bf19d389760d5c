"""The pages offer exactly what `reviews.permissions` allows: the applicant's status page and the
reviewer's review page, in every state, for every persona who can open them."""
import re

import pytest
from django.urls import reverse

from reviews import permissions
from reviews.states import State
from reviews.views.reviewer import ACTIONS as REVIEW_PAGE_ACTIONS
from tests.factories import make_organization, make_user
from tests.reviews.helpers import application_in_state

STATUS_PAGE_FORMS = {"withdraw": "withdraw", "resubmit": "resubmit", "appeal": "appeal",
                     "messages": "message_reviewers", "unpublish": "withdraw_publication_consent"}


@pytest.fixture
def people(db):
    home = make_organization(name="Acme Logistics", type="commercial", country="DE")
    return {
        "alice": make_user("alice@acme.example", roles=["applicant"], organization=home),
        "bob": make_user("bob@acme.example", roles=["applicant"], organization=home),
        "rita": make_user("rita@review.example", roles=["reviewer"]),
        "sam": make_user("sam@review.example", roles=["reviewer"]),
        "adam": make_user("adam@review.example", roles=["admin"]),
    }


def _posted_actions(html: str, public_id: str, prefix: str) -> set[str]:
    return set(re.findall(rf'action="{re.escape(prefix)}{public_id}/([a-z_]+)/"', html))


@pytest.mark.parametrize("state", [s.value for s in State])
def test_the_status_page_offers_what_the_permissions_allow(state, people, client):
    app = application_in_state(state, applicant=people["alice"], reviewer=people["rita"])
    for persona in ("alice", "bob"):
        client.force_login(people[persona])
        html = client.get(reverse("reviews:application_detail", args=[app.public_id])).content.decode()
        available = permissions.available_actions(app, people[persona])
        offered = {STATUS_PAGE_FORMS[name] for name in _posted_actions(html, app.public_id, "/applications/")}
        expected = {action for action in STATUS_PAGE_FORMS.values() if action in available}
        assert offered == expected, (state, persona)
        edit_link = reverse("reviews:application_edit", args=[app.public_id]) in html
        assert edit_link == ("edit" in available), (state, persona)


@pytest.mark.parametrize("state", [s.value for s in State if s != State.DRAFT])
def test_the_review_page_offers_what_the_permissions_allow(state, people, client):
    app = application_in_state(state, applicant=people["alice"], reviewer=people["rita"])
    for persona in ("rita", "sam", "adam"):
        client.force_login(people[persona])
        html = client.get(reverse("reviews:review", args=[app.public_id])).content.decode()
        available = permissions.available_actions(app, people[persona])
        offered = _posted_actions(html, app.public_id, "/review/") & set(REVIEW_PAGE_ACTIONS)
        expected = {page for page, (_, action) in REVIEW_PAGE_ACTIONS.items() if action in available}
        assert offered == expected, (state, persona)
        assert bool(expected) or state not in (State.HUMAN_REVIEW, State.ENHANCED_SCRUTINY) or persona == "adam"
