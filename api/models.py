"""Organisation API keys and the record of idempotent requests.

A key is shown once, at creation; only its hash is stored (djangorestframework-api-key). It acts
for the member who created it, within its organisation and its scopes: what that member may do
with an application is still `reviews.permissions`' answer.
"""
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework_api_key.models import AbstractAPIKey, BaseAPIKeyManager

READ, WRITE = "read", "write"
SCOPES = ((READ, _("Read: screen documents, list and read applications")),
          (WRITE, _("Write: create, change, submit, withdraw and appeal applications")))


class OrganizationAPIKey(AbstractAPIKey):
    organization = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE, related_name="api_keys")
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    scopes = models.JSONField(default=list)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey("accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects = BaseAPIKeyManager()

    class Meta(AbstractAPIKey.Meta):
        verbose_name = "organisation API key"

    @property
    def is_usable(self) -> bool:
        return not self.revoked and not self.has_expired

    def channel(self) -> dict:
        """How audit events written through this key name it."""
        return {"api_key": self.prefix, "name": self.name}


class IdempotencyRecord(models.Model):
    """The first answer to a POST with an Idempotency-Key, replayed for 24 hours. A row without a
    status is a request still in progress."""

    api_key = models.ForeignKey(OrganizationAPIKey, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    # JSON as text: a JSON column cannot hold every string a client may send back to itself (\u0000).
    body = models.TextField(blank=True)
    content_type = models.CharField(max_length=64, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["api_key", "key"], name="idempotency_key_unique")]
        indexes = [models.Index(fields=["created_at"], name="idempotency_created_idx")]

    def __str__(self) -> str:
        return f"{self.key} ({self.status_code or 'in progress'})"
