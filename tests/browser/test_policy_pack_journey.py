"""An admin uploads a jurisdiction pack in the browser, simulates it as a background job
(whose page shows the progress and then the result), and activates it; the next screening of a
San Francisco city department's face search is then denied by the pack, with its citation."""
import pytest
from django.conf import settings

from reviews.states import State
from screening.models import PolicyVersion
from tests.browser.conftest import login
from tests.factories import facts_for, make_organization, make_user
from tests.reviews.helpers import application_in_state

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PACK = (settings.BASE_DIR / "policies" / "packs" / "us-state-local.yaml").read_text(encoding="utf-8")


def test_an_admin_uploads_simulates_and_activates_a_pack(page, adam, rita):
    org = make_organization(name="San Francisco Department of Emergency Management", type="government",
                            country="US", subdivision="US-CA")
    sally = make_user("sally@sfgov.example", roles=["applicant"], organization=org)
    facts = facts_for(org, capabilities=["facial_recognition"],
                      facial_recognition={"mode": "retrospective", "sources": ["uploaded_images"],
                                          "environment": "controlled", "purpose": "Find a missing person."},
                      deployment={"countries": ["US"], "localities": ["San Francisco"]})
    before = application_in_state(State.HUMAN_REVIEW, applicant=sally, reviewer=rita, facts=facts)

    login(page, adam)
    page.goto("/policies/")
    page.click("text=Upload a draft")
    page.fill("textarea[name=source]", PACK)
    page.click("button:has-text('Check and store the draft')")
    assert page.locator("h1").inner_text() == (
        "Pack us-state-local-2026.1: United States: state and local facial-recognition law")
    assert page.get_by_role("link", name="San Francisco Administrative Code, chapter 19B").first.is_visible()

    page.click("button:has-text('Simulate in the background')")
    assert page.locator(".job-status").get_attribute("data-status") == "done"
    assert "1 of 1 application screened again" in page.locator(".job-status").inner_text()
    assert page.locator("#count-newly-denied").inner_text() == "1"
    assert before.reference in page.locator("table.simulation-changes").inner_text()

    page.click("button:has-text('Activate us-state-local-2026.1')")
    assert page.get_by_text("is now the active version of pack us-state-local").is_visible()
    assert PolicyVersion.objects.get(version="us-state-local-2026.1").is_active

    after = application_in_state(State.DENIED, applicant=sally, reviewer=rita, facts=facts)
    assert after.state == State.DENIED
    assert "us-sf-city-face-recognition" in after.latest_screening.rule_ids
