"""The browser harness itself: a person signs in and sees their applications."""
import pytest

from tests.browser.conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_applicant_signs_in_and_sees_the_applications_page(page, alice):
    login(page, alice)
    assert page.get_by_role("heading", name="Applications").is_visible()
    assert alice.email in page.content()
