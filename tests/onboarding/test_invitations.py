"""Members invite colleagues by email; the invitee signs up or signs in with that address and joins.
An invitation is for one address, is used once and expires after 14 days."""
import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.invitations import Invitation
from accounts.models import Membership, User
from accounts.services import InvitationRefused, invitation_accept
from audit.models import AuditEvent
from tests.factories import make_user
from tests.onboarding.conftest import link_in, sign_up_and_verify

DAVE = "dave@northshire-police.example"


def invite_url(org):
    return reverse("accounts:invitation_send", args=[org.public_id])


def accept_url(invitation):
    return reverse("accounts:invitation_accept", args=[invitation.token])


def test_a_member_invites_a_colleague_who_receives_the_link_by_email(client, alice, northshire,
                                                                      django_capture_on_commit_callbacks):
    client.force_login(alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(invite_url(northshire), {"email": "Dave@Northshire-Police.example"})
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.organization, invitation.invited_by) == (DAVE, northshire, alice)
    assert invitation.expires_at - timezone.now() > datetime.timedelta(days=13, hours=23)
    assert invitation.expires_at - timezone.now() <= datetime.timedelta(days=14)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [DAVE]
    assert "Northshire Police" in mail.outbox[0].subject
    assert link_in(mail.outbox[0]).endswith(accept_url(invitation))
    event = AuditEvent.objects.get(action="invitation.sent")
    assert event.actor == alice and event.data["email"] == DAVE
    assert invitation.token not in event.data_json  # the link is a credential: it stays out of the log


def test_a_non_member_cannot_invite(client, carol, northshire):
    client.force_login(carol)
    assert client.post(invite_url(northshire), {"email": "eve@acme-logistics.example"}).status_code == 404
    assert not Invitation.objects.exists() and not mail.outbox


def test_a_signed_out_visitor_cannot_invite(client, northshire):
    response = client.post(invite_url(northshire), {"email": DAVE})
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert not Invitation.objects.exists()


@pytest.mark.parametrize("email, message", [
    ("", "This field is required."),
    ("not-an-address", "Enter a valid email address."),
    ("dave@gmail.com", "Invite a work address"),
    ("bob@northshire-police.example", "already a member"),
])
def test_an_address_that_cannot_be_invited_is_refused_next_to_the_field(client, alice, bob, northshire, email, message):
    client.force_login(alice)
    response = client.post(invite_url(northshire), {"email": email})
    assert response.status_code == 422
    assert any(message in error for error in response.context["invitation_form"].errors["email"])
    assert not Invitation.objects.exists()


def test_the_invitee_signs_up_with_the_invited_address_and_joins(client, alice, northshire, send_invitation):
    invitation = send_invitation(organization=northshire, by=alice, email=DAVE)
    response = sign_up_and_verify(client, DAVE)
    # Signed in with no organisation: the organisation step offers the invitation.
    assert response.redirect_chain[-1][0] == reverse("accounts:organization_home")
    assert "Join Northshire Police" in response.content.decode()

    response = client.post(accept_url(invitation))
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:organization_detail", args=[northshire.public_id])
    dave = User.objects.get(email=DAVE)
    assert Membership.objects.filter(user=dave, organization=northshire).exists()
    assert dave.groups.filter(name="applicant").exists()
    invitation.refresh_from_db()
    assert invitation.accepted_by == dave and invitation.accepted_at is not None
    event = AuditEvent.objects.get(action="invitation.accepted")
    assert event.actor == dave and event.data["invited_by"] == alice.email
    # ...and now sees the organisation's applications.
    assert client.get(reverse("reviews:application_list")).status_code == 200


def test_an_invited_person_who_already_has_an_account_joins_from_the_link(client, alice, carol, acme,
                                                                          send_invitation):
    invitation = send_invitation(organization=acme, by=carol, email=alice.email)
    client.force_login(alice)
    page = client.get(accept_url(invitation))
    assert page.status_code == 200 and "Join Acme Logistics" in page.content.decode()
    client.post(accept_url(invitation))
    assert set(alice.organizations.values_list("name", flat=True)) == {"Northshire Police", "Acme Logistics"}


def test_an_invitation_for_another_address_cannot_be_used(client, alice, carol, northshire, send_invitation):
    invitation = send_invitation(organization=northshire, by=alice, email=DAVE)
    client.force_login(carol)
    page = client.get(accept_url(invitation))
    assert page.status_code == 403
    assert "sent to a different email address" in page.content.decode()
    assert "Northshire" not in page.content.decode().split("<main", 1)[1]
    response = client.post(accept_url(invitation))
    assert response.status_code == 403
    assert not Membership.objects.filter(user=carol, organization=northshire).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert not AuditEvent.objects.filter(action="invitation.accepted").exists()


def test_an_unverified_address_does_not_count(client, alice, northshire, send_invitation):
    from allauth.account.models import EmailAddress

    dave = make_user(DAVE)
    EmailAddress.objects.filter(user=dave).update(verified=False)
    invitation = send_invitation(organization=northshire, by=alice, email=DAVE)
    client.force_login(dave)
    assert client.post(accept_url(invitation)).status_code == 403
    assert not Membership.objects.filter(user=dave).exists()


def test_an_expired_invitation_is_refused(client, alice, northshire, send_invitation):
    invitation = send_invitation(organization=northshire, by=alice, email=DAVE)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    dave = make_user(DAVE)
    client.force_login(dave)
    response = client.post(accept_url(invitation))
    assert response.status_code == 403 and "has expired" in response.content.decode()
    assert not Membership.objects.filter(user=dave).exists()
    # An expired invitation is no longer offered on the organisation step either.
    assert "Join Northshire Police" not in client.get(reverse("accounts:organization_home")).content.decode()


def test_an_invitation_is_accepted_once(client, alice, northshire, send_invitation):
    invitation = send_invitation(organization=northshire, by=alice, email=DAVE)
    dave = make_user(DAVE)
    invitation_accept(invitation=invitation, by=dave)
    with pytest.raises(InvitationRefused) as refused:
        invitation_accept(invitation=invitation, by=dave)
    assert refused.value.reason == "used"
    assert AuditEvent.objects.filter(action="invitation.accepted").count() == 1
    # Following the link again just leads to the organisation.
    client.force_login(dave)
    response = client.post(accept_url(invitation))
    assert response["Location"] == reverse("accounts:organization_detail", args=[northshire.public_id])


def test_an_unknown_token_gives_404(client, alice):
    client.force_login(alice)
    assert client.get(reverse("accounts:invitation_accept", args=["no-such-token"])).status_code == 404


def test_members_see_invitations_not_yet_accepted(client, alice, bob, northshire, send_invitation):
    send_invitation(organization=northshire, by=alice, email=DAVE)
    client.force_login(bob)
    body = client.get(reverse("accounts:organization_detail", args=[northshire.public_id])).content.decode()
    assert DAVE in body
    assert not re.search(r"/organisation/join/", body)  # the link itself is only in the invitee's email
