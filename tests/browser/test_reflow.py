"""Reflow (WCAG 1.4.10) and 200 % zoom (1.4.4): the main pages of every role at 320 CSS pixels
wide, and at a 1280-pixel window zoomed to 200 % (640 CSS pixels at a device scale of 2), never
scroll the page sideways. A wide table may scroll inside its own container."""
import pytest
from django.urls import reverse

from reviews.states import State
from tests.browser.conftest import login
from tests.factories import REALTIME_BODYCAM_FR, RETROSPECTIVE_FR, facts_for
from tests.reviews.helpers import application_in_state

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = {
    "320 px": {"viewport": {"width": 320, "height": 640}},
    "200 % zoom": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}


def overflowing_pages(browser, live_server, user, urls) -> list[str]:
    found = []
    for label, options in VIEWPORTS.items():
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(15_000)
        page = context.new_page()
        if user is not None:
            login(page, user)
        for url in urls:
            page.goto(url)
            widths = page.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
            if widths[0] > widths[1]:
                culprits = page.evaluate("""() => [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > document.scrollingElement.clientWidth + 1
                                  && !el.closest('.table-scroll'))
                    .slice(0, 4).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''))""")
                found.append(f"{label} {url}: scrollWidth {widths[0]} > {widths[1]} ({', '.join(culprits)})")
        context.close()
    return found


def test_public_pages_reflow(browser, live_server):
    urls = [reverse(name) for name in ("home", "account_login", "account_signup", "public:transparency", "public:register")]
    assert not overflowing_pages(browser, live_server, None, urls)


def test_applicant_pages_reflow(browser, live_server, alice, northshire, rita):
    denied = application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                                  facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    urls = [reverse("reviews:application_list"), reverse("reviews:application_new"),
            reverse("reviews:application_detail", args=[denied.public_id]),
            reverse("accounts:organization_detail", args=[northshire.public_id])]
    assert not overflowing_pages(browser, live_server, alice, urls)


def test_reviewer_and_auditor_pages_reflow(browser, live_server, alice, northshire, rita, audrey):
    in_review = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita,
                                     facts=facts_for(northshire, **RETROSPECTIVE_FR))
    denied = application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                                  facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    assert not overflowing_pages(browser, live_server, rita, [
        reverse("reviews:queue"), reverse("reviews:review", args=[in_review.public_id])])
    assert not overflowing_pages(browser, live_server, audrey, [
        reverse("oversight:dashboard"), reverse("audit:log"), reverse("oversight:record", args=[denied.public_id]),
        reverse("policies:list")])
