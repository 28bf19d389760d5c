"""The states of an application (design §3) and how they read to people."""
from django.db import models
from django.utils.translation import pgettext_lazy


class State(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("application state", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("application state", "Submitted")
    SCREENING = "screening", pgettext_lazy("application state", "Screening")
    HUMAN_REVIEW = "human_review", pgettext_lazy("application state", "In review")
    NEEDS_INFO = "needs_info", pgettext_lazy("application state", "Information requested")
    ENHANCED_SCRUTINY = "enhanced_scrutiny", pgettext_lazy("application state", "Enhanced scrutiny")
    APPROVED = "approved", pgettext_lazy("application state", "Approved")
    DENIED = "denied", pgettext_lazy("application state", "Denied")
    WITHDRAWN = "withdrawn", pgettext_lazy("application state", "Withdrawn")
    REVOKED = "revoked", pgettext_lazy("application state", "Revoked")
    EXPIRED = "expired", pgettext_lazy("application state", "Expired")


OPEN_STATES = (
    State.SUBMITTED,
    State.SCREENING,
    State.HUMAN_REVIEW,
    State.NEEDS_INFO,
    State.ENHANCED_SCRUTINY,
)
# What the reviewer queue lists: everything submitted and not yet decided.
QUEUE_STATES = tuple(s.value for s in OPEN_STATES)
AWAITING_REVIEW_STATES = (State.HUMAN_REVIEW, State.ENHANCED_SCRUTINY)
FINAL_STATES = (State.WITHDRAWN, State.REVOKED, State.EXPIRED)
# What an applicant may still change: a draft, or an application whose reviewer asked for more.
EDITABLE_STATES = (State.DRAFT, State.NEEDS_INFO)
