"""Webhooks: an organisation's endpoints, and the outbox of events owed to them.

A delivery row is written in the same transaction as the change it reports (like an
applicant's email); `delivered_at` is its keeping. The delivery task locks the row while it
posts, so a redelivered task or the sweeper never sends it twice at once, and a worker killed
mid-request leaves the row as it was, to be sent again.
"""
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import new_public_id
from audit.subjects import AuditSubject

# The events an organisation can subscribe to (docs/api.md).
APPLICATION_RECEIVED = "application.received"
APPLICATION_SCREENED = "application.screened"
APPLICATION_INFORMATION_REQUESTED = "application.information_requested"
APPLICATION_DECIDED = "application.decided"
APPLICATION_APPROVAL_EXPIRING = "application.approval_expiring"
APPLICATION_EXPIRED = "application.expired"
EVENT_TYPES = (
    (APPLICATION_RECEIVED, _("Application received (submitted or resubmitted)")),
    (APPLICATION_SCREENED, _("Application screened")),
    (APPLICATION_INFORMATION_REQUESTED, _("Information requested")),
    (APPLICATION_DECIDED, _("Application decided (approved, denied, revoked)")),
    (APPLICATION_APPROVAL_EXPIRING, _("Approval expiring in 30 days")),
    (APPLICATION_EXPIRED, _("Approval expired")),
)


def new_signing_secret() -> str:
    # The Standard Webhooks format: "whsec_" and base64 of 24 random bytes.
    import base64

    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


class WebhookEndpoint(models.Model):
    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)
    organization = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE, related_name="webhook_endpoints")
    url = models.URLField(max_length=500)
    events = models.JSONField(default=list)
    secret = models.CharField(max_length=64, default=new_signing_secret, editable=False)
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # Set at the first failure after a success; an endpoint failing for 24 hours is disabled.
    failing_since = models.DateTimeField(null=True, blank=True)
    disabled_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.url

    @property
    def is_active(self) -> bool:
        return self.disabled_at is None and self.removed_at is None

    def audit_subject(self) -> AuditSubject:
        return AuditSubject("organization", self.organization.public_id)


class WebhookDelivery(models.Model):
    """One event owed to one endpoint; its `msg_id` is the Standard Webhooks `webhook-id`, the
    same on every attempt, so a receiver can drop a repeat."""

    msg_id = models.CharField(max_length=40, unique=True, editable=False)
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    application = models.ForeignKey("reviews.Application", null=True, on_delete=models.CASCADE, related_name="+")
    event_type = models.CharField(max_length=64)
    payload = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    delivered_at = models.DateTimeField(null=True, blank=True)
    given_up_at = models.DateTimeField(null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["next_attempt_at"], name="webhook_due_idx",
                                condition=models.Q(delivered_at__isnull=True, given_up_at__isnull=True))]

    def __str__(self) -> str:
        return f"{self.event_type} to {self.endpoint_id}"

    def save(self, *args, **kwargs):
        if not self.msg_id:
            self.msg_id = "msg_" + secrets.token_hex(16)
        super().save(*args, **kwargs)


class WebhookAttempt(models.Model):
    """The delivery log: what each attempt got back."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="log")
    at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.status_code or self.error} at {self.at:%Y-%m-%d %H:%M:%S}"

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300
