"""The enhanced scrutiny record (design §3): a first-class, immutable record of the checklist,
the first reviewer's recommendation and the second reviewer's sign-off or dissent.

The first reviewer's part can never change once filed; the second reviewer's part is written
exactly once. Both rules hold in `save()` and, on PostgreSQL, in triggers.
"""
import pgtrigger
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

CHECKLIST = (
    ("legal_authority", _("Legal authority for the use")),
    ("purpose_limitation", _("Purpose limitation")),
    ("human_oversight", _("Human oversight of every consequential decision")),
    ("data_retention", _("Data retention limits")),
    ("accuracy_bias_testing", _("Accuracy and bias testing evidence")),
    ("impact_assessment", _("Privacy / impact assessment")),
    ("public_transparency", _("Transparency to the public")),
    ("misuse_safeguards", _("Safeguards against misuse")),
)
# EU AI Act Art. 5(2)-(3): prior judicial or independent authorisation for real-time remote
# biometric identification, and which Art. 5(1)(h) purpose applies.
EU_CHECKLIST = (
    ("eu_prior_authorisation", _("Prior judicial or independent administrative authorisation (EU AI Act Art. 5(2)–(3))")),
    ("eu_art_5_1_h_purpose", _("Which EU AI Act Art. 5(1)(h) purpose applies")),
)
ANSWERS = (
    ("satisfied", _("Satisfied")),
    ("partly_satisfied", _("Partly satisfied")),
    ("not_satisfied", _("Not satisfied")),
    ("not_applicable", _("Not applicable")),
)
ART_5_1_H_PURPOSES = (
    ("victims", _("(i) Targeted search for specific victims of abduction, trafficking or sexual exploitation, or missing persons")),
    ("imminent_threat", _("(ii) Prevention of a specific, substantial and imminent threat to life or of a terrorist attack")),
    ("serious_crime_suspect", _("(iii) Localisation or identification of a suspect of a serious criminal offence (Annex II)")),
    ("none", _("None of them (the use is prohibited in the EU)")),
)

# A pack may ask for an item this module knows (the EU AI Act pack asks for the EU items): the
# label is then this module's, which reads in the reader's language; the pack's is English only.
_BUILT_IN_LABELS = dict(CHECKLIST + EU_CHECKLIST)

FIRST_PART = ("application", "checklist", "eu_items_required", "pack_items", "recommended_by", "recommendation_rationale",
              "proposed_conditions", "recommended_at")
SECOND_PART = ("second_reviewer", "second_decision", "second_rationale", "second_decided_at")


