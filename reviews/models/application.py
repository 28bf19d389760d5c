"""An application for access to the AI service, and its state machine (DESIGN §3).

The state field is protected: it changes only through the `@transition` methods below, and
those methods only change fields. Permissions, locking, the audit event and side effects are
the job of the service functions in `reviews.services`.
"""
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from accounts.models import new_public_id
from audit.subjects import AuditSubject
from reviews import permissions as can
from reviews.states import QUEUE_STATES, State
from screening.facts import FR_ENVIRONMENTS, FR_MODES, ORG_TYPES


class ApplicationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Everything a person may see, as one query: applicants their organisations' applications;
        reviewers everything but their own organisations'; auditors and admins everything."""
        from accounts.roles import ADMIN, APPLICANT, AUDITOR, REVIEWER, organization_ids, role_names

        names = role_names(user)
        if names & {AUDITOR, ADMIN}:
            return self.all()
        org_ids = organization_ids(user)
        if REVIEWER in names:
            return self.exclude(state=State.DRAFT).exclude(organization_id__in=org_ids)
        if APPLICANT in names:
            return self.filter(organization_id__in=org_ids)
        return self.none()

    def awaiting_screening(self, *, older_than):
        """Left in submitted/screening since before `older_than`, and not re-sent since then either
        (so a long broker outage does not pile up one more message per application per sweep)."""
        return self.filter(state__in=[State.SUBMITTED, State.SCREENING], state_changed_at__lt=older_than).filter(
            Q(sweeper_enqueued_at__isnull=True) | Q(sweeper_enqueued_at__lt=older_than)
        )


