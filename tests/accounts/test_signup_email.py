"""The emails allauth sends carry the product's name, not the host the request came in on."""
import pytest
from django.core import mail
from django.urls import reverse


@pytest.mark.django_db
def test_the_verification_email_is_from_use_case_review(client):
    client.post(reverse("account_signup"), {"email": "officer@northshire-police.example",
                                            "password1": "a-long-pass-phrase-42", "password2": "a-long-pass-phrase-42"})
    message = mail.outbox[0]
    assert message.subject.startswith("[Use-Case Review] ")
    assert "Hello from Use-Case Review!" in message.body
    assert "testserver" not in message.subject and "Hello from testserver" not in message.body
