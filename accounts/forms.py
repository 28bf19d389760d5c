"""Forms for the organisation profile and invitations. They only check input; the services in
`accounts.services` decide and record."""
import re

from django import forms

from accounts.freemail import InvalidEmail, is_free_mail, normalize_email
from accounts.widgets import LongSelect
from screening.countries import COMMON_MISTAKES, COUNTRIES, COUNTRY_CODES
from screening.facts import ORG_TYPES

BLANK = [("", "— choose —")]


class CountryField(forms.ChoiceField):
    """An ISO 3166-1 alpha-2 code, forgiving about case and the usual slips ("UK" for "GB")."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", LongSelect)
        super().__init__(choices=BLANK + [(code, f"{name} ({code})") for code, name in COUNTRIES], **kwargs)

    def to_python(self, value):
        code = str(super().to_python(value)).strip().upper()
        return COMMON_MISTAKES.get(code, code)

    def validate(self, value):
        forms.Field.validate(self, value)
        if value and value not in COUNTRY_CODES:
            raise forms.ValidationError("Choose a country from the list.", code="invalid_choice")


class OrganizationForm(forms.Form):
    name = forms.CharField(label="Name of the organisation", max_length=200,
                           help_text='Its official name, e.g. "Springfield Police Department".')
    type = forms.ChoiceField(label="Type of organisation", choices=BLANK + list(ORG_TYPES))
    country = CountryField(label="Country")
    region = forms.CharField(label="Region, state or province (optional)", max_length=200, required=False)
    subdivision = forms.CharField(
        label="Its code (optional)", max_length=6, required=False,
        help_text="The ISO 3166-2 code of the state, province or region, e.g. US-CA or DE-BY. Some laws apply "
                  "by state or city.")
    website = forms.URLField(label="Official website", max_length=300, required=False, assume_scheme="https",
                             help_text="Where a verifier can confirm who you are.")
    registry_id = forms.CharField(label="Registry or agency identifier (optional)", max_length=100, required=False,
                                  help_text="E.g. a company or charity number, or a police agency identifier (ORI).")
    evidence = forms.CharField(label="Anything else a verifier can check (optional)", max_length=2000,
                               required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean_subdivision(self):
        return self.cleaned_data.get("subdivision", "").strip().upper()

    def clean(self):
        data = super().clean()
        code, country = data.get("subdivision", ""), data.get("country", "")
        if code:
            if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code):
                self.add_error("subdivision", "Use an ISO 3166-2 code such as US-CA or DE-BY.")
            elif country and not code.startswith(country + "-"):
                self.add_error("subdivision", f"{code} is not in {country}: check the country or the code.")
        if not (data.get("website") or data.get("registry_id") or (data.get("evidence") or "").strip()):
            self.add_error("website", "Give at least one way to verify the organisation: its website, a registry "
                                      "identifier, or where to check.")
        return data


class VerificationForm(forms.Form):
    """What a verifier confirms (or corrects) after checking the evidence."""

    type = forms.ChoiceField(label="Type of organisation", choices=BLANK + list(ORG_TYPES))
    country = CountryField(label="Country")
    note = forms.CharField(label="How you checked", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text="E.g. the register you looked the identifier up in. Kept in the audit log.")


class InvitationForm(forms.Form):
    email = forms.EmailField(label="Your colleague's work email", max_length=254)

    def clean_email(self):
        try:
            email = normalize_email(self.cleaned_data["email"])
        except InvalidEmail as exc:
            raise forms.ValidationError(str(exc)) from exc
        if is_free_mail(email):
            raise forms.ValidationError("Invite a work address: addresses at free-mail providers cannot sign up.")
        return email
