"""Members see and edit their organisation's profile; nobody else can even tell it exists."""
import pytest
from django.urls import reverse

from accounts.models import Organization
from audit.models import AuditEvent


def detail(org):
    return reverse("accounts:organization_detail", args=[org.public_id])


def edit(org):
    return reverse("accounts:organization_edit", args=[org.public_id])


PROFILE = {"name": "Northshire Constabulary", "type": "police_department", "country": "GB", "region": "North",
           "registry_id": "NSC-0042"}


def test_a_member_sees_the_profile_and_the_members(client, alice, bob, northshire):
    client.force_login(alice)
    body = client.get(detail(northshire)).content.decode()
    assert "Northshire Police" in body
    assert alice.email in body and bob.email in body


def test_a_member_edits_the_profile_and_the_change_is_audited(client, alice, northshire):
    client.force_login(alice)
    response = client.post(edit(northshire), PROFILE)
    assert response.status_code == 302 and response["Location"] == detail(northshire)
    northshire.refresh_from_db()
    assert (northshire.name, northshire.region) == ("Northshire Constabulary", "North")
    event = AuditEvent.objects.get(action="organization.updated")
    assert event.actor == alice
    assert event.data["changes"] == {"name": ["Northshire Police", "Northshire Constabulary"], "region": ["", "North"],
                                     "registry_id": ["", "NSC-0042"]}


def test_saving_without_a_change_writes_no_event(client, alice, northshire):
    Organization.objects.filter(pk=northshire.pk).update(website="https://www.northshire.example/")
    client.force_login(alice)
    client.post(edit(northshire), {"name": northshire.name, "type": northshire.type, "country": "GB", "region": "",
                                   "website": "https://www.northshire.example/"})
    assert not AuditEvent.objects.filter(action="organization.updated").exists()


def test_bad_input_keeps_the_profile_and_says_what_is_wrong(client, alice, northshire):
    client.force_login(alice)
    response = client.post(edit(northshire), {**PROFILE, "country": "ZZ", "type": ""})
    assert response.status_code == 422
    errors = response.context["form"].errors
    assert "Choose a country from the list." in errors["country"] and "type" in errors
    assert response.context["form"]["name"].value() == "Northshire Constabulary"
    northshire.refresh_from_db()
    assert northshire.name == "Northshire Police"


@pytest.mark.parametrize("view", [detail, edit])
def test_a_non_member_gets_404(client, carol, northshire, view):
    client.force_login(carol)
    assert client.get(view(northshire)).status_code == 404
    assert client.post(edit(northshire), PROFILE).status_code == 404
    northshire.refresh_from_db()
    assert northshire.name == "Northshire Police"


def test_a_reviewer_in_no_organisation_gets_404(client, rita, northshire):
    client.force_login(rita)
    assert client.get(detail(northshire)).status_code == 404
