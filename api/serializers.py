"""What the API reads and answers. Input is checked only for its shape here: whether a facts
document is complete is the facts schema's question (`validate_facts`), asked by the services."""
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from reviews import permissions
from reviews.forms.applicant import ATTESTATIONS
from reviews.models import Application
from reviews.states import OPEN_STATES, State
from reviews.views.status_page import timeline
from screening.facts import CAPABILITIES, FR_ENVIRONMENTS, FR_MODES, ORG_TYPES, SOURCES, FactsError, validate_facts

# Output: what an application's facts are now (a draft may hold anything typed so far).
FACTS_SCHEMA = {
    "type": "object",
    "description": "The facts document of design §2, as stored. Who applies (`organization`) is the "
                   "organisation's profile.",
}


def _text(max_length=None, **kwargs):
    return serializers.CharField(required=False, allow_blank=True, trim_whitespace=False, max_length=max_length,
                                 **kwargs)


class PartyInput(serializers.Serializer):
    name = _text(200)
    type = serializers.ChoiceField(choices=ORG_TYPES, required=False, allow_blank=True)
    country = _text(2, help_text="ISO 3166-1 alpha-2")


class FacialRecognitionInput(serializers.Serializer):
    mode = serializers.ChoiceField(choices=FR_MODES, required=False, allow_blank=True, allow_null=True)
    sources = serializers.ListField(child=serializers.ChoiceField(choices=SOURCES), required=False)
    environment = serializers.ChoiceField(choices=FR_ENVIRONMENTS, required=False, allow_blank=True,
                                          allow_null=True)
    purpose = _text(20000)


class FactsInput(serializers.Serializer):
    """The facts document of design §2, possibly incomplete (a draft); its shape is checked here,
    its completeness when it is submitted (or screened). `organization` is ignored: who applies is
    the organisation's profile."""

    title = _text(200)
    description = _text(20000)
    organization = serializers.DictField(required=False, help_text="Ignored: the organisation's profile is used.")
    end_users = serializers.ListField(child=PartyInput(), required=False, max_length=100)
    capabilities = serializers.ListField(child=serializers.ChoiceField(choices=CAPABILITIES), required=False)
    facial_recognition = FacialRecognitionInput(required=False, allow_null=True)
    data_sources = _text(20000)
    human_oversight = _text(20000)


SCREENING_SCHEMA = {
    "type": "object",
    "required": ["policy_version", "outcome", "enhanced_scrutiny", "matched_rules", "risk_score"],
    "properties": {
        "policy_version": {"type": "string"},
        "outcome": {"type": "string", "enum": ["auto_denied", "human_review"]},
        "enhanced_scrutiny": {"type": "boolean"},
        "matched_rules": {"type": "array", "items": {"type": "object", "properties": {
            "id": {"type": "string"}, "effect": {"type": "string", "enum": ["deny", "scrutiny"]},
            "reason": {"type": "string"}, "evidence": {"type": "array", "items": {"type": "object"}}}}},
        "risk_score": {"type": "integer", "minimum": 0, "maximum": 100},
    },
}


@extend_schema_field(FACTS_SCHEMA)
class FactsField(serializers.JSONField):
    def to_internal_value(self, data):
        if not isinstance(data, dict):
            raise serializers.ValidationError("Expected a JSON object with the facts of the application.")
        return super().to_internal_value(data)


class ListFilters(serializers.Serializer):
    state = serializers.ChoiceField(choices=State.choices, required=False, help_text="Only applications in this state.")
    reference = serializers.CharField(required=False, max_length=32, help_text="Only the application with this reference.")
    cursor = serializers.CharField(required=False, help_text="The page after (or before) another.")
    page_size = serializers.IntegerField(required=False, min_value=1, max_value=100, help_text="50 by default.")


class DraftInput(serializers.Serializer):
    facts = FactsField()


class ScreenInput(serializers.Serializer):
    facts = FactsField()


@extend_schema_field(SCREENING_SCHEMA)
class ScreeningField(serializers.JSONField):
    pass


class ScreenOutput(serializers.Serializer):
    screening = ScreeningField()


class Attestations(serializers.Serializer):
    """The three statements of the form, each to be confirmed with true."""

    attest_accurate = serializers.BooleanField(default=False, help_text=ATTESTATIONS[0][1])
    attest_no_us_police_fr = serializers.BooleanField(default=False, help_text=ATTESTATIONS[1][1])
    attest_code_of_conduct = serializers.BooleanField(default=False, help_text=ATTESTATIONS[2][1])


class SubmitInput(serializers.Serializer):
    attestations = Attestations()


