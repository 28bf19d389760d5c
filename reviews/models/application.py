"""An application for access to the AI service, and its state machine (design §3).

The state field is protected: it changes only through the `@transition` methods below, and
those methods only change fields. Permissions, locking, the audit event and side effects are
the job of the service functions in `reviews.services`.
"""
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from accounts.models import new_public_id
from audit.subjects import AuditSubject
from reviews import permissions as can
from reviews import sla
from reviews.reasons import cite
from reviews.states import QUEUE_STATES, State
from screening.facts import FR_ENVIRONMENTS, FR_MODES, ORG_TYPES

# The application whose transition the service layer is firing now, and the arguments it was given.
_firing: ContextVar = ContextVar("application_firing", default=None)
_arguments: ContextVar = ContextVar("application_transition_arguments", default=None)


class StateChangeRefused(RuntimeError):
    """A state change attempted outside the service layer."""


def condition(message: str, *, when_fired: bool = False):
    """A transition condition, with what a person is told when it does not hold."""
    def mark(func):
        func.message, func.when_fired = message, when_fired
        return func

    return mark


class ApplicationQuerySet(models.QuerySet):
    def update(self, **kwargs):
        if "state" in kwargs:
            raise StateChangeRefused("An application's state changes only through reviews.services.")
        return super().update(**kwargs)

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

    def in_public_register(self):
        """Approved, and its applicant consented to list it in the public register (and has not
        withdrawn the consent): what the public register shows, newest approval first."""
        return self.filter(state=State.APPROVED, publish_consent=True).order_by("-decided_at", "-pk")

    def profile_changed_since_screening(self):
        """Screened, still open, and their organisation's profile now says something else."""
        return self.filter(state__in=[State.HUMAN_REVIEW, State.NEEDS_INFO, State.ENHANCED_SCRUTINY]).exclude(
            org_name=F("organization__name"), org_type=F("organization__type"),
            org_country=F("organization__country"), org_subdivision=F("organization__subdivision"))

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

    # The facts of design §2, in columns so they can be filtered and indexed.
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    org_name = models.CharField(gettext_lazy("organisation name"), max_length=200)
    org_type = models.CharField(gettext_lazy("organisation type"), max_length=32, choices=ORG_TYPES)
    org_country = models.CharField(gettext_lazy("organisation country"), max_length=2)
    org_region = models.CharField(gettext_lazy("organisation region"), max_length=200, blank=True)
    org_subdivision = models.CharField(gettext_lazy("organisation subdivision"), max_length=6, blank=True)
    capabilities = models.JSONField(default=list, blank=True)
    fr_mode = models.CharField(gettext_lazy("facial recognition mode"), max_length=16, choices=FR_MODES, blank=True)
    fr_sources = models.JSONField(gettext_lazy("facial recognition sources"), default=list, blank=True)
    fr_environment = models.CharField(
        gettext_lazy("facial recognition environment"), max_length=16, choices=FR_ENVIRONMENTS, blank=True
    )
    fr_purpose = models.TextField(gettext_lazy("facial recognition purpose"), blank=True)
    data_sources = models.TextField(blank=True)
    human_oversight = models.TextField(blank=True)
    deployment = models.JSONField(
        default=dict, blank=True,
        help_text=gettext_lazy(
            'Where the system will be used: {"countries": […], "subdivisions": […], "localities": […]}.'))

    attested_at = models.DateTimeField(null=True, blank=True)
    # The applicant's choice, when applying, to list the use in the public register once approved
    # (the `public` app); withdrawable at any time through reviews.services.
    publish_consent = models.BooleanField(
        gettext_lazy("consent to publish in the public register"), default=False,
        help_text=gettext_lazy("Listed in the public register of approved uses while approved."),
    )

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

    def save(self, *args, **kwargs):
        # The state changes only inside a transition fired by the service layer (see `firing`).
        initial = None if self._state.adding else self._ConcurrentTransitionMixin__initial_states["state"]
        if self.state != (State.DRAFT if initial is None else initial) and _firing.get() is not self:
            raise StateChangeRefused("An application's state changes only through reviews.services.")
        super().save(*args, **kwargs)

    def audit_subject(self) -> AuditSubject:
        return AuditSubject("application", self.public_id, self.reference or "")

    # ------------------------------------------------------------------ facts
    # The one codec between a facts document (design §2) and the columns above.
    def facts(self) -> dict:
        """The facts document exactly in the design §2 shape (what `screen` reads)."""
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
        if self.org_subdivision:
            organization["subdivision"] = self.org_subdivision
        if self.organization_id is not None:
            # Set by the system from the profile, never by the applicant (design §2).
            organization["verified"] = self.organization.is_verified
            organization["domains"] = self.organization.member_domains()
        facts = {
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
        if any(self.deployment.values()):
            facts["deployment"] = dict(self.deployment)
        return facts

    def set_facts(self, facts: dict) -> list[dict]:
        """Copy a (possibly incomplete) facts document onto the columns; returns its end users,
        which `replace_end_users` stores once the application has a primary key. Who applies is
        never taken from the document: it is the organisation's profile."""
        fr = facts.get("facial_recognition") or {}
        self.title = str(facts.get("title") or "")[:200]
        self.description = str(facts.get("description") or "")
        self.copy_organization_profile()
        self.capabilities = [str(c) for c in facts.get("capabilities") or []]
        self.fr_mode = str(fr.get("mode") or "")[:16]
        self.fr_sources = [str(s) for s in fr.get("sources") or []]
        self.fr_environment = str(fr.get("environment") or "")[:16]
        self.fr_purpose = str(fr.get("purpose") or "")
        self.data_sources = str(facts.get("data_sources") or "")
        self.human_oversight = str(facts.get("human_oversight") or "")
        deployment = facts.get("deployment") if isinstance(facts.get("deployment"), dict) else {}
        self.deployment = {key: [str(item) for item in deployment.get(key) or [] if str(item).strip()][:50]
                           for key in ("countries", "subdivisions", "localities")
                           if isinstance(deployment.get(key), list) and deployment.get(key)}
        return [e for e in facts.get("end_users") or [] if isinstance(e, dict)]

    def copy_organization_profile(self) -> None:
        """Who applies, as the organisation's profile says now (done at every save, at submission
        and before screening again)."""
        org = self.organization
        self.org_name, self.org_type, self.org_country = org.name[:200], org.type, org.country
        self.org_region, self.org_subdivision = org.region[:200], org.subdivision

    @property
    def organization_profile_changed(self) -> bool:
        """The profile says something else than what this application was screened on."""
        org = self.organization
        return (self.org_name, self.org_type, self.org_country, self.org_subdivision) != (
            org.name[:200], org.type, org.country, org.subdivision)

    def replace_end_users(self, end_users: list[dict]) -> None:
        self.end_users.all().delete()
        EndUser.objects.bulk_create(
            EndUser(
                application=self,
                position=i,
                name=str(e.get("name") or "")[:200],
                type=str(e.get("type") or "")[:32],
                country=str(e.get("country") or "").upper()[:2],
            )
            for i, e in enumerate(end_users)
        )

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

    @property
    def reverification_passed(self) -> bool:
        return self.reverification_date is not None and self.reverification_date <= timezone.localdate()

    # ------------------------------------------------------------- conditions
    # Conditions marked `when_fired` are about what the action itself brings (the screening it
    # records, the scrutiny record it files): checked when it is fired, not when a page asks
    # whether to offer it.
    # The first three guard the service layer itself: programming errors, never shown to people.
    @condition("Application transitions are fired only through reviews.services.", when_fired=True)
    def _fired_by_the_service_layer(self) -> bool:
        return _firing.get() is self

    @condition("The screening given is not this submission's denial.", when_fired=True)
    def _given_a_denying_screening(self) -> bool:
        return _screening_given(self, outcome="auto_denied")

    @condition("The screening given is not this submission's routing to review.", when_fired=True)
    def _given_a_screening_for_review(self) -> bool:
        return _screening_given(self, outcome="human_review")

    @condition(gettext_lazy("A deny rule of the policy matches these facts: they can never be approved."))
    def _no_deny_rule(self) -> bool:
        # A reviewer can never approve facts that a deny rule matches.
        return not self.deny_rule_matched

    @condition(gettext_lazy("This application requires enhanced scrutiny: recommend approval with the scrutiny "
                            "record, and a second reviewer signs off."))
    def _no_scrutiny_required(self) -> bool:
        return not self.enhanced_scrutiny_required

    @condition(gettext_lazy("A complete enhanced scrutiny record is required to recommend approval."),
               when_fired=True)
    def _has_open_scrutiny_record(self) -> bool:
        record = self.open_scrutiny_record
        return record is not None and record.is_complete

    @condition(gettext_lazy("Approval needs a complete scrutiny record signed off by a second, different reviewer."),
               when_fired=True)
    def _four_eyes_signed(self) -> bool:
        """Approval under enhanced scrutiny needs a complete record signed by two different reviewers."""
        record = self.current_scrutiny_record
        return record is not None and record.is_signed_off_by_two

    @condition(gettext_lazy("The organisation's type and country have not been verified yet: no application of it "
                            "can be approved until an administrator has verified them."))
    def _organization_verified(self) -> bool:
        return self.organization.is_verified

    @condition(gettext_lazy("The organisation's profile changed since this application was screened: it is being "
                            "screened again, and can be decided once that is done."))
    def _screened_on_the_current_profile(self) -> bool:
        return not self.organization_profile_changed

    @condition(gettext_lazy("A denial can be appealed only once."))
    def _appeal_not_used(self) -> bool:
        return self.appealed_at is None

    @condition(gettext_lazy("The re-verification date has not passed yet."))
    def _reverification_passed(self) -> bool:
        return self.reverification_passed

    # ------------------------------------------------------------ transitions
    # Each takes what it records as arguments and only changes fields (no I/O): the service that
    # fires it locks the row, checks the person, saves, audits and schedules side effects.
    def _touch(self) -> None:
        self.state_changed_at = timezone.now()

    def _start_decision_clock(self, *, on=None, enhanced_scrutiny: bool | None = None) -> None:
        """The decision is due N business days after `on` (today by default); the one place the
        due date is computed. Until screening says otherwise, the shorter service level applies."""
        if enhanced_scrutiny is None:
            enhanced_scrutiny = self.enhanced_scrutiny_required
        self.due_on = sla.decision_due_on(on or timezone.localdate(), enhanced_scrutiny=enhanced_scrutiny)

    def _record_screening(self, screening) -> None:
        self.latest_screening = screening
        self.risk_score = screening.risk_score
        self.enhanced_scrutiny_required = screening.enhanced_scrutiny
        self.deny_rule_matched = any(rule["effect"] == "deny" for rule in screening.matched_rules)
        self.matched_rule_ids = screening.rule_ids

    def record_rescreening(self, screening) -> None:
        """Screened again while open (the facts changed): the state stays, what it rests on changes."""
        self.screening_round = screening.round
        self._record_screening(screening)
        self._start_decision_clock(on=timezone.localdate(self.submitted_at or timezone.now()))

    @transition(field=state, source=State.DRAFT, target=State.SUBMITTED, conditions=[_fired_by_the_service_layer],
                permission=can.fsm_permission(can.applicant_member))
    def submit(self, *, attested: bool) -> None:
        if not attested:
            raise ValueError(_("The attestations must be confirmed before submitting."))
        self._touch()
        self.attested_at = self.submitted_at = self.state_changed_at
        # Screening lengthens this when it finds that enhanced scrutiny is required.
        self._start_decision_clock(enhanced_scrutiny=False)

    @transition(field=state, source=State.SUBMITTED, target=State.SCREENING, conditions=[_fired_by_the_service_layer],
                permission=can.fsm_permission(can.is_system))
    def begin_screening(self) -> None:
        self._touch()
        self.screening_round += 1

    @transition(field=state, source=State.SCREENING, target=State.DENIED,
                conditions=[_fired_by_the_service_layer, _given_a_denying_screening],
                permission=can.fsm_permission(can.is_system))
    def auto_deny(self, *, screening) -> None:
        self._touch()
        self._record_screening(screening)
        self.decided_at, self.decided_by, self.denied_by = self.state_changed_at, None, None
        self.decision_rationale = "Denied automatically: the application matches a rule the policy forbids."
        self.denial_reasons = [cited_reason(r) for r in screening.matched_rules if r["effect"] == "deny"]

    @transition(field=state, source=State.SCREENING, target=State.HUMAN_REVIEW,
                conditions=[_fired_by_the_service_layer, _given_a_screening_for_review],
                permission=can.fsm_permission(can.is_system))
    def route_to_review(self, *, screening) -> None:
        self._touch()
        self._record_screening(screening)
        self._start_decision_clock(on=timezone.localdate(self.submitted_at or self.state_changed_at))

    @transition(field=state, source=State.HUMAN_REVIEW, target=State.NEEDS_INFO,
                conditions=[_fired_by_the_service_layer], permission=can.fsm_permission(can.independent_reviewer))
    def request_info(self) -> None:
        self._touch()

    @transition(field=state, source=State.NEEDS_INFO, target=State.SUBMITTED, conditions=[_fired_by_the_service_layer],
                permission=can.fsm_permission(can.applicant_member))
    def resubmit(self) -> None:
        # The service-level clock restarts when the requested information arrives.
        self._touch()
        self.submitted_at = self.state_changed_at
        self._start_decision_clock(enhanced_scrutiny=False)

    @transition(field=state, source=State.HUMAN_REVIEW, target=State.APPROVED,
                conditions=[_fired_by_the_service_layer, _no_deny_rule, _no_scrutiny_required,
                            _organization_verified, _screened_on_the_current_profile],
                permission=can.fsm_permission(can.independent_reviewer))
    def approve(self, *, by, rationale: str, conditions: str, reverification_date) -> None:
        self._record_approval(by=by, rationale=rationale, conditions=conditions, reverification_date=reverification_date)

    @transition(field=state, source=[State.HUMAN_REVIEW, State.ENHANCED_SCRUTINY], target=State.DENIED,
                conditions=[_fired_by_the_service_layer], permission=can.fsm_permission(can.second_reviewer))
    def deny(self, *, by, rationale: str, reasons: list[str]) -> None:
        if not rationale.strip() or not reasons:
            raise ValueError(_("A denial needs a rationale and at least one reason."))
        self._touch()
        self.decided_at, self.decided_by, self.denied_by = self.state_changed_at, by, by
        self.decision_rationale, self.denial_reasons = rationale, list(reasons)

    @transition(field=state, source=State.HUMAN_REVIEW, target=State.ENHANCED_SCRUTINY,
                conditions=[_fired_by_the_service_layer, _no_deny_rule, _has_open_scrutiny_record],
                permission=can.fsm_permission(can.independent_reviewer))
    def recommend_approval(self) -> None:
        self._touch()

    @transition(field=state, source=State.ENHANCED_SCRUTINY, target=State.APPROVED,
                conditions=[_fired_by_the_service_layer, _no_deny_rule, _organization_verified,
                            _screened_on_the_current_profile, _four_eyes_signed],
                permission=can.fsm_permission(can.second_reviewer))
    def sign_off(self, *, by, rationale: str, conditions: str, reverification_date) -> None:
        self._record_approval(by=by, rationale=rationale, conditions=conditions, reverification_date=reverification_date)

    @transition(field=state, source=State.ENHANCED_SCRUTINY, target=State.HUMAN_REVIEW,
                conditions=[_fired_by_the_service_layer], permission=can.fsm_permission(can.independent_reviewer))
    def return_to_review(self) -> None:
        self._touch()

    @transition(field=state, source=[State.DRAFT, State.SUBMITTED, State.HUMAN_REVIEW, State.NEEDS_INFO],
                target=State.WITHDRAWN, conditions=[_fired_by_the_service_layer],
                permission=can.fsm_permission(can.applicant_member))
    def withdraw(self) -> None:
        self._touch()

    @transition(field=state, source=State.DENIED, target=State.HUMAN_REVIEW,
                conditions=[_fired_by_the_service_layer, _appeal_not_used],
                permission=can.fsm_permission(can.applicant_member))
    def appeal(self, *, statement: str, assignee) -> None:
        """`assignee` is a reviewer other than the one who denied (the service chooses one)."""
        if not statement.strip():
            raise ValueError(_("An appeal needs a statement."))
        if assignee is not None and assignee.pk == self.denied_by_id:
            raise ValueError(_("An appeal is decided by a reviewer other than the one who denied."))
        self._touch()
        self.appeal_statement, self.appealed_at, self.assignee = statement, self.state_changed_at, assignee
        self._start_decision_clock()

    @transition(field=state, source=State.APPROVED, target=State.REVOKED, conditions=[_fired_by_the_service_layer],
                permission=can.fsm_permission(can.may_revoke))
    def revoke(self, *, rationale: str) -> None:
        if not rationale.strip():
            raise ValueError(_("A revocation needs a rationale."))
        self._touch()
        self.revocation_rationale = rationale

    @transition(field=state, source=State.APPROVED, target=State.EXPIRED,
                conditions=[_fired_by_the_service_layer, _reverification_passed],
                permission=can.fsm_permission(can.is_system))
    def expire(self) -> None:
        self._touch()

    def _record_approval(self, *, by, rationale: str, conditions: str, reverification_date) -> None:
        if reverification_date is None or not rationale.strip():
            raise ValueError(_("An approval needs a rationale and a re-verification date."))
        self._touch()
        self.decided_at, self.decided_by, self.decision_rationale = self.state_changed_at, by, rationale
        self.approval_conditions, self.reverification_date = conditions, reverification_date

    TRANSITIONS = (
        "submit", "begin_screening", "auto_deny", "route_to_review", "request_info", "resubmit", "approve", "deny",
        "recommend_approval", "sign_off", "return_to_review", "withdraw", "appeal", "revoke", "expire",
    )


def _screening_given(application: "Application", *, outcome: str) -> bool:
    screening = (_arguments.get() or {}).get("screening")
    return (screening is not None and screening.application_id == application.pk
            and screening.round == application.screening_round and screening.outcome == outcome)


@contextmanager
def firing(application: Application, arguments: dict):
    """The one door to a transition: `reviews.services.transitions.fire` opens it around the call
    and the save. Anywhere else, every transition refuses and a changed state cannot be saved
    (a test checks that nothing outside the services uses this)."""
    token, args_token = _firing.set(application), _arguments.set(arguments)
    try:
        yield
    finally:
        _firing.reset(token)
        _arguments.reset(args_token)


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


def cited_reason(rule: dict) -> str:
    """A matched rule's reason with the law a pack's rule cites, as recorded: in the policy's own
    language, whatever language the request that led to it was in (`reviews.reasons` gives it in
    the reader's)."""
    with translation.override(settings.LANGUAGE_CODE):
        return cite(rule["reason"], rule.get("citation"))
