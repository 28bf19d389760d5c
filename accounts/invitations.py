"""Invitations to join an organisation: a member invites a colleague by email; the colleague
signs up or signs in with that address and joins. Each invitation is used at most once and
expires after `INVITATION_VALID_DAYS`."""
import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

INVITATION_VALID_DAYS = 14


def new_invitation_token() -> str:
    """The secret in the invitation link: whoever holds it may try to join (with the right address)."""
    return secrets.token_urlsafe(32)


def invitation_expiry() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=INVITATION_VALID_DAYS)


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        """Not yet accepted and not expired."""
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())

    def addressed_to(self, user):
        """Invitations sent to one of the user's verified addresses."""
        from allauth.account.models import EmailAddress

        emails = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
        return self.filter(email__in=[email.lower() for email in emails])


class Invitation(models.Model):
    organization = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["email"], name="invitation_email_idx")]

    def __str__(self) -> str:
        return f"{self.email} to {self.organization.name}"

    def save(self, *args, **kwargs):
        from accounts.models import UserManager

        self.email = UserManager.normalize_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_accepted(self) -> bool:
        return self.accepted_at is not None
