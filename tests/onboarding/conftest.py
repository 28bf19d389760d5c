"""Fixtures for the organisation step: a sign-up through the real allauth pages, and invitations
sent through the service (with the email it sends)."""
import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.services import invitation_send

NEW_PASSWORD = "a-long-pass-phrase-42"


def link_in(message, pattern: str = r"https?://[^\s]+") -> str:
    found = re.search(pattern, message.body)
    assert found, f"no link in: {message.body}"
    return found.group(0)


def sign_up_and_verify(client, email: str):
    """Sign up through allauth, confirm through the emailed link, sign in; return the last response."""
    response = client.post(reverse("account_signup"), {"email": email, "password1": NEW_PASSWORD,
                                                       "password2": NEW_PASSWORD})
    assert response.status_code == 302, response.content.decode()[:2000]
    confirm_path = re.sub(r"^https?://[^/]+", "", link_in(mail.outbox[-1], r"https?://\S+/confirm-email/\S+"))
    client.post(confirm_path)
    return client.post(reverse("account_login"), {"login": email, "password": NEW_PASSWORD}, follow=True)


@pytest.fixture
def send_invitation(django_capture_on_commit_callbacks):
    """Invite someone as a member would, running the email that leaves after commit."""

    def send(*, organization, by, email):
        with django_capture_on_commit_callbacks(execute=True):
            return invitation_send(organization=organization, by=by, email=email)

    return send
