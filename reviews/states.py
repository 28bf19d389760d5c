"""The states of an application (design §3) and how they read to people."""
from django.db import models


class State(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    SCREENING = "screening", "Screening"
    HUMAN_REVIEW = "human_review", "In review"
    NEEDS_INFO = "needs_info", "Information requested"
    ENHANCED_SCRUTINY = "enhanced_scrutiny", "Enhanced scrutiny"
    APPROVED = "approved", "Approved"
    DENIED = "denied", "Denied"
    WITHDRAWN = "withdrawn", "Withdrawn"
    REVOKED = "revoked", "Revoked"
    EXPIRED = "expired", "Expired"


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
