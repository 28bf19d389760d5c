"""Forms for the organisation profile and invitations. They only check input; the services in
`accounts.services` decide and record."""
import re

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.country_names import country_choices
from accounts.freemail import InvalidEmail, is_free_mail, normalize_email
from accounts.widgets import LongSelect
from screening.countries import COMMON_MISTAKES, COUNTRY_CODES
from screening.facts import ORG_TYPES

BLANK = [("", _("— choose —"))]


class CountryField(forms.ChoiceField):
    """An ISO 3166-1 alpha-2 code, forgiving about case and the usual slips ("UK" for "GB"); the
    list shows the countries' names in the page's language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", LongSelect)
        super().__init__(choices=country_choices, **kwargs)

    def to_python(self, value):
        code = str(super().to_python(value)).strip().upper()
        return COMMON_MISTAKES.get(code, code)

    def validate(self, value):
        forms.Field.validate(self, value)
        if value and value not in COUNTRY_CODES:
            raise forms.ValidationError(_("Choose a country from the list."), code="invalid_choice")


class OrganizationForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200,
                           help_text=_('Its official name, e.g. "Springfield Police Department".'))
    type = forms.ChoiceField(label=_("Type of organisation"), choices=BLANK + list(ORG_TYPES))
    country = CountryField(label=_("Country"))
    region = forms.CharField(label=_("Region, state or province (optional)"), max_length=200, required=False)
    subdivision = forms.CharField(
        label=_("Its code (optional)"), max_length=6, required=False,
        help_text=_("The ISO 3166-2 code of the state, province or region, e.g. US-CA or DE-BY. Some laws apply "
                    "by state or city."))
    website = forms.URLField(label=_("Official website"), max_length=300, required=False, assume_scheme="https",
                             help_text=_("Where a verifier can confirm who you are."))
    registry_id = forms.CharField(label=_("Registry or agency identifier (optional)"), max_length=100, required=False,
                                  help_text=_("E.g. a company or charity number, or a police agency identifier (ORI)."))
    evidence = forms.CharField(label=_("Anything else a verifier can check (optional)"), max_length=2000,
                               required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean_subdivision(self):
        return self.cleaned_data.get("subdivision", "").strip().upper()

    def clean(self):
        data = super().clean()
        code, country = data.get("subdivision", ""), data.get("country", "")
        if code:
            if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code):
                self.add_error("subdivision", gettext("Use an ISO 3166-2 code such as US-CA or DE-BY."))
            elif country and not code.startswith(country + "-"):
                self.add_error("subdivision", gettext("%(code)s is not in %(country)s: check the country or the code.")
                               % {"code": code, "country": country})
        if not (data.get("website") or data.get("registry_id") or (data.get("evidence") or "").strip()):
            self.add_error("website", gettext("Give at least one way to verify the organisation: its website, a "
                                              "registry identifier, or where to check."))
        return data


class VerificationForm(forms.Form):
    """What a verifier confirms (or corrects) after checking the evidence."""

    type = forms.ChoiceField(label=_("Type of organisation"), choices=BLANK + list(ORG_TYPES))
    country = CountryField(label=_("Country"))
    note = forms.CharField(label=_("How you checked"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("E.g. the register you looked the identifier up in. Kept in the audit log."))


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Your colleague's work email"), max_length=254)

    def clean_email(self):
        try:
            email = normalize_email(self.cleaned_data["email"])
        except InvalidEmail as exc:
            raise forms.ValidationError(str(exc)) from exc
        if is_free_mail(email):
            raise forms.ValidationError(gettext("Invite a work address: addresses at free-mail providers cannot "
                                                "sign up."))
        return email
