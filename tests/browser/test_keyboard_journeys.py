"""Keyboard-only journeys (issue 14, acceptance 2): an applicant submits an application and a
reviewer takes the next item from the queue and denies it, with Tab, Shift+Tab, Enter, Space and
the arrow keys only. Focus stays visible at every stop, and a form's errors are announced and
linked to their fields."""
import pytest
from playwright.sync_api import expect

from reviews.models import Application
from reviews.states import State
from tests.browser.conftest import login
from tests.browser.keyboard import assert_focus_visible, focused_matches, press_and_wait, tab_to, type_into
from tests.factories import facts_for
from tests.reviews.helpers import application_in_state, fresh

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_applicant_submits_an_application_with_the_keyboard_only(page, carol, acme):
    login(page, carol)
    page.goto("/")
    tab_to(page, "a.skip-link")  # the first stop of every page
    page.keyboard.press("Enter")
    assert focused_matches(page, "main")
    tab_to(page, "a[href='/applications/']")
    press_and_wait(page, "Enter")
    tab_to(page, "a[href='/applications/new/']")
    press_and_wait(page, "Enter")
    expect(page.get_by_role("heading", name="New application", exact=True)).to_be_visible()

    type_into(page, "#id_title", "Translate witness statements")
    # Leave the description empty, and submit: Space on the submit button.
    tab_to(page, "button[name=action][value=submit]")
    press_and_wait(page, "Space")

    # The errors: a summary at the top, announced and focused, whose link leads to the field.
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    assert summary.get_attribute("role") == "alert"
    assert focused_matches(page, "[data-error-summary]")
    assert_focus_visible(page)
    tab_to(page, "[data-error-summary] a[href='#id_description']")
    page.keyboard.press("Enter")
    assert focused_matches(page, "#id_description")
    description = page.locator("#id_description")
    assert description.get_attribute("aria-invalid") == "true"
    error_id = "id_description_error"
    assert error_id in description.get_attribute("aria-describedby").split()
    expect(page.locator(f"#{error_id}")).to_contain_text("This field is required.")
    page.keyboard.type("Machine translation of witness statements in Polish and Romanian into German, "
                       "checked by a sworn translator before use in court.")

    # Back up with Shift+Tab to the title, to see it kept; then on to the capabilities.
    tab_to(page, "#id_title", backwards=True)
    assert page.input_value("#id_title") == "Translate witness statements"
    tab_to(page, "input[name=capabilities][value=translation]")
    page.keyboard.press("Space")
    for name in ("attest_accurate", "attest_no_us_police_fr", "attest_code_of_conduct"):
        tab_to(page, f"input[name={name}]")
        page.keyboard.press("Space")
    tab_to(page, "button[name=action][value=submit]")
    press_and_wait(page, "Enter")

    application = Application.objects.get(title="Translate witness statements")
    assert application.state != State.DRAFT, page.locator("main").inner_text()
    assert page.url.endswith(f"/applications/{application.public_id}/")


def test_a_reviewer_takes_the_next_application_and_denies_it_with_the_keyboard_only(page, carol, acme, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita, facts=facts_for(acme))
    login(page, rita)
    page.goto("/review/")
    tab_to(page, "button:has-text('Take next')")
    press_and_wait(page, "Enter")
    assert page.url.endswith(f"/review/{app.public_id}/")

    # Open "Deny" (a <summary>: Enter toggles it), confirm without a reason: the errors.
    tab_to(page, "summary:has-text('Deny')")
    page.keyboard.press("Enter")
    type_into(page, "#id_deny-rationale", "The use is outside the service's scope.")
    tab_to(page, "details[open] form[action$='/deny/'] button[type=submit]")
    press_and_wait(page, "Enter")
    assert focused_matches(page, "[data-error-summary]")
    tab_to(page, "[data-error-summary] a[href='#id_deny-reasons']")
    page.keyboard.press("Enter")
    assert focused_matches(page, "#id_deny-reasons")
    assert page.locator("#id_deny-reasons").get_attribute("aria-invalid") == "true"
    assert page.input_value("#id_deny-rationale") == "The use is outside the service's scope."
    page.keyboard.type("Translating statements for court is not a use this service supports.")
    tab_to(page, "details[open] form[action$='/deny/'] button[type=submit]")
    press_and_wait(page, "Enter")

    assert fresh(app).state == State.DENIED
