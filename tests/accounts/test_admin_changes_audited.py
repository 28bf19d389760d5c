"""Every change made through the Django admin is an audit event with the values before and after:
creating a user, granting staff or superuser status, adding a membership, editing an organisation."""
import re

import pytest
from django.contrib import admin
from django.urls import reverse

from accounts.models import Membership, Organization, User
from audit.models import AuditEvent
from tests.factories import make_organization, make_user


@pytest.fixture
def root(db):
    return User.objects.create_superuser("root@usecase-review.example", "a-long-admin-password-2026")


@pytest.fixture
def acme(db):
    return make_organization(name="Acme Logistics", type="commercial", country="DE")


NO_INLINE_ROWS = {"memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0",
                  "memberships-MIN_NUM_FORMS": "0", "memberships-MAX_NUM_FORMS": "1000"}


def _events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action).order_by("sequence"))


def _user_change_form(user: User, **changes) -> dict:
    data = {
        "email": user.email, "first_name": user.first_name, "last_name": user.last_name,
        "is_active": "on" if user.is_active else "", "groups": [g.pk for g in user.groups.all()],
        "is_staff": "on" if user.is_staff else "", "is_superuser": "on" if user.is_superuser else "",
        "last_login_0": "", "last_login_1": "", "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0", "memberships-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_creating_a_user_is_recorded_without_the_password(client, root):
    client.force_login(root)
    response = client.post(reverse("admin:accounts_user_add"), {
        "email": "new.reviewer@usecase-review.example", "password1": "Corr3ct-Horse-Battery", "password2":
        "Corr3ct-Horse-Battery", "usable_password": "true", **NO_INLINE_ROWS})
    assert response.status_code == 302, re.findall(r"errorlist[^<]*<li>([^<]*)", response.content.decode())
    [event] = _events("admin.added")
    assert event.actor == root
    assert event.data["model"] == "accounts.user" and event.data["object"] == "new.reviewer@usecase-review.example"
    assert event.data["changes"]["email"] == [None, "new.reviewer@usecase-review.example"]
    assert "Corr3ct-Horse-Battery" not in event.data_json


def test_granting_staff_and_superuser_status_is_recorded_with_before_and_after(client, root, acme):
    carol = make_user("carol@acme.example", roles=["applicant"])
    client.force_login(root)
    response = client.post(reverse("admin:accounts_user_change", args=[carol.pk]),
                           _user_change_form(carol, is_staff="on", is_superuser="on"))
    assert response.status_code == 302, re.findall(r"errorlist[^<]*<li>([^<]*)", response.content.decode())
    [event] = _events("admin.changed")
    assert event.data["object"] == carol.email
    assert (event.subject_kind, event.subject_public_id) == ("user", carol.public_id)  # found by for_subject
    assert event.data["changes"]["is_staff"] == [False, True]
    assert event.data["changes"]["is_superuser"] == [False, True]


def test_adding_a_membership_inline_is_recorded(client, root, acme):
    """A membership decides conflicts of interest: who may not review whom."""
    rita = make_user("rita@review.example", roles=["reviewer"])
    client.force_login(root)
    response = client.post(reverse("admin:accounts_user_change", args=[rita.pk]), _user_change_form(rita, **{
        "memberships-TOTAL_FORMS": "1", "memberships-0-organization": str(acme.pk), "memberships-0-user": str(rita.pk),
    }))
    assert response.status_code == 302, re.findall(r"errorlist[^<]*<li>([^<]*)", response.content.decode())
    assert Membership.objects.filter(user=rita, organization=acme).exists()
    [event] = [e for e in _events("admin.added") if e.data["model"] == "accounts.membership"]
    assert event.data["parent"] == rita.email
    assert event.data["changes"]["organization"] == [None, str(acme)]


def test_editing_an_organisation_is_recorded_with_before_and_after(client, root, acme):
    client.force_login(root)
    response = client.post(reverse("admin:accounts_organization_change", args=[acme.pk]), {
        "name": "Acme Logistics GmbH", "type": "commercial", "country": "AT", "region": "", "email_domain": "acme.example",
    })
    assert response.status_code == 302, re.findall(r"errorlist[^<]*<li>([^<]*)", response.content.decode())
    acme.refresh_from_db()
    assert acme.country == "AT"
    [event] = _events("admin.changed")
    assert event.data["changes"]["name"] == ["Acme Logistics", "Acme Logistics GmbH"]
    assert event.data["changes"]["country"] == ["DE", "AT"]


def test_deleting_through_the_admin_is_recorded(client, root):
    org = make_organization(name="Short-lived Ltd", type="commercial", country="FR")
    client.force_login(root)
    response = client.post(reverse("admin:accounts_organization_delete", args=[org.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Organization.objects.filter(pk=org.pk).exists()
    [event] = _events("admin.deleted")
    assert event.data["object"] == str(org)


def test_every_model_in_the_admin_is_covered():
    from config.admin_site import AuditTrailMixin

    uncovered = [model._meta.label for model, model_admin in admin.site._registry.items()
                 if not isinstance(model_admin, AuditTrailMixin)]
    assert uncovered == []
