"""One sign-in for everyone: the Django admin's login page sends people to the site's, where
allauth asks for the TOTP code of those who enrolled one. A password alone never opens /admin/."""
import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.test import Client
from django.urls import reverse

from audit.models import AuditEvent
from tests.factories import PASSWORD

ADMIN_INDEX = "/admin/"


def current_code(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time

    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


@pytest.fixture
def adam_with_totp(adam):
    secret = generate_totp_secret()
    TOTP.activate(adam, secret)
    return adam, secret


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_the_admin_login_page_sends_people_to_the_sites_sign_in_keeping_next(client):
    response = client.get("/admin/login/?next=/admin/accounts/user/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/admin/accounts/user/"


@pytest.mark.django_db
def test_it_does_not_pass_on_a_next_to_another_site(client):
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response["Location"] == f"{reverse('account_login')}?next=/admin/"


@pytest.mark.django_db
def test_the_admins_own_password_form_signs_no_one_in(client, adam_with_totp):
    adam, _ = adam_with_totp
    response = client.post("/admin/login/?next=/admin/", {"username": adam.email, "password": PASSWORD,
                                                           "next": ADMIN_INDEX})
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert not signed_in(client)
    assert client.get(ADMIN_INDEX).status_code == 302
    assert not AuditEvent.objects.filter(action="user.signed_in").exists()


@pytest.mark.django_db
def test_staff_with_totp_reach_the_admin_only_after_the_code(client, adam_with_totp):
    adam, secret = adam_with_totp
    response = client.post(f"{reverse('account_login')}?next={ADMIN_INDEX}",
                           {"login": adam.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    assert not signed_in(client)
    response = client.get(ADMIN_INDEX)
    assert response.status_code == 302 and "/login/" in response["Location"]

    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302 and response["Location"] == ADMIN_INDEX
    assert client.get(ADMIN_INDEX).status_code == 200
    assert Authenticator.objects.filter(user=adam).exists()


@pytest.mark.django_db
def test_a_signed_in_person_without_admin_access_is_refused_not_looped(client, alice):
    client.login(email=alice.email, password=PASSWORD)
    assert client.get("/admin/login/?next=/admin/").status_code == 403


@pytest.mark.django_db
def test_signed_in_admin_staff_go_on_to_next(adam):
    client = Client()
    client.force_login(adam)
    response = client.get("/admin/login/?next=/admin/accounts/user/")
    assert response["Location"] == "/admin/accounts/user/"


@pytest.mark.django_db
def test_the_readmes_createsuperuser_account_confirms_its_address_then_must_enrol_totp(client, settings, monkeypatch):
    import re

    from django.core import mail
    from django.core.management import call_command

    settings.REQUIRE_STAFF_MFA = True
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command("createsuperuser", interactive=False, email="Root@UseCase-Review.example", verbosity=0)

    response = client.post(f"{reverse('account_login')}?next={ADMIN_INDEX}",
                           {"login": "root@usecase-review.example", "password": PASSWORD})
    assert response.status_code == 302 and not signed_in(client)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    client.post(link)
    assert signed_in(client)
    response = client.get(ADMIN_INDEX)
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")
