"""People and the organisations they belong to."""
import secrets

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import RegexValidator
from django.db import models

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
            raise ValueError("An email address is required.")
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
    email = models.EmailField("email address", unique=True)
    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)

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
        max_length=2, validators=[RegexValidator(r"^[A-Z]{2}$", "Use a two-letter ISO country code.")]
    )
    region = models.CharField(max_length=200, blank=True)
    email_domain = models.CharField(
        max_length=253, blank=True, help_text="Members sign up with addresses at this domain."
    )
    members = models.ManyToManyField(User, through="Membership", related_name="organizations")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_type_display()}, {self.country})"

    def save(self, *args, **kwargs):
        self.country = (self.country or "").upper()
        self.email_domain = (self.email_domain or "").lower()
        super().save(*args, **kwargs)

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