class ScrutinyRecord(models.Model):
    class SecondDecision(models.TextChoices):
        CONCUR = "concur", _("Signed off (concurs)")
        DISSENT = "dissent", _("Dissented (denied)")
        RETURNED = "returned", _("Returned to review")

    application = models.ForeignKey("reviews.Application", on_delete=models.PROTECT, related_name="scrutiny_records")
    checklist = models.JSONField(help_text=_('{item: {"answer": …, "note": …}} for every checklist item.'))
    eu_items_required = models.BooleanField(default=False)
    pack_items = models.JSONField(
        default=list, blank=True,
        help_text=_("[[item, label], …] the jurisdiction packs' matched rules added to the checklist."))
    recommended_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recommendation_rationale = models.TextField()
    proposed_conditions = models.TextField(blank=True)
    recommended_at = models.DateTimeField()

    second_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    second_decision = models.CharField(max_length=16, choices=SecondDecision.choices, blank=True)
    second_rationale = models.TextField(blank=True)
    second_decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-recommended_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(second_reviewer__isnull=True) | ~models.Q(second_reviewer=models.F("recommended_by")),
                name="scrutiny_four_eyes",
            ),
        ]
        triggers = [
            pgtrigger.Protect(name="scrutiny_no_delete", operation=pgtrigger.Delete),
            pgtrigger.Protect(
                name="scrutiny_first_part_immutable",
                operation=pgtrigger.Update,
                condition=pgtrigger.AnyChange(
                    "application", "checklist", "eu_items_required", "pack_items", "recommended_by",
                    "recommendation_rationale", "proposed_conditions", "recommended_at",
                ),
            ),
            pgtrigger.Protect(
                name="scrutiny_second_part_once",
                operation=pgtrigger.Update,
                condition=pgtrigger.Q(old__second_decided_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return gettext("Scrutiny record for application %(application)s (%(date)s)") % {
            "application": self.application_id,
            "date": date_format(timezone.localtime(self.recommended_at), "SHORT_DATE_FORMAT"),
        }

    @classmethod
    def required_items(cls, *, eu: bool, pack_items=()) -> tuple[tuple[str, str], ...]:
        """The base items, the EU items where the EU is involved, then the items of every
        applicable pack's matched rules (`ScreeningResult.checklist_items`), each once."""
        items = dict(CHECKLIST + (EU_CHECKLIST if eu else ()))
        for key, label in pack_items:
            items.setdefault(key, _BUILT_IN_LABELS.get(key, label))
        return tuple(items.items())

    @classmethod
    def checklist_errors(cls, checklist: dict, *, eu: bool, pack_items=()) -> dict[str, str]:
        """Field errors for an incomplete checklist: every item needs an answer and a note."""
        errors: dict[str, str] = {}
        valid_answers = {key for key, _label in ANSWERS}
        for key, label in cls.required_items(eu=eu, pack_items=pack_items):
            item = checklist.get(key) if isinstance(checklist, dict) else None
            item = item if isinstance(item, dict) else {}
            answer, note = item.get("answer", ""), str(item.get("note", "")).strip()
            allowed = {k for k, _label in ART_5_1_H_PURPOSES} if key == "eu_art_5_1_h_purpose" else valid_answers
            if answer not in allowed:
                errors[f"checklist.{key}.answer"] = gettext("Choose an answer for “%(item)s”.") % {"item": label}
            if not note:
                errors[f"checklist.{key}.note"] = gettext("Add a note for “%(item)s”.") % {"item": label}
        return errors

    @property
    def labelled_checklist(self) -> list[tuple[str, str, str]]:
        """(item, answer, note) in checklist order, in words."""
        labels = dict(tuple(tuple(item) for item in self.pack_items)) | _BUILT_IN_LABELS
        answers = dict(ANSWERS + ART_5_1_H_PURPOSES)
        return [(labels.get(key, key), answers.get(item.get("answer"), item.get("answer", "")), item.get("note", ""))
                for key, item in self.checklist.items()]

    @property
    def is_complete(self) -> bool:
        return bool(self.recommendation_rationale.strip()) and not self.checklist_errors(
            self.checklist, eu=self.eu_items_required, pack_items=self.pack_items
        )

    @property
    def is_signed_off_by_two(self) -> bool:
        return (
            self.is_complete
            and self.second_decision == self.SecondDecision.CONCUR
            and self.second_reviewer_id is not None
            and self.second_reviewer_id != self.recommended_by_id
            and self.second_decided_at is not None
            and bool(self.second_rationale.strip())
        )

    def save(self, *args, **kwargs):  # noqa: DJ012 (reads best after the checks it relies on)
        if self.pk is not None:
            stored = type(self).objects.get(pk=self.pk)
            if any(getattr(stored, f"{f}_id", getattr(stored, f, None)) != getattr(self, f"{f}_id", getattr(self, f, None))
                   for f in FIRST_PART):
                raise ValueError("The recommendation part of a scrutiny record cannot be changed.")
            if stored.second_decided_at is not None:
                raise ValueError("The second reviewer's part of a scrutiny record is written once.")
        if self.second_reviewer_id is not None and self.second_reviewer_id == self.recommended_by_id:
            raise ValueError("The second reviewer must be a different person from the recommender.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("A scrutiny record cannot be deleted.")
