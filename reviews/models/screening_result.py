"""What the screening engine decided about one submission, kept forever so that any decision
can be explained and replayed: the facts as screened, the policy version and the version of
every jurisdiction pack that applied, the matched rules."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ScreeningResult(models.Model):
    application = models.ForeignKey("reviews.Application", on_delete=models.PROTECT, related_name="screenings")
    round = models.PositiveIntegerField(help_text=_("Which submission of the application this screened."))
    policy_version = models.ForeignKey("screening.PolicyVersion", on_delete=models.PROTECT, related_name="+")
    policy_version_label = models.CharField(max_length=64)
    pack_versions = models.JSONField(
        default=list, blank=True,
        help_text=_('Every jurisdiction pack that applied: [{"pack": …, "version": …, "policy_version": pk}].'))
    outcome = models.CharField(max_length=16, choices=[("auto_denied", _("Denied automatically")),
                                                               ("human_review", _("Human review"))])
    enhanced_scrutiny = models.BooleanField()
    matched_rules = models.JSONField(default=list)
    facts = models.JSONField(help_text=_("The facts snapshot the screening was made on."))
    risk_score = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # Screening the same submission twice (a redelivered task) can never store two results.
            models.UniqueConstraint(fields=["application", "round"], name="one_screening_per_round"),
        ]

    def __str__(self) -> str:
        return f"{self.application_id} round {self.round}: {self.outcome}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("A screening result is immutable once stored.")
        super().save(*args, **kwargs)

    @property
    def rule_ids(self) -> list[str]:
        return [rule["id"] for rule in self.matched_rules]

    def as_output(self) -> dict:
        """The stored result in the design §2 output shape."""
        return {
            "policy_version": self.policy_version_label,
            "outcome": self.outcome,
            "enhanced_scrutiny": self.enhanced_scrutiny,
            "matched_rules": self.matched_rules,
            "risk_score": self.risk_score,
            **({"packs": [{"pack": p["pack"], "version": p["version"]} for p in self.pack_versions]}
               if self.pack_versions else {}),
        }

    @property
    def checklist_items(self) -> tuple[tuple[str, str], ...]:
        """The scrutiny checklist items the matched pack rules ask for, in order, once each."""
        items: dict[str, str] = {}
        for rule in self.matched_rules:
            for key, label in rule.get("checklist", ()):
                items.setdefault(key, label)
        return tuple(items.items())
