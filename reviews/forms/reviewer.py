"""Forms of the reviewer's actions. Each says what a person must give; the services check the rest."""
import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from reviews.models.scrutiny import ANSWERS, ART_5_1_H_PURPOSES, ScrutinyRecord
from reviews.sla import default_reverification_date

TEXT = {"rows": 3}


class RationaleForm(forms.Form):
    rationale = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=20000, label=_("Rationale"))


class RequestInfoForm(forms.Form):
    message = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=20000, label=_("Message"),
        help_text=_("The applicant reads this. Say exactly what is missing."),
    )


class DenyForm(RationaleForm):
    reasons = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=20000, label=_("Reasons"),
        help_text=_("One reason per line, in plain language: the applicant reads these."),
    )

    def clean_reasons(self) -> list[str]:
        reasons = [line.strip() for line in self.cleaned_data["reasons"].splitlines() if line.strip()]
        if not reasons:
            raise forms.ValidationError(gettext("Give at least one reason the applicant will read."))
        return reasons


def _future(value: datetime.date | None) -> datetime.date | None:
    if value is not None and value <= timezone.localdate():
        raise forms.ValidationError(gettext("Choose a date in the future."))
    return value


class ApproveForm(RationaleForm):
    conditions = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), required=False, max_length=20000, label=_("Conditions"),
        help_text=_('Shown to the applicant, e.g. "proof of concept only, 90 days, human confirms every match".'),
    )
    # An <input type="date"> holds an ISO date whatever the page's language (the browser shows it
    # the reader's way); the language's own format would leave it empty.
    reverification_date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                                          label=_("Reverification date"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reverification_date"].initial = default_reverification_date(timezone.localdate())

    def clean_reverification_date(self):
        return _future(self.cleaned_data["reverification_date"])


class SignOffForm(ApproveForm):
    def __init__(self, *args, proposed_conditions: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["conditions"].initial = proposed_conditions
        self.fields["rationale"].help_text = gettext("Why you concur with the recommendation.")


class RecommendForm(forms.Form):
    """The enhanced scrutiny checklist (design §3), with the EU AI Act items where they apply."""

    rationale = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=20000,
                                label=_("Recommendation rationale"))
    proposed_conditions = forms.CharField(widget=forms.Textarea(attrs=TEXT), required=False, max_length=20000,
                                          label=_("Proposed conditions"))

    def __init__(self, *args, eu: bool = False, pack_items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.items = ScrutinyRecord.required_items(eu=eu, pack_items=pack_items)
        for key, label in self.items:
            choices = ART_5_1_H_PURPOSES if key == "eu_art_5_1_h_purpose" else ANSWERS
            self.fields[f"{key}__answer"] = forms.ChoiceField(label=label, choices=[("", "—"), *choices])
            self.fields[f"{key}__note"] = forms.CharField(label=gettext("Note: %(item)s") % {"item": label},
                                                          widget=forms.Textarea(attrs={"rows": 2}), max_length=5000)

    def rows(self):
        return [(label, self[f"{key}__answer"], self[f"{key}__note"]) for key, label in self.items]

    def checklist(self) -> dict:
        return {key: {"answer": self.cleaned_data[f"{key}__answer"], "note": self.cleaned_data[f"{key}__note"]}
                for key, _label in self.items}


class NoteForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=20000, label=_("Internal note"))


class MessageToApplicantForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=20000, label=_("Message to the applicant"))
