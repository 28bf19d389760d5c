"""The thread between reviewers and the applicant, and notes only reviewers see."""
from django.conf import settings
from django.db import models


class Message(models.Model):
    """A message the applicant sees. Reviewers appear to the applicant only as "a reviewer"."""

    application = models.ForeignKey("reviews.Application", on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    from_applicant = models.BooleanField()
    body = models.TextField(max_length=20000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"message on {self.application_id} at {self.created_at:%Y-%m-%d %H:%M}"


class InternalNote(models.Model):
    """A reviewers' note; never shown to the applicant."""

    application = models.ForeignKey("reviews.Application", on_delete=models.CASCADE, related_name="internal_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(max_length=20000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"note on {self.application_id} at {self.created_at:%Y-%m-%d %H:%M}"
