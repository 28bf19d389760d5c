"""An applicant's first visit in the browser (issue 4, acceptance 1): an officer of a US police
department signs up on the real sign-up page, verifies the address from the email, creates the
organisation, fills the application form declaring real-time facial recognition on body-worn
cameras, is told next to the field what is missing, fixes it, attests, submits, and reads on the
status page that it was denied and why, without leaving the site. Screening runs in-process: the
test settings run Celery eagerly, and the submit's on-commit hook fires in the live server."""
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import Organization
from audit.models import AuditEvent
from reviews.models import Application
from reviews.states import State
from tests.browser.conftest import confirmation_path

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "j.rivera@springfield-pd.example"
PASSWORD = "Patrol-shift-2026!"



def test_a_us_police_officer_declaring_facial_recognition_reads_the_denial_in_one_visit(page):
    # Sign up on the real page, then verify the address from the email.
    page.goto("/accounts/signup/")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.click("form button[type=submit]")
    expect(page.get_by_role("heading", name=re.compile("Verify Your Email Address", re.I))).to_be_visible()
    assert mail.outbox[-1].to == [EMAIL]

    page.goto(confirmation_path())
    page.click("form button[type=submit]")  # "Confirm": signs the officer in, in the same browser

    # No organisation yet: the organisation step, where the officer creates its profile.
    expect(page.get_by_role("heading", name="Your organisation", exact=True)).to_be_visible()
    assert page.url.endswith("/organisation/")
    page.fill("input[name=name]", "Springfield Police Department")
    page.select_option("select[name=type]", "police_department")
    page.select_option("select[name=country]", "US")
    page.fill("input[name=region]", "Illinois")
    page.fill("input[name=subdivision]", "US-IL")
    page.fill("input[name=website]", "https://www.springfield-pd.example/")
    page.click("button:has-text('Create the organisation')")
    expect(page.get_by_role("heading", name="Springfield Police Department", exact=True)).to_be_visible()
    organization = Organization.objects.get(name="Springfield Police Department")
    assert (organization.type, organization.country, organization.email_domain) == (
        "police_department", "US", "springfield-pd.example")

    # The application form, with the organisation already filled in.
    page.click("main >> text=New application")
    expect(page.get_by_role("heading", name="New application", exact=True)).to_be_visible()
    expect(page.locator("#organisation-profile")).to_contain_text("Springfield Police Department")
    expect(page.locator("#organisation-profile")).to_contain_text("Police department (municipal")
    page.fill("input[name=title]", "Identify wanted persons on patrol")
    details = page.locator("#facial-recognition")
    expect(details).to_be_hidden()  # shown only once facial recognition is chosen
    page.check("input[name=capabilities][value=facial_recognition]")
    expect(details).to_be_visible()
    page.check("input[name=fr_mode][value=realtime]")
    page.check("input[name=fr_sources][value=body_worn]")
    page.check("input[name=fr_environment][value=uncontrolled]")
    page.fill("textarea[name=fr_purpose]", "Match faces seen by officers' body-worn cameras against wanted persons.")

    # First submit without a description: the message is next to that field, the rest is kept.
    page.click("button[name=action][value=submit]")
    description_field = page.locator(".field.has-error", has=page.locator("textarea[name=description]"))
    expect(description_field).to_contain_text("This field is required.")
    expect(page.locator(".messages")).to_contain_text("not complete yet")
    assert page.input_value("input[name=title]") == "Identify wanted persons on patrol"
    assert page.is_checked("input[name=fr_sources][value=body_worn]")

    # Fix it, attest, submit.
    page.fill("textarea[name=description]", "Patrol officers wear cameras that flag people on our wanted list in "
                                            "real time, so they can approach and identify them on the street.")
    for name in ("attest_accurate", "attest_no_us_police_fr", "attest_code_of_conduct"):
        page.check(f"input[name={name}]")
    page.click("button[name=action][value=submit]")

    # Screened during the submit: the status page says "denied", with the reasons in plain words.
    status = page.locator(".status-box")
    expect(status.locator(".state")).to_have_text("Denied", timeout=15_000)
    reasons = status.locator("ul.reasons li")
    expect(reasons.first).to_be_visible()
    reasons_text = " ".join(reasons.all_inner_texts())
    assert "by or for a police department in the United States" in reasons_text
    assert "real-time facial recognition on mobile cameras" in reasons_text

    application = Application.objects.get(organization=organization)
    assert application.state == State.DENIED
    assert page.url.endswith(f"/applications/{application.public_id}/")
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"user.signed_up", "organization.created", "application.submit", "application.auto_deny"} <= actions
