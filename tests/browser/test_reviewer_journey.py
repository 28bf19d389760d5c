"""A reviewer's day in the browser: recommend approval of a law-enforcement application with the
scrutiny checklist, fail to sign off one's own recommendation, a second reviewer signs off, and
the applicant reads the approval with its conditions. The audit log holds every step."""
import datetime

import pytest

from audit.models import AuditEvent
from reviews.states import State
from tests.browser.conftest import login
from tests.factories import RETROSPECTIVE_FR, facts_for
from tests.reviews.helpers import application_in_state, fresh

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONDITIONS = "Proof of concept only, 90 days; a trained examiner confirms every match."


def test_two_reviewers_approve_a_police_application_under_enhanced_scrutiny(browser, live_server, alice, northshire, rita, sam):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita,
                               facts=facts_for(northshire, **RETROSPECTIVE_FR))

    def new_page():
        context = browser.new_context(base_url=live_server.url)
        context.set_default_timeout(15_000)
        return context.new_page()

    # Reviewer one: the queue, then the application, then the checklist.
    page = new_page()
    login(page, rita)
    page.goto("/review/")
    page.click(f"text={app.reference}")
    assert page.get_by_text("law-enforcement-use").first.is_visible()
    assert page.locator("summary", has_text="Approve").count() == 0  # scrutiny required: no direct approval
    page.click("summary:has-text('Recommend approval')")
    for select in page.locator("select[name$='__answer']").all():
        select.select_option("satisfied")
    for note in page.locator("textarea[name$='__note']").all():
        note.fill("Documented in the force's impact assessment.")
    page.fill("textarea[name='recommend-rationale']", "Retrospective, controlled, examiner-confirmed matching.")
    page.fill("textarea[name='recommend-proposed_conditions']", CONDITIONS)
    page.click("details[open] button:has-text('Confirm')")
    page.wait_for_load_state("networkidle")
    assert "Enhanced scrutiny" in page.content()
    # ...and cannot sign off the recommendation herself.
    assert page.locator("summary", has_text="Sign off").count() == 0
    page.context.close()

    # Reviewer two signs off.
    page = new_page()
    login(page, sam)
    page.goto(f"/review/{app.public_id}/")
    page.click("summary:has-text('Sign off')")
    assert page.input_value("textarea[name='sign_off-conditions']") == CONDITIONS
    page.fill("textarea[name='sign_off-rationale']", "I concur: the safeguards are adequate for a pilot.")
    page.fill("input[name='sign_off-reverification_date']", (datetime.date.today() + datetime.timedelta(days=90)).isoformat())
    page.click("details[open] button:has-text('Confirm')")
    page.wait_for_load_state("networkidle")
    assert "Approved" in page.content()
    page.context.close()

    # The applicant reads the approval and its conditions.
    page = new_page()
    login(page, alice)
    page.goto(f"/applications/{app.public_id}/")
    body = page.content()
    assert "Approved" in body and CONDITIONS in body
    assert rita.email not in body and sam.email not in body
    page.context.close()

    actions = list(AuditEvent.objects.for_subject(app).values_list("action", "actor_label"))
    assert ("application.recommend_approval", rita.email) in actions
    assert ("application.sign_off", sam.email) in actions
    assert fresh(app).state == State.APPROVED
