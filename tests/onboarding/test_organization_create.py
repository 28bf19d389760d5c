"""The first step after sign-up: a person with no organisation creates its profile and becomes its
first member with the applicant role."""
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import Membership, Organization
from audit.models import AuditEvent
from tests.factories import make_user
from tests.onboarding.conftest import sign_up_and_verify

START = reverse("accounts:organization_home")
CREATE = reverse("accounts:organization_create")
SPRINGFIELD = {"name": "Springfield Police Department", "type": "police_department", "country": "US",
               "region": "Illinois", "website": "https://www.springfield-pd.example/"}


@pytest.fixture
def newcomer(db):
    return make_user("officer@springfield-pd.example")


def test_it_leads_a_new_user_from_verification_to_the_organisation_step(client, db):
    response = sign_up_and_verify(client, "Officer@Springfield-PD.example")
    assert response.redirect_chain[-1][0] == START
    assert "Create your organisation" in response.content.decode()


def test_it_sends_a_signed_in_user_without_organisation_to_the_organisation_step(client, newcomer):
    client.force_login(newcomer)
    response = client.get(reverse("reviews:application_list"))
    assert response.status_code == 302 and response["Location"] == START


def test_staff_without_organisation_are_not_sent_there(client, rita):
    client.force_login(rita)
    assert client.get(reverse("reviews:application_list")).status_code == 200


def test_it_creates_the_organisation_with_the_creator_as_applicant_member(client, newcomer):
    client.force_login(newcomer)
    response = client.post(CREATE, SPRINGFIELD)
    organization = Organization.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:organization_detail", args=[organization.public_id])
    assert (organization.name, organization.type, organization.country, organization.region) == (
        "Springfield Police Department", "police_department", "US", "Illinois")
    assert organization.email_domain == "springfield-pd.example"
    assert Membership.objects.filter(user=newcomer, organization=organization).exists()
    assert newcomer.groups.filter(name="applicant").exists()
    event = AuditEvent.objects.get(action="organization.created")
    assert event.actor == newcomer
    assert event.data["organization"] == organization.public_id
    assert event.data["country"] == "US" and event.data["email_domain"] == "springfield-pd.example"


def test_the_new_member_can_open_the_application_form_with_the_profile_filled_in(client, newcomer):
    client.force_login(newcomer)
    client.post(CREATE, SPRINGFIELD)
    response = client.get(reverse("reviews:application_new"))
    assert response.status_code == 200
    profile = response.context["organization"]
    assert (profile.name, profile.country) == ("Springfield Police Department", "US")
    assert "<dd>Springfield Police Department</dd>" in response.content.decode()


@pytest.mark.parametrize("field, value, message", [
    ("name", "", "This field is required."),
    ("name", "   ", "This field is required."),
    ("type", "", "This field is required."),
    ("type", "space_agency", "Select a valid choice."),
    ("country", "", "This field is required."),
    ("country", "XX", "Choose a country from the list."),
    ("country", "United States", "Choose a country from the list."),
    ("region", "r" * 201, "Ensure this value has at most 200 characters"),
])
def test_bad_input_comes_back_with_a_message_next_to_the_field(client, newcomer, field, value, message):
    client.force_login(newcomer)
    response = client.post(CREATE, {**SPRINGFIELD, field: value})
    assert response.status_code == 422
    assert any(message in error for error in response.context["form"].errors[field])
    # The rest of what was typed comes back.
    assert all(response.context["form"][other].value() == typed for other, typed in SPRINGFIELD.items() if other != field)
    assert not Organization.objects.exists()
    assert not Membership.objects.filter(user=newcomer).exists()


@pytest.mark.parametrize("typed, stored", [("us", "US"), (" gb ", "GB"), ("UK", "GB")])
def test_the_country_code_is_forgiving_about_case_and_common_slips(client, newcomer, typed, stored):
    client.force_login(newcomer)
    client.post(CREATE, {**SPRINGFIELD, "country": typed})
    assert Organization.objects.get().country == stored


def test_markup_in_the_name_is_shown_as_text(client, newcomer):
    client.force_login(newcomer)
    response = client.post(CREATE, {**SPRINGFIELD, "name": "<script>alert(1)</script>"}, follow=True)
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_a_member_of_one_organisation_is_taken_to_its_profile(client, alice, northshire):
    client.force_login(alice)
    response = client.get(START)
    assert response["Location"] == reverse("accounts:organization_detail", args=[northshire.public_id])


def test_anonymous_visitors_are_asked_to_sign_in(client, db):
    response = client.get(START)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_the_applicant_role_is_not_granted_twice(client, alice):
    client.force_login(alice)
    client.post(CREATE, {**SPRINGFIELD, "name": "Northshire Fraud Unit"})
    assert alice.groups.filter(name="applicant").count() == 1
    assert Group.objects.get(name="applicant").user_set.filter(pk=alice.pk).count() == 1
    assert alice.memberships.count() == 2