class AppealInput(serializers.Serializer):
    statement = serializers.CharField(max_length=20000, allow_blank=True, trim_whitespace=False)


class MessageInput(serializers.Serializer):
    body = serializers.CharField(max_length=20000, allow_blank=True, trim_whitespace=False)


class DocumentInput(serializers.Serializer):
    document = serializers.FileField(help_text="A PDF of at most 10 MB.")


class DocumentOutput(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    name = serializers.CharField(source="original_name")
    size = serializers.IntegerField()


class TimelineEntry(serializers.Serializer):
    what = serializers.CharField()
    when = serializers.DateTimeField()
    who = serializers.ChoiceField(choices=["you", "a colleague", "a reviewer", "automatic"])


class MessageOutput(serializers.Serializer):
    who = serializers.ChoiceField(choices=["you", "a colleague", "a reviewer"])
    body = serializers.CharField()
    created_at = serializers.DateTimeField()


class Decision(serializers.Serializer):
    decided_at = serializers.DateTimeField(allow_null=True)
    denial_reasons = serializers.ListField(child=serializers.CharField())
    approval_conditions = serializers.CharField(allow_blank=True)
    reverification_date = serializers.DateField(allow_null=True)


class ApplicationSummary(serializers.Serializer):
    id = serializers.CharField(source="public_id")
    reference = serializers.CharField(allow_null=True)
    title = serializers.CharField(allow_blank=True)
    state = serializers.ChoiceField(choices=State.choices)
    state_label = serializers.CharField(source="get_state_display")
    created_at = serializers.DateTimeField()
    state_changed_at = serializers.DateTimeField()
    submitted_at = serializers.DateTimeField(allow_null=True)
    publish_consent = serializers.BooleanField()
    due_on = serializers.SerializerMethodField()

    @extend_schema_field({"type": "string", "format": "date", "nullable": True})
    def get_due_on(self, application) -> str | None:
        # While information is awaited the clock restarts at the resubmission: no date promised.
        shown = application.state in OPEN_STATES and application.state != State.NEEDS_INFO and application.due_on
        return application.due_on.isoformat() if shown else None


class ApplicationPage(serializers.Serializer):
    next = serializers.URLField(allow_null=True, help_text="The next page, if any.")
    previous = serializers.URLField(allow_null=True, help_text="The previous page, if any.")
    results = ApplicationSummary(many=True)


class ApplicationDetail(ApplicationSummary):
    facts = serializers.SerializerMethodField()
    incomplete = serializers.SerializerMethodField()
    actions = serializers.SerializerMethodField()
    decision = serializers.SerializerMethodField()
    timeline = serializers.SerializerMethodField()
    messages = serializers.SerializerMethodField()
    documents = serializers.SerializerMethodField()

    @extend_schema_field(FACTS_SCHEMA)
    def get_facts(self, application) -> dict:
        return application.facts()

    @extend_schema_field({"type": "object", "additionalProperties": {"type": "string"},
                          "description": "What submitting would refuse now, by field path (empty when complete)."})
    def get_incomplete(self, application) -> dict:
        try:
            validate_facts(application.facts())
        except FactsError as exc:
            return exc.fields
        return {}

    @extend_schema_field({"type": "array", "items": {"type": "string", "enum": list(permissions.APPLICANT_ACTIONS)}})
    def get_actions(self, application) -> list[str]:
        """What this key may do now: `reviews.permissions`' answer, as on the status page."""
        available = permissions.available_actions(application, self.context["request"].user)
        return [action for action in permissions.APPLICANT_ACTIONS if action in available]

    @extend_schema_field(Decision(allow_null=True))
    def get_decision(self, application):
        if application.state not in (State.APPROVED, State.DENIED, State.REVOKED, State.EXPIRED):
            return None
        return Decision({"decided_at": application.decided_at, "denial_reasons": list(application.denial_reasons),
                         "approval_conditions": application.approval_conditions,
                         "reverification_date": application.reverification_date}).data

    @extend_schema_field(TimelineEntry(many=True))
    def get_timeline(self, application):
        return TimelineEntry(timeline(application, self.context["request"].user), many=True).data

    @extend_schema_field(MessageOutput(many=True))
    def get_messages(self, application):
        viewer = self.context["request"].user
        return MessageOutput([
            {"who": "a reviewer" if not m.from_applicant else ("you" if m.author_id == viewer.pk else "a colleague"),
             "body": m.body, "created_at": m.created_at} for m in application.messages.all()], many=True).data

    @extend_schema_field(DocumentOutput(many=True))
    def get_documents(self, application):
        return DocumentOutput(application.attachments.all(), many=True).data


__all__ = ["Application", "ApplicationDetail", "ApplicationSummary"]
