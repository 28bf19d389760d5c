"""Forms of the oversight pages: uploading a draft policy, and the window of a simulation."""
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from request_values import DATE_RANGE_MESSAGE, EARLIEST_DATE, LATEST_DATE

MAX_POLICY_BYTES = 256 * 1024


class PolicyUploadForm(forms.Form):
    source = forms.CharField(label=_("Policy YAML"), required=False, widget=forms.Textarea(attrs={"rows": 24}),
                             help_text=_("Paste the document, or choose a file below."))
    file = forms.FileField(label=_("…or a YAML file"), required=False)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload is not None:
            if upload.size > MAX_POLICY_BYTES:
                raise forms.ValidationError(_("The file is too large for a policy document."))
            try:
                data["source"] = upload.read().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from exc
        if not (data.get("source") or "").strip():
            raise forms.ValidationError(_("Paste a policy document or choose a file."))
        return data


class WindowDateField(forms.DateField):
    """A day of a simulation's window: the window's end is extended by a day and converted to
    UTC, which the extremes of the calendar cannot survive, so they are refused next to the field."""

    def __init__(self, **kwargs):
        # An <input type="date"> holds an ISO date whatever the page's language (the browser shows
        # it the reader's way); the language's own format would leave it empty.
        super().__init__(required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), **kwargs)

    def validate(self, value):
        super().validate(value)
        if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
            raise forms.ValidationError(DATE_RANGE_MESSAGE, code="out_of_range")


class SimulationForm(forms.Form):
    since = WindowDateField(label=_("Screened from"))
    until = WindowDateField(label=pgettext_lazy("date range", "to"))
