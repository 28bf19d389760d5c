"""What people do with organisations: create one, edit its profile, invite colleagues, accept an
invitation. Each function is one user action in one transaction and writes its audit event."""
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts import roles
from accounts.freemail import InvalidEmail, email_domain, is_free_mail, normalize_email
from accounts.invitations import INVITATION_VALID_DAYS, Invitation
from accounts.language import language_for
from accounts.models import Membership, Organization, User
from audit.events import AuditEventType
from audit.services import audit_event_record

PROFILE_FIELDS = ("name", "type", "country", "region", "subdivision")
EVIDENCE_FIELDS = ("website", "registry_id", "evidence")


class VerificationRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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
    membership, _created = Membership.objects.get_or_create(user=user, organization=organization)
    if not roles.is_applicant(user):
        user.groups.add(Group.objects.get(name=roles.APPLICANT))
    roles.forget_cached_roles(user)
    return membership


def _profile(organization: Organization) -> dict:
    return {field: getattr(organization, field) for field in PROFILE_FIELDS}


def organization_create(*, by: User, name: str, type: str, country: str, region: str = "", subdivision: str = "",
                        website: str = "", registry_id: str = "", evidence: str = "") -> Organization:
    """Create an organisation profile, with the evidence a verifier will check; its creator
    becomes its first member."""
    with transaction.atomic(durable=True):
        organization = Organization.objects.create(
            name=name.strip(), type=type, country=country, region=region.strip(), subdivision=subdivision,
            email_domain=email_domain_of(by.email), website=website.strip(), registry_id=registry_id.strip(),
            evidence=evidence.strip(),
        )
        _join(user=by, organization=organization)
        audit_event_record(
            action=AuditEventType.ORGANIZATION_CREATED, actor=by, subject=organization,
            data={"organization": organization.public_id, "email_domain": organization.email_domain,
                  **_profile(organization)},
        )
    return organization


def organization_update(*, organization: Organization, by: User, name: str, type: str, country: str,
                        region: str = "", subdivision: str = "", website: str = "", registry_id: str = "",
                        evidence: str = "") -> Organization:
    """Change the profile; only members may, and the audit event records what changed. A new type
    or country lapses the verification: a verifier confirms the new one."""
    with transaction.atomic(durable=True):
        organization = Organization.objects.select_for_update().get(pk=organization.pk)
        if not Membership.objects.filter(user=by, organization=organization).exists():
            raise PermissionDenied(_("Only members can change the organisation's profile."))
        fields = (*PROFILE_FIELDS, *EVIDENCE_FIELDS)
        before, was_verified = {f: getattr(organization, f) for f in fields}, organization.is_verified
        organization.name, organization.type = name.strip(), type
        organization.country, organization.region = country, region.strip()
        organization.subdivision = subdivision
        organization.website, organization.registry_id = website.strip(), registry_id.strip()
        organization.evidence = evidence.strip()
        organization.save()
        changes = {f: [before[f], getattr(organization, f)] for f in fields if before[f] != getattr(organization, f)}
        if changes:
            audit_event_record(action=AuditEventType.ORGANIZATION_UPDATED, actor=by, subject=organization,
                               data={"organization": organization.public_id, "changes": changes})
        if was_verified and not organization.is_verified:
            audit_event_record(action=AuditEventType.ORGANIZATION_VERIFICATION_LAPSED, actor=by, subject=organization,
                               data={"organization": organization.public_id, "verified_type": organization.verified_type,
                                     "verified_country": organization.verified_country,
                                     "type": organization.type, "country": organization.country})
    return organization


def organization_verify(*, organization: Organization, by: User, type: str, country: str, note: str = "") -> Organization:
    """A verifier confirms the organisation's type and country from its evidence, correcting them
    where the evidence says otherwise. Audited with what was there before."""
    if not by.has_perm("accounts.verify_organization"):
        raise PermissionDenied(_("Only admins, and reviewers an admin allowed to, verify organisations."))
    with transaction.atomic(durable=True):
        organization = Organization.objects.select_for_update().get(pk=organization.pk)
        if Membership.objects.filter(user=by, organization=organization).exists():
            raise VerificationRefused(_("Members of an organisation cannot verify it."))
        before = {"type": organization.type, "country": organization.country, "verified": organization.is_verified}
        organization.type, organization.country = type, country
        organization.verified_at, organization.verified_by = timezone.now(), by
        organization.verified_type, organization.verified_country = type, country
        organization.verification_note = note.strip()
        organization.save()
        audit_event_record(action=AuditEventType.ORGANIZATION_VERIFIED, actor=by, subject=organization, data={
            "organization": organization.public_id, "before": before, "type": type, "country": country,
            "note": organization.verification_note,
            "evidence": {f: getattr(organization, f) for f in EVIDENCE_FIELDS},
        })
    return organization


def invitation_link(invitation: Invitation) -> str:
    return f"{settings.SITE_URL}{reverse('accounts:invitation_accept', args=[invitation.token])}"


def _invitation_language(invitation: Invitation, inviter: User) -> str:
    """The invitee's own language if they already have an account, else the inviter's."""
    invitee = User.objects.filter(email__iexact=invitation.email).first()
    return language_for(invitee if invitee is not None and invitee.language else inviter)


def _send_invitation_email(invitation: Invitation, inviter: User) -> None:
    organization = invitation.organization
    with translation.override(_invitation_language(invitation, inviter)):
        names = {"inviter": inviter.display_name, "organization": organization.name}
        body = "\n".join([
            _("%(inviter)s invited you to join %(organization)s on Use-Case Review, where organisations apply "
              "for access to the AI service for a stated use case.") % names,
            "",
            _("To join, open this link and sign up (or sign in) with this email address:"),
            invitation_link(invitation),
            "",
            _("The invitation can be used once and expires on %(date)s.")
            % {"date": date_format(timezone.localtime(invitation.expires_at), "DATE_FORMAT")},
            _("If you did not expect it, you can ignore this email."),
        ])
        subject = _("Join %(organization)s on Use-Case Review") % names
    send_mail(subject, body, None, [invitation.email])


def invitation_send(*, organization: Organization, by: User, email: str) -> Invitation:
    """Invite a colleague by email; only members may. The email leaves once the invitation is saved."""
    try:
        email = normalize_email(email)
    except InvalidEmail as exc:
        raise InvitationInvalid(str(exc)) from exc
    with transaction.atomic(durable=True):
        if not Membership.objects.filter(user=by, organization=organization).exists():
            raise PermissionDenied(_("Only members can invite people to an organisation."))
        if is_free_mail(email):
            raise InvitationInvalid(_("Invite a work address: addresses at free-mail providers cannot sign up."))
        if Membership.objects.filter(organization=organization, user__email__iexact=email).exists():
            raise InvitationInvalid(_("This person is already a member."))
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
            _("This invitation was sent to a different email address. Sign in with the address it was "
              "sent to, or ask your colleague to invite the address you use here."), reason="wrong_address",
        )
    if invitation.is_accepted:
        raise InvitationRefused(_("This invitation has already been used."), reason="used")
    if invitation.is_expired:
        raise InvitationRefused(_("This invitation has expired. Ask your colleague to send you a new one."),
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
