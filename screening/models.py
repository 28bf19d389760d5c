"""Policy versions: a policy document loaded as data, immutable once stored. The base policy
(`pack` empty) has exactly one active version; each jurisdiction pack at most one."""
from django.conf import settings
from django.db import models

from audit.subjects import AuditSubject


class PolicyVersionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def base(self):
        return self.filter(pack="")

    def packs(self):
        return self.exclude(pack="")


class PolicyVersion(models.Model):
    version = models.CharField(max_length=64, unique=True)
    pack = models.CharField(max_length=64, blank=True, default="",
                            help_text="The jurisdiction pack this is a version of; empty for the base policy.")
    title = models.CharField(max_length=200)
    source = models.TextField(help_text="The policy YAML exactly as loaded.")
    sha256 = models.CharField(max_length=64)
    is_active = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    activated_at = models.DateTimeField(null=True, blank=True)

    objects = PolicyVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["pack"], condition=models.Q(is_active=True), name="one_active_policy"),
        ]

    def __str__(self) -> str:
        return f"{self.version}{' (active)' if self.is_active else ''}"

    def save(self, *args, activation: bool = False, **kwargs):
        if self.pk is not None:
            # Only the activation bookkeeping may change, and only through
            # `policy_version_activate` (which audits it); the document itself never does.
            stored = type(self).objects.get(pk=self.pk)
            if not activation or (stored.version, stored.pack, stored.title, stored.source, stored.sha256) != (
                self.version, self.pack, self.title, self.source, self.sha256,
            ):
                raise ValueError("A policy version is immutable once loaded; load a new version instead.")
            kwargs["update_fields"] = ["is_active", "activated_at"]
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Policy versions are kept forever: past decisions refer to them.")

    @property
    def is_pack(self) -> bool:
        return bool(self.pack)

    def audit_subject(self) -> AuditSubject:
        return AuditSubject("policy", self.version, self.version)
