"""The decision record of one application: everything an oversight body needs to see why it
was decided as it was, and that the record was not changed since (the hash of every event)."""
import json
from dataclasses import dataclass

from audit.models import AuditEvent
from reviews.models import Application, ScrutinyRecord
from reviews.models.scrutiny import ANSWERS, ART_5_1_H_PURPOSES

# Keys of an event's data that carry a person's reasons, in the order they are shown.
REASON_KEYS = ("rationale", "reasons", "statement", "message", "conditions", "reverification_date")
ITEM_LABELS = dict(ScrutinyRecord.required_items(eu=True))
ANSWER_LABELS = dict(ANSWERS) | dict(ART_5_1_H_PURPOSES)


@dataclass(frozen=True)
class RecordEvent:
    event: AuditEvent
    reasons: list[tuple[str, str]]

    @property
    def is_decision(self) -> bool:
        return bool(self.event.to_state) or bool(self.reasons)


def _reasons(data: dict) -> list[tuple[str, str]]:
    found = []
    for key in REASON_KEYS:
        value = data.get(key)
        if value in (None, "", []):
            continue
        found.append((key.replace("_", " "), "; ".join(map(str, value)) if isinstance(value, list) else str(value)))
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
            {"record": r, "items": [(ITEM_LABELS.get(key, key), ANSWER_LABELS.get(item.get("answer"), item.get("answer")),
                                     item.get("note", "")) for key, item in r.checklist.items()]}
            for r in records
        ],
        "events": events,
        "decisions": [e for e in events if e.is_decision],
        "end_users": list(application.end_users.all()),
    }