class Application(ConcurrentTransitionMixin, models.Model):
    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)
    reference = models.CharField(max_length=32, unique=True, null=True, editable=False)
    organization = models.ForeignKey("accounts.Organization", on_delete=models.PROTECT, related_name="applications")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    state = FSMField(default=State.DRAFT, choices=State.choices, protected=True, db_index=True)
    state_changed_at = models.DateTimeField(default=timezone.now)

    # The facts of DESIGN §2, in columns so they can be filtered and indexed.
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    org_name = models.CharField("organisation name", max_length=200)
    org_type = models.CharField("organisation type", max_length=32, choices=ORG_TYPES)
    org_country = models.CharField("organisation country", max_length=2)
    org_region = models.CharField("organisation region", max_length=200, blank=True)
    capabilities = models.JSONField(default=list, blank=True)
    fr_mode = models.CharField("facial recognition mode", max_length=16, choices=FR_MODES, blank=True)
    fr_sources = models.JSONField("facial recognition sources", default=list, blank=True)
    fr_environment = models.CharField(
        "facial recognition environment", max_length=16, choices=FR_ENVIRONMENTS, blank=True
    )
    fr_purpose = models.TextField("facial recognition purpose", blank=True)
    data_sources = models.TextField(blank=True)
    human_oversight = models.TextField(blank=True)

    attested_at = models.DateTimeField(null=True, blank=True)

    # Workflow bookkeeping.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_applications"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    due_on = models.DateField(null=True, blank=True, db_index=True)
    screening_round = models.PositiveIntegerField(default=0)
    sweeper_enqueued_at = models.DateTimeField(null=True, blank=True)
    latest_screening = models.ForeignKey(
        "reviews.ScreeningResult", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # 0 until screened (the queue shows "—" then); not null, so the queue's sort index is simple.
    risk_score = models.PositiveSmallIntegerField(default=0)
    enhanced_scrutiny_required = models.BooleanField(default=False)
    deny_rule_matched = models.BooleanField(default=False)
    # The rule ids of the latest screening, beside it for the queue's "rule matched" filter.
    matched_rule_ids = models.JSONField(default=list, blank=True)

    # Decisions.
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decision_rationale = models.TextField(blank=True)
    denial_reasons = models.JSONField(default=list, blank=True)
    approval_conditions = models.TextField(blank=True)
    reverification_date = models.DateField(null=True, blank=True)
    reverification_reminded_at = models.DateTimeField(null=True, blank=True)
    denied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    appeal_statement = models.TextField(blank=True)
    appealed_at = models.DateTimeField(null=True, blank=True)
    revocation_rationale = models.TextField(blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["state", "state_changed_at"], name="app_state_changed_idx"),
            # The reviewer queue's three sort orders, over open applications only (partial indexes
            # stay small however many decided applications accumulate).
            models.Index(F("risk_score").desc(), F("id").desc(),
                         condition=Q(state__in=QUEUE_STATES), name="app_queue_risk_idx"),
            models.Index(fields=["due_on", "id"], condition=Q(state__in=QUEUE_STATES), name="app_queue_due_idx"),
            models.Index(fields=["submitted_at", "id"], condition=Q(state__in=QUEUE_STATES), name="app_queue_age_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.reference or 'new'}: {self.title}"

    def audit_subject(self) -> AuditSubject:
        return AuditSubject("application", self.public_id, self.reference or "")

    # ------------------------------------------------------------------ facts
    def facts(self) -> dict:
        """The facts document exactly in the DESIGN §2 shape (what `screen` reads)."""
        fr = None
        if "facial_recognition" in self.capabilities:
            fr = {
                "mode": self.fr_mode or None,
                "sources": list(self.fr_sources),
                "environment": self.fr_environment or None,
                "purpose": self.fr_purpose,
            }
        organization = {"name": self.org_name, "type": self.org_type, "country": self.org_country}
        if self.org_region:
            organization["region"] = self.org_region
        return {
            "title": self.title,
            "description": self.description,
            "organization": organization,
            "end_users": [
                {"name": e.name, "type": e.type, "country": e.country} for e in self.end_users.all()
            ],
            "capabilities": list(self.capabilities),
            "facial_recognition": fr,
            "data_sources": self.data_sources,
            "human_oversight": self.human_oversight,
        }

    @property
    def is_appeal(self) -> bool:
        return self.appealed_at is not None

    @property
    def current_scrutiny_record(self):
        """The latest scrutiny record, open or just closed by the action in progress."""
        return self.scrutiny_records.order_by("-recommended_at").first()

    @property
    def open_scrutiny_record(self):
        return self.scrutiny_records.filter(second_decided_at__isnull=True).order_by("-recommended_at").first()

    # ------------------------------------------------------------- conditions
    def _screened_for_denial(self) -> bool:
        return self.latest_screening is not None and self.latest_screening.outcome == "auto_denied"

    def _screened_for_review(self) -> bool:
        return self.latest_screening is not None and self.latest_screening.outcome == "human_review"

    def _no_deny_rule(self) -> bool:
        # A reviewer can never approve facts that a deny rule matches.
        return not self.deny_rule_matched

    def _no_scrutiny_required(self) -> bool:
        return not self.enhanced_scrutiny_required

    def _has_open_scrutiny_record(self) -> bool:
        record = self.open_scrutiny_record
        return record is not None and record.is_complete

    def _four_eyes_signed(self) -> bool:
        """Approval under enhanced scrutiny needs a complete record signed by two different reviewers."""
        record = self.current_scrutiny_record
        return record is not None and record.is_signed_off_by_two

    def _appeal_not_used(self) -> bool:
        return self.appealed_at is None

    def _reverification_passed(self) -> bool:
        return self.reverification_date is not None and self.reverification_date <= timezone.localdate()

    def _touch(self) -> None:
        self.state_changed_at = timezone.now()

    # ------------------------------------------------------------ transitions
    @transition(field=state, source=State.DRAFT, target=State.SUBMITTED, permission=can.edit_as_applicant)
    def submit(self) -> None:
        self._touch()
        self.submitted_at = self.state_changed_at

    @transition(field=state, source=State.SUBMITTED, target=State.SCREENING, permission=can.act_as_system)
    def begin_screening(self) -> None:
        self._touch()
        self.screening_round += 1

    @transition(
        field=state,
        source=State.SCREENING,
        target=State.DENIED,
        conditions=[_screened_for_denial],
        permission=can.act_as_system,
    )
    def auto_deny(self) -> None:
        self._touch()
        self.decided_at, self.decided_by, self.denied_by = self.state_changed_at, None, None
        self.decision_rationale = "Denied automatically: the application matches a rule the policy forbids."
        self.denial_reasons = [r["reason"] for r in self.latest_screening.matched_rules if r["effect"] == "deny"]

    @transition(
        field=state,
        source=State.SCREENING,
        target=State.HUMAN_REVIEW,
        conditions=[_screened_for_review],
        permission=can.act_as_system,
    )
    def route_to_review(self) -> None:
        self._touch()

    @transition(field=state, source=State.HUMAN_REVIEW, target=State.NEEDS_INFO, permission=can.review)
    def request_info(self) -> None:
        self._touch()

    @transition(field=state, source=State.NEEDS_INFO, target=State.SUBMITTED, permission=can.edit_as_applicant)
    def resubmit(self) -> None:
        # The service-level clock restarts when the requested information arrives.
        self._touch()
        self.submitted_at = self.state_changed_at

    @transition(
        field=state,
        source=State.HUMAN_REVIEW,
        target=State.APPROVED,
        conditions=[_no_deny_rule, _no_scrutiny_required],
        permission=can.review,
    )
    def approve(self, *, by, rationale: str, conditions: str, reverification_date) -> None:
        self._record_approval(by=by, rationale=rationale, conditions=conditions, reverification_date=reverification_date)

    @transition(field=state, source=[State.HUMAN_REVIEW, State.ENHANCED_SCRUTINY], target=State.DENIED, permission=can.deny)
    def deny(self, *, by, rationale: str, reasons: list[str]) -> None:
        if not rationale.strip() or not reasons:
            raise ValueError("A denial needs a rationale and at least one reason.")
        self._touch()
        self.decided_at, self.decided_by, self.denied_by = self.state_changed_at, by, by
        self.decision_rationale, self.denial_reasons = rationale, list(reasons)

    @transition(
        field=state,
        source=State.HUMAN_REVIEW,
        target=State.ENHANCED_SCRUTINY,
        conditions=[_no_deny_rule, _has_open_scrutiny_record],
        permission=can.review,
    )
    def recommend_approval(self) -> None:
        self._touch()

    @transition(
        field=state,
        source=State.ENHANCED_SCRUTINY,
        target=State.APPROVED,
        conditions=[_no_deny_rule, _four_eyes_signed],
        permission=can.sign_off,
    )
    def sign_off(self, *, by, rationale: str, conditions: str, reverification_date) -> None:
        self._record_approval(by=by, rationale=rationale, conditions=conditions, reverification_date=reverification_date)

    @transition(field=state, source=State.ENHANCED_SCRUTINY, target=State.HUMAN_REVIEW, permission=can.review)
    def return_to_review(self) -> None:
        self._touch()

    @transition(
        field=state,
        source=[State.DRAFT, State.SUBMITTED, State.HUMAN_REVIEW, State.NEEDS_INFO],
        target=State.WITHDRAWN,
        permission=can.edit_as_applicant,
    )
    def withdraw(self) -> None:
        self._touch()

    @transition(
        field=state,
        source=State.DENIED,
        target=State.HUMAN_REVIEW,
        conditions=[_appeal_not_used],
        permission=can.edit_as_applicant,
    )
    def appeal(self, *, statement: str) -> None:
        if not statement.strip():
            raise ValueError("An appeal needs a statement.")
        self._touch()
        self.appeal_statement, self.appealed_at = statement, self.state_changed_at

    @transition(field=state, source=State.APPROVED, target=State.REVOKED, permission=can.revoke)
    def revoke(self, *, rationale: str) -> None:
        if not rationale.strip():
            raise ValueError("A revocation needs a rationale.")
        self._touch()
        self.revocation_rationale = rationale

    @transition(
        field=state,
        source=State.APPROVED,
        target=State.EXPIRED,
        conditions=[_reverification_passed],
        permission=can.act_as_system,
    )
    def expire(self) -> None:
        self._touch()

    def _record_approval(self, *, by, rationale: str, conditions: str, reverification_date) -> None:
        if reverification_date is None or not rationale.strip():
            raise ValueError("An approval needs a rationale and a re-verification date.")
        self._touch()
        self.decided_at, self.decided_by, self.decision_rationale = self.state_changed_at, by, rationale
        self.approval_conditions, self.reverification_date = conditions, reverification_date


class EndUser(models.Model):
    """On whose behalf the service is used ("by or for")."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="end_users")
    position = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(max_length=200)
    type = models.CharField(max_length=32, choices=ORG_TYPES)
    country = models.CharField(max_length=2)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.type}, {self.country})"
