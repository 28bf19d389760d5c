"""Reviewers, auditors and admins must enrol TOTP before they can use the app (production setting)."""
import pytest
from django.urls import reverse

from tests.factories import PASSWORD, make_user


@pytest.fixture
def require_mfa(settings):
    settings.REQUIRE_STAFF_MFA = True


@pytest.mark.parametrize("persona", ["rita", "audrey", "adam"])
def test_staff_without_totp_are_sent_to_enrol(client, require_mfa, persona, request):
    user = request.getfixturevalue(persona)
    client.login(email=user.email, password=PASSWORD)
    response = client.get(reverse("reviews:application_list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_applicants_are_not_asked_for_totp(client, require_mfa, alice):
    client.login(email=alice.email, password=PASSWORD)
    assert client.get(reverse("reviews:application_list")).status_code == 200


def test_staff_with_totp_get_in(client, require_mfa, rita):
    from allauth.mfa.models import Authenticator

    Authenticator.objects.create(user=rita, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.login(email=rita.email, password=PASSWORD)
    assert client.get(reverse("reviews:application_list")).status_code == 200


@pytest.mark.parametrize("flags", [{"is_superuser": True, "is_staff": True}, {"is_superuser": True}, {"is_staff": True}])
def test_django_staff_and_superusers_without_a_role_are_sent_to_enrol(client, db, require_mfa, flags):
    # Exactly the account the README's `createsuperuser` step makes: no role group at all.
    user = make_user("root@usecase-review.example", **flags)
    client.login(email=user.email, password=PASSWORD)
    for page in ("/admin/", reverse("reviews:application_list")):
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_activate_totp")


def test_a_superuser_with_totp_reaches_the_admin(client, db, require_mfa):
    from allauth.mfa.models import Authenticator

    user = make_user("root@usecase-review.example", is_superuser=True, is_staff=True)
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.login(email=user.email, password=PASSWORD)
    assert client.get("/admin/").status_code == 200
