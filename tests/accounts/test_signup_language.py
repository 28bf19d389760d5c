"""The language a person signs up in is saved on their account, and the emails allauth sends them
(verification, password reset) are written in it."""
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from accounts.models import User

PASS_PHRASE = "a-long-pass-phrase-42"


def sign_up(client, email: str, **headers):
    return client.post(reverse("account_signup"), {"email": email, "password1": PASS_PHRASE,
                                                   "password2": PASS_PHRASE}, **headers)


@pytest.mark.django_db
def test_the_language_of_the_sign_up_page_is_saved_and_verification_is_written_in_it(client):
    response = sign_up(client, "agente@policia-municipal.example", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")
    assert response.status_code == 302
    assert User.objects.get(email="agente@policia-municipal.example").language == "es"
    [message] = mail.outbox
    # allauth's own Spanish catalogue.
    with translation.override("es"):
        assert translation.gettext("Please Confirm Your Email Address") in message.subject
    assert message.subject != "[Use-Case Review] Please Confirm Your Email Address"


@pytest.mark.django_db
def test_someone_signing_up_in_english_gets_english(client):
    sign_up(client, "officer@northshire-police.example")
    assert User.objects.get(email="officer@northshire-police.example").language == "en"
    assert mail.outbox[0].subject == "[Use-Case Review] Please Confirm Your Email Address"


def test_a_password_reset_is_written_in_the_account_holders_language_not_the_pages(client, alice):
    User.objects.filter(pk=alice.pk).update(language="fr")
    client.post(reverse("account_reset_password"), {"email": alice.email}, HTTP_ACCEPT_LANGUAGE="de")
    [message] = mail.outbox
    with translation.override("fr"):
        assert translation.gettext("Password Reset Email") in message.subject
    assert message.subject != "[Use-Case Review] Password Reset Email"


def test_an_account_without_a_saved_language_is_written_to_in_english(client, alice):
    client.post(reverse("account_reset_password"), {"email": alice.email}, HTTP_ACCEPT_LANGUAGE="de")
    assert mail.outbox[0].subject == "[Use-Case Review] Password Reset Email"
