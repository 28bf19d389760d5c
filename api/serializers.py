"""What the API reads and answers. Input is checked only for its shape here: whether a facts
document is complete is the facts schema's question (`validate_facts`), asked by the services."""
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from reviews import permissions
from reviews.forms.applicant import ATTESTATIONS
from reviews.models import Application
from reviews.states import OPEN_STATES, State
from reviews.views.status_page import timeline
from screening.facts import CAPABILITIES, FR_ENVIRONMENTS, FR_MODES, ORG_TYPES, SOURCES, FactsError, validate_facts

_ORG_TYPES = [value for value, _ in ORG_TYPES]
_PARTY = {"type": "object", "properties": {
    "name": {"type": "string"}, "type": {"type": "string", "enum": _ORG_TYPES},
    "country": {"type": "string", "description": "ISO 3166-1 alpha-2"}}}
FACTS_SCHEMA = {
    "type": "object",
    "description": "The facts document of design §2. A draft may be incomplete; submitting checks it. Who "
                   "applies (`organization`) always comes from the organisation's profile.",
    "properties": {
        "title": {"type": "string", "maxLength": 200},
        "description": {"type": "string"},
        "organization": {"type": "object", "description": "Ignored: taken from the organisation's profile."},
        "end_users": {"type": "array", "items": _PARTY},
        "capabilities": {"type": "array", "items": {"type": "string", "enum": [v for v, _ in CAPABILITIES]}},
        "facial_recognition": {"type": "object", "nullable": True, "properties": {
            "mode": {"type": "string", "enum": [v for v, _ in FR_MODES]},
            "sources": {"type": "array", "items": {"type": "string", "enum": [v for v, _ in SOURCES]}},
            "environment": {"type": "string", "enum": [v for v, _ in FR_ENVIRONMENTS]},
            "purpose": {"type": "string"}}},
        "data_sources": {"type": "string"},
        "human_oversight": {"type": "string"},
    },
}
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
    due_on = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.DATE)
    def get_due_on(self, application) -> str | None:
        # While information is awaited the clock restarts at the resubmission: no date promised.
        shown = application.state in OPEN_STATES and application.state != State.NEEDS_INFO and application.due_on
        return application.due_on.isoformat() if shown else None


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
