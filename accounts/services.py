"""What people do with organisations: create one, edit its profile, invite colleagues, accept an
invitation. Each function is one user action in one transaction and writes its audit event."""
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from accounts.freemail import InvalidEmail, email_domain, is_free_mail, normalize_email
from accounts.invitations import INVITATION_VALID_DAYS, Invitation
from accounts.models import Membership, Organization, User
from audit.events import AuditEventType
from audit.services import audit_event_record

PROFILE_FIELDS = ("name", "type", "country", "region")


class InvitationRefused(Exception):
    """The invitation cannot be used (by this person, or any more); `message` says why, in plain words."""

    def __init__(self, message: str, *, reason: str):
        super().__init__(message)
        self.message = message
        self.reason = reason


class InvitationInvalid(Exception):
    """The address cannot be invited; `message` is shown next to the email field."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def email_domain_of(email: str) -> str:
    return email_domain(email)


def _join(*, user: User, organization: Organization) -> Membership:
    """Make the user a member with the applicant role (the role a member needs to apply)."""
    membership, _ = Membership.objects.get_or_create(user=user, organization=organization)
    if not roles.is_applicant(user):
        user.groups.add(Group.objects.get(name=roles.APPLICANT))
    roles.forget_cached_roles(user)
    return membership


def _profile(organization: Organization) -> dict:
    return {field: getattr(organization, field) for field in PROFILE_FIELDS}


def organization_create(*, by: User, name: str, type: str, country: str, region: str = "") -> Organization:
    """Create an organisation profile; its creator becomes its first member."""
    with transaction.atomic(durable=True):
        organization = Organization.objects.create(
            name=name.strip(), type=type, country=country, region=region.strip(),
            email_domain=email_domain_of(by.email),
        )
        _join(user=by, organization=organization)
        audit_event_record(
            action=AuditEventType.ORGANIZATION_CREATED, actor=by, subject=organization,
            data={"organization": organization.public_id, "email_domain": organization.email_domain,
                  **_profile(organization)},
        )
    return organization


def organization_update(*, organization: Organization, by: User, name: str, type: str, country: str,
                        region: str = "") -> Organization:
    """Change the profile; only members may, and the audit event records what changed."""
    with transaction.atomic(durable=True):
        organization = Organization.objects.select_for_update().get(pk=organization.pk)
        if not Membership.objects.filter(user=by, organization=organization).exists():
            raise PermissionDenied("Only members can change the organisation's profile.")
        before = _profile(organization)
        organization.name, organization.type = name.strip(), type
        organization.country, organization.region = country, region.strip()
        organization.save()
        after = _profile(organization)
        changes = {field: [before[field], after[field]] for field in PROFILE_FIELDS if before[field] != after[field]}
        if changes:
            audit_event_record(action=AuditEventType.ORGANIZATION_UPDATED, actor=by, subject=organization,
                               data={"organization": organization.public_id, "changes": changes})
    return organization


def invitation_link(invitation: Invitation) -> str:
    return f"{settings.SITE_URL}{reverse('accounts:invitation_accept', args=[invitation.token])}"


def _send_invitation_email(invitation: Invitation, inviter: User) -> None:
    organization = invitation.organization
    body = "\n".join([
        f"{inviter.display_name} invited you to join {organization.name} on Use-Case Review, where",
        "organisations apply for access to the AI service for a stated use case.",
        "",
        "To join, open this link and sign up (or sign in) with this email address:",
        invitation_link(invitation),
        "",
        f"The invitation can be used once and expires on {invitation.expires_at:%d %B %Y}.",
        "If you did not expect it, you can ignore this email.",
    ])
    send_mail(f"Join {organization.name} on Use-Case Review", body, None, [invitation.email])


def invitation_send(*, organization: Organization, by: User, email: str) -> Invitation:
    """Invite a colleague by email; only members may. The email leaves once the invitation is saved."""
    try:
        email = normalize_email(email)
    except InvalidEmail as exc:
        raise InvitationInvalid(str(exc)) from exc
    with transaction.atomic(durable=True):
        if not Membership.objects.filter(user=by, organization=organization).exists():
            raise PermissionDenied("Only members can invite people to an organisation.")
        if is_free_mail(email):
            raise InvitationInvalid("Invite a work address: addresses at free-mail providers cannot sign up.")
        if Membership.objects.filter(organization=organization, user__email__iexact=email).exists():
            raise InvitationInvalid("This person is already a member.")
        invitation = Invitation.objects.create(organization=organization, email=email, invited_by=by)
        audit_event_record(
            action=AuditEventType.INVITATION_SENT, actor=by, subject=organization,
            data={"organization": organization.public_id, "email": email,
                  "expires_at": invitation.expires_at.isoformat(), "valid_days": INVITATION_VALID_DAYS},
        )
        transaction.on_commit(lambda: _send_invitation_email(invitation, by))
    return invitation


def invitation_check(*, invitation: Invitation, user: User) -> None:
    """Raise `InvitationRefused` if `user` cannot accept the invitation; the page and the action ask the same."""
    if not Invitation.objects.filter(pk=invitation.pk).addressed_to(user).exists():
        raise InvitationRefused(
            "This invitation was sent to a different email address. Sign in with the address it was "
            "sent to, or ask your colleague to invite the address you use here.", reason="wrong_address",
        )
    if invitation.is_accepted:
        raise InvitationRefused("This invitation has already been used.", reason="used")
    if invitation.is_expired:
        raise InvitationRefused("This invitation has expired. Ask your colleague to send you a new one.",
                                reason="expired")


def invitation_accept(*, invitation: Invitation, by: User) -> Membership:
    """Join the organisation of an invitation sent to one of `by`'s verified addresses, once."""
    with transaction.atomic(durable=True):
        invitation = Invitation.objects.select_for_update(of=("self",)).select_related("organization").get(pk=invitation.pk)
        invitation_check(invitation=invitation, user=by)
        membership = _join(user=by, organization=invitation.organization)
        invitation.accepted_at, invitation.accepted_by = timezone.now(), by
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        audit_event_record(
            action=AuditEventType.INVITATION_ACCEPTED, actor=by, subject=invitation.organization,
            data={"organization": invitation.organization.public_id, "email": invitation.email,
                  "invited_by": invitation.invited_by.email if invitation.invited_by else ""},
        )
    return membership
