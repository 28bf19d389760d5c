"""Forms for the organisation profile and invitations. They only check input; the services in
`accounts.services` decide and record."""
from django import forms

from accounts.freemail import InvalidEmail, is_free_mail, normalize_email
from screening.countries import COMMON_MISTAKES, COUNTRIES, COUNTRY_CODES
from screening.facts import ORG_TYPES

BLANK = [("", "— choose —")]


class CountryField(forms.ChoiceField):
    """An ISO 3166-1 alpha-2 code, forgiving about case and the usual slips ("UK" for "GB")."""

    def __init__(self, **kwargs):
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
