"""What an audit event is about, named generically so the log depends on no other app.

A model that can be the subject of events has a method `audit_subject()` returning an
`AuditSubject`; the log stores its kind and public id (indexed, to find an object's events) and
its human reference (hashed with the event, shown on the audit page).
"""
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class AuditSubject:
    kind: str  # "application", "organization", "user", "policy"
    public_id: str  # the identifier the object is known by outside the database
    reference: str = ""  # what people call it, e.g. "UCR-2026-000001"; empty if nothing stable


class Audited(Protocol):
    def audit_subject(self) -> AuditSubject: ...


def subject_of(obj: "Audited | AuditSubject | None") -> AuditSubject | None:
    if obj is None or isinstance(obj, AuditSubject):
        return obj
    return obj.audit_subject()
