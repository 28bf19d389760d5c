"""The applicant's forms. The application form collects the facts of design §2 and checks
completeness with `validate_facts`, the same schema the `screen` command uses; its errors come
back as field paths ("end_users.1.country") and are shown next to the matching input."""
from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.country_names import country_choices
from accounts.widgets import LongSelect
from reviews.models import Application
from screening.facts import (
    CAPABILITIES,
    FR_ENVIRONMENTS,
    FR_MODES,
    ORG_TYPES,
    SOURCES,
    FactsError,
    validate_facts,
)

BLANK = [("", _("— choose —"))]
TEXT_MAX_LENGTH = 20_000

ATTESTATIONS = (
    ("attest_accurate", _("The information in this application is accurate and complete.")),
    (
        "attest_no_us_police_fr",
        _("The service will not be used for facial recognition by or for a police department in the United States."),
    ),
    ("attest_code_of_conduct", _("We accept the provider's code of conduct for the service.")),
)
ATTESTATION_MISSING = _("Please confirm this statement before submitting.")


def _text_area(rows: int = 4) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


class EndUserForm(forms.Form):
    """One organisation on whose behalf the service is used. Blank rows are ignored."""

    name = forms.CharField(label=_("Name"), required=False, max_length=200)
    type = forms.ChoiceField(label=_("Type"), required=False, choices=BLANK + list(ORG_TYPES))
    country = forms.ChoiceField(label=_("Country"), required=False, choices=country_choices, widget=LongSelect)

    def is_blank(self) -> bool:
        data = self.cleaned_data
        return not (data.get("name", "").strip() or data.get("type") or data.get("country"))


