"""Acceptance (issue: screening that cannot be talked around): a member of a US police department
cannot get a facial-recognition application screened as anything but a US police department's,
whatever they type — even fields forged into the page's form are ignored."""
import pytest
from playwright.sync_api import expect

from reviews.models import Application
from reviews.states import State
from tests.browser.conftest import login
from tests.factories import make_organization, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FORGED = {"org_name": "Harmless Analytics GmbH", "org_type": "commercial", "org_country": "DE",
          "org_region": "Bavaria", "organization": "not-an-organisation"}


def test_a_us_police_member_cannot_apply_as_anyone_else(page):
    springfield = make_organization(name="Springfield Police Department", type="police_department", country="US",
                                    website="https://www.springfield-pd.example/")
    officer = make_user("officer@springfield-pd.example", roles=["applicant"], organization=springfield)
    login(page, officer)
    page.goto("/applications/new/")
    # Who applies is shown from the profile, not offered as fields...
    expect(page.locator("#organisation-profile")).to_contain_text("Springfield Police Department")
    assert page.locator("input[name=org_type], select[name=org_type]").count() == 0
    # ...and what a crafty applicant adds to the form by hand is ignored.
    page.evaluate("""forged => {
        const form = document.querySelector('form.application-form') || document.querySelector('main form');
        for (const [name, value] of Object.entries(forged)) {
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = name; input.value = value;
            form.appendChild(input);
        }
    }""", FORGED)
    page.fill("input[name=title]", "Back-office face search")
    page.fill("textarea[name=description]", "Analysts compare photos from closed cases with our archive, "
                                            "in the office, to find earlier records.")
    page.check("input[name=capabilities][value=facial_recognition]")
    page.check("input[name=fr_mode][value=retrospective]")
    page.check("input[name=fr_sources][value=uploaded_images]")
    page.check("input[name=fr_environment][value=controlled]")
    page.fill("textarea[name=fr_purpose]", "Find earlier records of people in closed case files.")
    for name in ("attest_accurate", "attest_no_us_police_fr", "attest_code_of_conduct"):
        page.check(f"input[name={name}]")
    page.click("button[name=action][value=submit]")

    status = page.locator(".status-box")
    expect(status.locator(".state")).to_have_text("Denied", timeout=15_000)
    assert "by or for a police department in the United States" in " ".join(
        status.locator("ul.reasons li").all_inner_texts())
    application = Application.objects.get(created_by=officer)
    assert application.state == State.DENIED
    organization = application.latest_screening.facts["organization"]
    assert (organization["name"], organization["type"], organization["country"]) == (
        "Springfield Police Department", "police_department", "US")
    assert "us-police-facial-recognition" in application.matched_rule_ids
