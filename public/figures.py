"""The raw counts of one quarter, read from the audit log's events alone.

Nothing here reads the applications' tables: every count comes from what the events themselves
hold (the facts at submission, the matched rules of an automatic denial, the decisions and
appeals), so anyone holding the log's export can recompute them (see `events_from_export`).
Publishing them, with small counts suppressed, is `public.transparency`'s job.
"""
import datetime
import json
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from audit.events import AuditEventType as Event
from audit.models import AuditEvent
from request_values import parse_int

SUBMISSIONS = (Event.APPLICATION_SUBMIT, Event.APPLICATION_RESUBMIT)
APPROVALS = (Event.APPLICATION_APPROVE, Event.APPLICATION_SIGN_OFF)
DENIALS_BY_REVIEWERS = (Event.APPLICATION_DENY,)
# The events the figures read; every other event changes no figure.
COUNTED = (*SUBMISSIONS, Event.APPLICATION_AUTO_DENY, *APPROVALS, *DENIALS_BY_REVIEWERS, Event.APPLICATION_APPEAL)


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int  # 1..4

    @classmethod
    def parse(cls, text: str) -> "Quarter":
        """`2026-Q4`; ValueError otherwise."""
        year, _, number = text.strip().upper().partition("-Q")
        year, number = parse_int(year, minimum=2000, maximum=9999), parse_int(number, minimum=1, maximum=4)
        if year is None or number is None:  # ASCII digits only: int() would read "٢٠٢٦" too
            raise ValueError(text)
        return cls(year, number)

    @classmethod
    def containing(cls, moment: datetime.datetime) -> "Quarter":
        moment = moment.astimezone(datetime.UTC)
        return cls(moment.year, (moment.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def start(self) -> datetime.datetime:
        return datetime.datetime(self.year, 3 * self.number - 2, 1, tzinfo=datetime.UTC)

    @property
    def end(self) -> datetime.datetime:
        """The first moment after the quarter."""
        return self.following.start

    @property
    def following(self) -> "Quarter":
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def __contains__(self, moment: datetime.datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class LogEvent:
    """What the figures read of one audit event: the same fields in the log and in its export."""
    sequence: int
    created_at: datetime.datetime
    action: str
    subject: str  # the application's public id
    data: dict


def events_from_log(*, up_to: int) -> Iterator[LogEvent]:
    """The counted events of the log, up to and including sequence `up_to` (a checkpoint's tree
    size: leaf i of the tree is event i + 1), in sequence order."""
    rows = (
        AuditEvent.objects.filter(sequence__lte=up_to, subject_kind="application", action__in=COUNTED)
        .order_by("sequence").values_list("sequence", "created_at", "action", "subject_public_id", "data_json")
        .iterator(chunk_size=2_000)
    )
    for sequence, created_at, action, subject, data_json in rows:
        yield LogEvent(sequence, created_at, action, subject, json.loads(data_json))


def events_from_export(records: Iterable[dict], *, up_to: int) -> Iterator[LogEvent]:
    """The counted events of an audit export in JSON Lines (`audit.exports`), one dict a line."""
    for record in records:
        if int(record["sequence"]) > up_to or record["subject_kind"] != "application":
            continue
        if record["action"] in COUNTED:
            yield LogEvent(int(record["sequence"]), datetime.datetime.fromisoformat(record["created_at"]),
                           record["action"], record["subject_public_id"], json.loads(record["data_json"]))


@dataclass
class QuarterCounts:
    """Raw counts: never published as they are (see `public.transparency`)."""
    # (organisation type, country) of each application counted, from the facts it was submitted with.
    received: list[tuple[str, str]] = field(default_factory=list)
    automatic_denials: list[tuple[str, str]] = field(default_factory=list)
    automatic_denials_by_rule: Counter = field(default_factory=Counter)
    approvals: list[tuple[str, str]] = field(default_factory=list)
    denials: list[tuple[str, str]] = field(default_factory=list)
    appeals_lodged: int = 0
    appeals_upheld: int = 0
    appeals_overturned: int = 0
    days_to_decision: list[float] = field(default_factory=list)

    @property
    def median_days_to_decision(self) -> float | None:
        return statistics.median(self.days_to_decision) if self.days_to_decision else None


def count_quarter(events: Iterable[LogEvent], quarter: Quarter) -> QuarterCounts:
    """Count what happened in `quarter` (UTC) from the events, read in sequence order from the
    first (earlier events tell who applied and whether a decision answers an appeal).

    * received: first submissions in the quarter (a resubmission after a request for
      information is the same application);
    * automatic denials, and the deny rules they matched (an application can match several);
    * approvals (also after enhanced scrutiny) and denials by reviewers;
    * appeals lodged, and their outcomes: the first decision after an appeal is counted as its
      outcome only (a denial, automatic or not, upholds; an approval overturns);
    * the time to a reviewer's decision, from the first submission, in days.
    """
    counts = QuarterCounts()
    applicant: dict[str, tuple[str, str]] = {}
    first_submitted: dict[str, datetime.datetime] = {}
    appealed: set[str] = set()
    for event in events:
        now = event.created_at in quarter
        if event.action in SUBMISSIONS:
            organization = (event.data.get("facts") or {}).get("organization") or {}
            applicant[event.subject] = (organization.get("type", ""), organization.get("country", ""))
            if event.subject not in first_submitted:
                first_submitted[event.subject] = event.created_at
                if now:
                    counts.received.append(applicant[event.subject])
            continue
        if event.action == Event.APPLICATION_APPEAL:
            appealed.add(event.subject)
            counts.appeals_lodged += now
            continue
        if event.subject in appealed:
            # The first decision after an appeal is its outcome, and only that.
            appealed.discard(event.subject)
            if now and event.action in APPROVALS:
                counts.appeals_overturned += 1
            elif now:
                counts.appeals_upheld += 1
            continue
        if not now:
            continue
        who = applicant.get(event.subject, ("", ""))
        if event.action == Event.APPLICATION_AUTO_DENY:
            counts.automatic_denials.append(who)
            rules = {rule["id"] for rule in event.data.get("matched_rules", []) if rule.get("effect") == "deny"}
            counts.automatic_denials_by_rule.update(rules)
            continue
        (counts.approvals if event.action in APPROVALS else counts.denials).append(who)
        if event.subject in first_submitted:
            elapsed = event.created_at - first_submitted[event.subject]
            counts.days_to_decision.append(elapsed.total_seconds() / 86_400)
    return counts
