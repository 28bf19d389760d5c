"""People and the organisations they belong to."""
import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.subjects import AuditSubject
from screening.facts import ORG_TYPES


def new_public_id() -> str:
    """A non-guessable identifier for URLs (no sequential ids are ever exposed)."""
    return secrets.token_urlsafe(16)


class UserManager(BaseUserManager):
    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email: str | None) -> str:
        """The form of `accounts.freemail.normalize_email`; also what the admin's forms store."""
        from accounts.freemail import InvalidEmail, normalize_email

        try:
            return normalize_email(email or "")
        except InvalidEmail:
            return (email or "").strip().lower()

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError(_("An email address is required."))
        user = self.model(email=self.normalize_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)
    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)
    # The interface and email language this person chose (accounts.language); blank: none yet.
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.email

    def audit_subject(self) -> AuditSubject:
        # No reference: an email address is personal data and can change; the public id is enough.
        return AuditSubject("user", self.public_id)


class Organization(models.Model):
    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)
    name = models.CharField(max_length=200)
    type = models.CharField(max_length=32, choices=ORG_TYPES)
    country = models.CharField(
        max_length=2, validators=[RegexValidator(r"^[A-Z]{2}$", _("Use a two-letter ISO country code."))]
    )
    region = models.CharField(max_length=200, blank=True)
    subdivision = models.CharField(
        _("state, province or region code"), max_length=6, blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}-[A-Z0-9]{1,3}$", _("Use an ISO 3166-2 code such as US-CA or DE-BY."))],
    )
    email_domain = models.CharField(
        max_length=253, blank=True, help_text=_("Members sign up with addresses at this domain.")
    )
    members = models.ManyToManyField(User, through="Membership", related_name="organizations")
    created_at = models.DateTimeField(auto_now_add=True)

    # What the applicant offers as proof of who they are, checked by a verifier.
    website = models.URLField(_("official website"), max_length=300, blank=True)
    registry_id = models.CharField(_("registry or agency identifier"), max_length=100, blank=True,
                                   help_text=_("E.g. a company number, or a police agency identifier (ORI)."))
    evidence = models.TextField(_("where to check"), blank=True,
                                help_text=_("Anything else a verifier can check: a public register, a contact."))
    # Verification: who confirmed the type and country, when, and what they confirmed. A change of
    # either afterwards lapses it (see `is_verified`).
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    verified_type = models.CharField(max_length=32, blank=True)
    verified_country = models.CharField(max_length=2, blank=True)
    verification_note = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        permissions = [("verify_organization", "Can verify an organisation's type and country")]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_type_display()}, {self.country})"

    def save(self, *args, **kwargs):
        self.country = (self.country or "").upper()
        self.subdivision = (self.subdivision or "").upper()
        self.email_domain = (self.email_domain or "").lower()
        super().save(*args, **kwargs)

    @property
    def is_verified(self) -> bool:
        """A verifier confirmed this type and country (any change since needs a new verification)."""
        return (self.verified_at is not None and self.verified_type == self.type
                and self.verified_country == self.country)

    def member_domains(self) -> list[str]:
        """The email domains of its members: what the organisation says of itself by its addresses."""
        emails = self.memberships.values_list("user__email", flat=True)
        return sorted({e.rsplit("@", 1)[-1].lower() for e in emails if "@" in e} | (
            {self.email_domain} if self.email_domain else set()))

    def audit_subject(self) -> AuditSubject:
        return AuditSubject("organization", self.public_id)


class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.user} in {self.organization}"


from accounts.invitations import Invitation  # noqa: E402,F401  (the model lives in its own module)
