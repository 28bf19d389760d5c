"""The decision record of one application: everything an oversight body needs to see why it
was decided as it was, and that the record was not changed since (the hash of every event)."""
import json
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from audit.models import AuditEvent
from audit.models_transparency import Checkpoint
from audit.transparency.keys import verifiers
from reviews.models import Application, ScrutinyRecord
from reviews.models.scrutiny import ANSWERS, ART_5_1_H_PURPOSES
from reviews.states import State

# Keys of an event's data that carry a person's reasons, in the order they are shown, with their labels.
REASON_KEYS = {
    "rationale": _("rationale"),
    "reasons": _("reasons"),
    "statement": _("statement"),
    "message": _("message"),
    "conditions": _("conditions"),
    "reverification_date": _("re-verification date"),
}
ITEM_LABELS = dict(ScrutinyRecord.required_items(eu=True))
ANSWER_LABELS = dict(ANSWERS) | dict(ART_5_1_H_PURPOSES)
# The states a decision leaves an application in; the latest such event is "the decision".
DECIDED_STATES = (State.APPROVED, State.DENIED, State.REVOKED, State.EXPIRED)


@dataclass(frozen=True)
class RecordEvent:
    event: AuditEvent
    reasons: list[tuple[str, str]]

    @property
    def is_decision(self) -> bool:
        return bool(self.event.to_state) or bool(self.reasons)


def _reasons(data: dict) -> list[tuple[str, str]]:
    found = []
    for key, label in REASON_KEYS.items():
        value = data.get(key)
        if value in (None, "", []):
            continue
        found.append((label, "; ".join(map(str, value)) if isinstance(value, list) else str(value)))
    return found


def decision_record(application: Application) -> dict:
    screenings = list(application.screenings.select_related("policy_version").order_by("round"))
    records = list(application.scrutiny_records.select_related("recommended_by", "second_reviewer")
                   .order_by("recommended_at"))
    events = [RecordEvent(e, _reasons(e.data)) for e in AuditEvent.objects.for_subject(application)]
    return {
        "application": application,
        "screenings": [
            {"screening": s, "facts_json": json.dumps(s.facts, indent=2, ensure_ascii=False, sort_keys=True)}
            for s in screenings
        ],
        "scrutiny_records": [
            {"record": r, "items": [({**ITEM_LABELS, **dict(map(tuple, r.pack_items))}.get(key, key),
                                     ANSWER_LABELS.get(item.get("answer"), item.get("answer")),
                                     item.get("note", "")) for key, item in r.checklist.items()]}
            for r in records
        ],
        "events": events,
        "decisions": [e for e in events if e.is_decision],
        "end_users": list(application.end_users.all()),
        "transparency": decision_in_transparency_log(events),
    }


def decision_event(events: list[RecordEvent]) -> AuditEvent | None:
    decided = [e.event for e in events if e.event.to_state in DECIDED_STATES]
    return decided[-1] if decided else None


def decision_in_transparency_log(events: list[RecordEvent]) -> dict | None:
    """The decision's event and the first signed checkpoint that covers it: what the inclusion
    proof (oversight:inclusion_proof) proves, and the key to check it with."""
    event = decision_event(events)
    if event is None:
        return None
    checkpoint = (Checkpoint.objects.filter(tree_size__gte=event.sequence).order_by("tree_size")
                  .only("tree_size", "published_at").first())
    try:
        verifier_key = str(verifiers()[0])
    except ImproperlyConfigured:
        verifier_key = ""
    return {"event": event, "checkpoint": checkpoint, "verifier_key": verifier_key}
