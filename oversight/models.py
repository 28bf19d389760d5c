"""The results of audit chain verification, so every audit page can show the latest one without
re-reading the whole log on each request."""
from django.conf import settings
from django.db import models


class ChainCheck(models.Model):
    class Trigger(models.TextChoices):
        PERIODIC = "periodic", "Periodic check"
        ON_DEMAND = "on_demand", "Run on demand"

    checked_at = models.DateTimeField(db_index=True)
    trigger = models.CharField(max_length=16, choices=Trigger.choices)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    verified = models.BigIntegerField(help_text="Events verified before the first problem (all of them if intact).")
    intact = models.BooleanField()
    broken_sequence = models.BigIntegerField(null=True, blank=True)
    problem = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    # The last event this check verified. The next check finds it again with the same hash, or
    # knows the log was cut short or re-chained since: what the chain alone cannot show.
    head_sequence = models.BigIntegerField(null=True, blank=True)
    head_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-checked_at"]

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        if self.intact:
            return f"{self.verified:,} events verified, intact"
        return f"broken at event #{self.broken_sequence}: {self.problem}"