class BaseEndUserFormSet(forms.BaseFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove")

    def end_users(self) -> tuple[list[dict], list[int]]:
        """The kept rows as facts, and for each the index of its form (to place errors)."""
        users, positions = [], []
        for i, form in enumerate(self.forms):
            if not hasattr(form, "cleaned_data") or form.is_blank() or self._should_delete_form(form):
                continue
            data = form.cleaned_data
            # A field that already carries an error has left cleaned_data: read with defaults.
            users.append({"name": data.get("name", "").strip(), "type": data.get("type") or None,
                          "country": data.get("country") or None})
            positions.append(i)
        return users, positions


EndUserFormSet = forms.formset_factory(
    EndUserForm, formset=BaseEndUserFormSet, extra=0, can_delete=True, max_num=100, absolute_max=100,
    validate_max=True,
)


class ApplicationForm(forms.Form):
    """The facts of one application, lenient enough to save a draft at any time."""

    title = forms.CharField(label=_("Title"), required=False, max_length=200,
                            help_text=_("A short name for the use case, e.g. \"Summaries of case files\"."))
    description = forms.CharField(
        label=_("What will the service be used for?"), required=False, max_length=TEXT_MAX_LENGTH,
        widget=_text_area(6),
        help_text=_("Describe what it does, by whom, on whom and how. Reviewers read this text closely."),
    )
    capabilities = forms.MultipleChoiceField(
        label=_("Capabilities you need"), required=False, choices=CAPABILITIES, widget=forms.CheckboxSelectMultiple,
    )
    fr_mode = forms.ChoiceField(label=_("When does matching happen?"), required=False, choices=FR_MODES,
                                widget=forms.RadioSelect)
    fr_sources = forms.MultipleChoiceField(label=_("Where do the images come from?"), required=False,
                                           choices=SOURCES, widget=forms.CheckboxSelectMultiple)
    fr_environment = forms.ChoiceField(label=_("In what setting?"), required=False, choices=FR_ENVIRONMENTS,
                                       widget=forms.RadioSelect)
    fr_purpose = forms.CharField(label=_("Purpose of the facial recognition"), required=False,
                                 max_length=TEXT_MAX_LENGTH, widget=_text_area())
    data_sources = forms.CharField(label=_("Data sources (optional)"), required=False, max_length=TEXT_MAX_LENGTH,
                                   widget=_text_area(),
                                   help_text=_("What data will be processed, and where it comes from."))
    human_oversight = forms.CharField(
        label=_("Human oversight (optional)"), required=False, max_length=TEXT_MAX_LENGTH, widget=_text_area(),
        help_text=_("Who checks the output before anything consequential happens."),
    )
    # Where the system will be used: the law of those places may forbid or condition it (design §2).
    deployment_countries = forms.CharField(
        label=_("Countries where it will be used (optional)"), required=False, max_length=500,
        help_text=_("ISO country codes separated by commas, e.g. “DE, FR”."))
    deployment_subdivisions = forms.CharField(
        label=_("States, provinces or regions (optional)"), required=False, max_length=500,
        help_text=_("ISO 3166-2 codes separated by commas, e.g. “US-CA, DE-BE”."))
    deployment_localities = forms.CharField(
        label=_("Cities or localities (optional)"), required=False, max_length=2000,
        help_text=_("Names separated by commas, e.g. “San Francisco”."))
    document = forms.FileField(
        label=_("Add a supporting document (optional)"), required=False,
        help_text=_("PDF only, up to 10 MB: e.g. a privacy impact assessment or a legal basis."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )
    publish_consent = forms.BooleanField(
        label=_("Once approved, list this use in the public register of approved uses (optional)."),
        required=False,
        help_text=_("The register shows your organisation's name, type and country, the title and description "
                    "above, the capabilities, the conditions of the approval and its dates. You can withdraw this "
                    "consent at any time from the application's page, and the entry is then removed."),
    )
    attest_accurate = forms.BooleanField(label=ATTESTATIONS[0][1], required=False)
    attest_no_us_police_fr = forms.BooleanField(label=ATTESTATIONS[1][1], required=False)
    attest_code_of_conduct = forms.BooleanField(label=ATTESTATIONS[2][1], required=False)

    # Where each path of the facts schema is shown.
    FIELD_FOR_PATH = {
        "title": "title",
        "description": "description",
        # Who applies is the organisation's profile, not a field of this form.
        "organization": None,
        "organization.name": None,
        "organization.type": None,
        "organization.country": None,
        "organization.region": None,
        "organization.subdivision": None,
        "capabilities": "capabilities",
        "facial_recognition": "fr_mode",
        "facial_recognition.mode": "fr_mode",
        "facial_recognition.sources": "fr_sources",
        "facial_recognition.environment": "fr_environment",
        "facial_recognition.purpose": "fr_purpose",
        "data_sources": "data_sources",
        "human_oversight": "human_oversight",
        "deployment": "deployment_countries",
        "deployment.countries": "deployment_countries",
        "deployment.subdivisions": "deployment_subdivisions",
        "deployment.localities": "deployment_localities",
    }

    def __init__(self, *args, end_users: BaseEndUserFormSet, organization=None, organizations=(), attachments=(),
                 **kwargs):
        super().__init__(*args, **kwargs)
        self.end_user_formset = end_users
        # The applying organisation: who applies comes from its profile, shown read-only.
        self.profile = organization
        if attachments:
            self.fields["remove_documents"] = forms.MultipleChoiceField(
                label=_("Documents"), required=False, widget=forms.CheckboxSelectMultiple,
                choices=[(a.public_id, a.original_name) for a in attachments],
                help_text=_("Tick a document to remove it when you save."),
            )
        if len(organizations) > 1:
            self.fields["organization"] = forms.ChoiceField(
                label=_("Which of your organisations is applying?"),
                choices=[(o.public_id, o.name) for o in organizations],
                help_text=_("The application belongs to this organisation: all its members can see it."),
            )

    @classmethod
    def initial_for(cls, application: Application | None, organization=None) -> tuple[dict, list[dict]]:
        """The form's initial values and end-user rows: from the application's facts document, or
        for a new application from its organisation's profile. The inverse of `facts()`."""
        if application is not None:
            facts = application.facts()
        elif organization is not None:
            facts = {"organization": {"name": organization.name, "type": organization.type,
                                      "country": organization.country, "region": organization.region}}
        else:
            facts = {}
        fr = facts.get("facial_recognition") or {}
        initial = {
            "title": facts.get("title", ""), "description": facts.get("description", ""),
            "capabilities": list(facts.get("capabilities") or []), "fr_mode": fr.get("mode") or "",
            "fr_sources": list(fr.get("sources") or []), "fr_environment": fr.get("environment") or "",
            "fr_purpose": fr.get("purpose", ""), "data_sources": facts.get("data_sources", ""),
            "human_oversight": facts.get("human_oversight", ""),
            **{f"deployment_{key}": ", ".join((facts.get("deployment") or {}).get(key) or [])
               for key in ("countries", "subdivisions", "localities")},
        }
        if application is not None and application.publish_consent:
            initial["publish_consent"] = True
        return {k: v for k, v in initial.items() if v not in ("", [])}, list(facts.get("end_users") or [])

    def is_valid(self) -> bool:
        # Both must be checked (no short-circuit) so every error is shown at once.
        own, rows = super().is_valid(), self.end_user_formset.is_valid()
        return own and rows

    def clean_document(self):
        from reviews.models.attachment import check_pdf

        upload = self.cleaned_data.get("document")
        if upload:
            check_pdf(upload)
        return upload

    @property
    def attested(self) -> bool:
        return all(self.cleaned_data.get(name) for name, _label in ATTESTATIONS)

    def facts(self) -> dict:
        """The facts document as typed; `validate_facts` decides whether it is complete."""
        data = self.cleaned_data
        capabilities = list(data.get("capabilities") or [])
        fr = None
        if "facial_recognition" in capabilities:
            fr = {"mode": data.get("fr_mode") or None, "sources": list(data.get("fr_sources") or []),
                  "environment": data.get("fr_environment") or None, "purpose": data.get("fr_purpose", "")}
        organization = {}
        if self.profile is not None:
            organization = {"name": self.profile.name, "type": self.profile.type, "country": self.profile.country,
                            "region": self.profile.region}
            if self.profile.subdivision:
                organization["subdivision"] = self.profile.subdivision
        end_users, _positions = self.end_user_formset.end_users()
        facts = {
            "title": data.get("title", ""), "description": data.get("description", ""),
            "organization": organization, "end_users": end_users, "capabilities": capabilities,
            "facial_recognition": fr, "data_sources": data.get("data_sources", ""),
            "human_oversight": data.get("human_oversight", ""),
        }
        deployment = {key: [item.strip() for item in (data.get(f"deployment_{key}") or "").split(",") if item.strip()]
                      for key in ("countries", "subdivisions", "localities")}
        if any(deployment.values()):
            facts["deployment"] = deployment
        return facts

    def check_complete(self, *, attestations: bool = True) -> bool:
        """Validate the facts through the screening schema (and the attestations); place the errors."""
        try:
            validate_facts(self.facts())
        except FactsError as exc:
            self.add_facts_errors(exc.fields)
        if attestations:
            for name, _label in ATTESTATIONS:
                if not self.cleaned_data.get(name):
                    self.add_error(name, ATTESTATION_MISSING)
        return not self.errors and not any(f.errors for f in self.end_user_formset.forms)

    def add_facts_errors(self, fields: dict[str, str]) -> None:
        _users, positions = self.end_user_formset.end_users()
        # The schema's messages are already in the reader's language (see screening.facts).
        for path, message in fields.items():
            if path == "attestations":
                for name, _label in ATTESTATIONS:
                    if not self.cleaned_data.get(name):
                        self.add_error(name, message)
                continue
            if path.startswith("end_users."):
                self._add_end_user_error(path, message, positions)
                continue
            name = self.FIELD_FOR_PATH.get(path) or self.FIELD_FOR_PATH.get(path.rsplit(".", 1)[0])
            self._add(name if name in self.fields else None, message)

    def _add_end_user_error(self, path: str, message: str, positions: list[int]) -> None:
        parts = path.split(".")
        try:
            form = self.end_user_formset.forms[positions[int(parts[1])]]
        except (IndexError, ValueError):
            self._add(None, gettext("End users: %(message)s") % {"message": message})
            return
        field = parts[2] if len(parts) > 2 and parts[2] in form.fields else None
        if field and field not in form.errors:
            form.add_error(field, message)
        elif field is None:
            form.add_error(None, message)

    def _add(self, name: str | None, message: str) -> None:
        # One message per field is enough; the schema may report a list and its items.
        if name is not None and name in self.errors:
            return
        self.add_error(name, message)


class MessageToReviewersForm(forms.Form):
    body = forms.CharField(label=_("Your message"), max_length=TEXT_MAX_LENGTH, widget=_text_area(4))


class AppealForm(forms.Form):
    statement = forms.CharField(
        label=_("Why should the decision be reconsidered?"), max_length=TEXT_MAX_LENGTH, widget=_text_area(5),
        help_text=_("You can appeal once. Say what was misunderstood or what has changed."),
    )
