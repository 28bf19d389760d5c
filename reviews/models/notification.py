"""Emails owed to applicants, written in the same transaction as the change they report.

A row is the promise; `sent_at` is its keeping. The task that sends it locks the row and
skips it once sent, and the sweeper re-sends what a broker outage or a killed worker left
unsent, so an email is neither lost nor sent twice.
"""
from django.db import models


class ApplicantNotification(models.Model):
    application = models.ForeignKey("reviews.Application", on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=32)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["created_at"], condition=models.Q(sent_at__isnull=True), name="notification_unsent_idx")]

    def __str__(self) -> str:
        return f"{self.kind} for application {self.application_id}"
