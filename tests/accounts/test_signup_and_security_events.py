"""Sign-up needs an organisational address; sign-ins, failures, sign-ups and role changes are audited."""
import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from accounts.models import User
from audit.models import AuditEvent
from tests.factories import PASSWORD


def signup(client, email):
    return client.post(reverse("account_signup"), {"email": email, "password1": "a-long-pass-phrase-42", "password2": "a-long-pass-phrase-42"})


@pytest.mark.django_db
@pytest.mark.parametrize("email", ["someone@gmail.com", "Someone@Hotmail.co.uk", "x@proton.me", "y@yahoo.com"])
def test_it_refuses_free_mail_addresses_with_a_clear_message(client, email):
    response = signup(client, email)
    assert response.status_code == 200
    assert "Please use your work address" in response.content.decode()
    assert not User.objects.filter(email__iexact=email).exists()


@pytest.mark.django_db
def test_it_signs_up_with_a_work_address_and_sends_a_verification_email(client):
    response = signup(client, "Officer@Northshire-Police.example")
    assert response.status_code == 302
    user = User.objects.get(email="officer@northshire-police.example")
    assert len(mail.outbox) == 1 and "officer@northshire-police.example" in mail.outbox[0].to
    event = AuditEvent.objects.get(action="user.signed_up")
    assert event.actor == user


@pytest.mark.django_db
def test_it_records_sign_in_and_failed_sign_in(client, alice):
    client.post(reverse("account_login"), {"login": alice.email, "password": "wrong-password"})
    failed = AuditEvent.objects.get(action="user.sign_in_failed")
    assert failed.data["login"] == alice.email and "password" not in failed.data_json
    client.post(reverse("account_login"), {"login": alice.email, "password": PASSWORD})
    assert AuditEvent.objects.filter(action="user.signed_in", actor=alice).count() == 1


@pytest.mark.django_db
def test_it_records_role_changes_with_who_made_them(client, adam, carol):
    carol.groups.add(Group.objects.get(name="reviewer"))
    event = AuditEvent.objects.filter(action="user.roles_changed").last()
    assert event.data["user"] == carol.email
    assert event.data["change"] == "added" and event.data["roles"] == ["reviewer"]
    assert event.data["roles_now"] == ["applicant", "reviewer"]
