"""allauth's pages and emails address people as the rest of the site does: German "Sie" and
Spanish "usted", where allauth's own catalogues say "du" and "tú" (locale_overrides/)."""
import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.accounts.test_signup_language import sign_up


def _page(client, name: str, language: str) -> str:
    response = client.get(reverse(name), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_german_sign_in_and_password_reset_pages_say_sie(client):
    sign_in = _page(client, "account_login", "de")
    assert "Falls Sie noch kein Konto haben" in sign_in and "Du hast noch kein Konto" not in sign_in
    reset = _page(client, "account_reset_password", "de")
    assert "Geben Sie unten Ihre E-Mail-Adresse ein" in reset and "Gib deine E-Mail-Adresse" not in reset


def test_the_german_password_reset_email_says_sie(client, alice):
    User.objects.filter(pk=alice.pk).update(language="de")
    client.post(reverse("account_reset_password"), {"email": alice.email})
    [message] = mail.outbox
    assert "Sie erhalten diese E-Mail, weil Sie oder eine andere Person" in message.body
    assert "Du erhältst" not in message.body


@pytest.mark.django_db
def test_the_spanish_confirmation_email_says_usted(client):
    sign_up(client, "agente@policia-municipal.example", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")
    [message] = mail.outbox
    assert "Recibe este correo electrónico porque el usuario" in message.body
    assert "Estás recibiendo" not in message.body and "vete a" not in message.body
