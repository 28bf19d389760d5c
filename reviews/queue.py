"""The reviewer queue: filters, sort orders and keyset pagination over open applications.

Every page is a fixed number of queries whatever the number of rows: one for the page (keyset,
never OFFSET, so page 1,000 costs what page 1 costs), one for the state counters, one for the
reviewer's own organisations. The sort orders match partial indexes on `Application`.
"""
import base64
import binascii
import datetime
import json
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts import roles
from request_values import parse_int
from reviews.models import Application, StateCount
from reviews.states import AWAITING_REVIEW_STATES, QUEUE_STATES
from screening.facts import CAPABILITIES, ORG_TYPES

PAGE_SIZE = 50
SORTS = {
    # name: (label, [(field, descending)])
    "risk": (_("Highest risk first"), [("risk_score", True), ("id", True)]),
    "due": (_("Due soonest first"), [("due_on", False), ("id", False)]),
    "age": (_("Oldest first"), [("submitted_at", False), ("id", False)]),
}
ASSIGNMENT = {"": _("Anyone"), "me": _("Assigned to me"), "unassigned": _("Unassigned")}
CAPABILITY_VALUES = {value for value, _label in CAPABILITIES}
ORG_TYPE_VALUES = {value for value, _label in ORG_TYPES}


@dataclass
class QueueFilters:
    states: list[str] = field(default_factory=lambda: list(AWAITING_REVIEW_STATES))
    country: str = ""
    org_type: str = ""
    capability: str = ""
    rule: str = ""
    overdue: bool = False
    assigned: str = ""
    sort: str = "due"
    after: str = ""
    problems: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query) -> "QueueFilters":
        """Read filters from a query string; anything unknown is dropped with a note, never a 500."""
        f = cls()
        states = [s for s in query.getlist("state") if s]
        if states:
            f.states = [s for s in states if s in QUEUE_STATES]
            if len(f.states) != len(states):
                f.problems.append(gettext("Unknown state ignored."))
            if not f.states:
                f.states = list(AWAITING_REVIEW_STATES)
        country = query.get("country", "").strip().upper()
        if country and (len(country) != 2 or not country.isalpha()):
            f.problems.append(gettext("Country must be a two-letter code."))
        else:
            f.country = country
        f.org_type = _choice(query.get("org_type", ""), ORG_TYPE_VALUES,
                             gettext("Unknown organisation type ignored."), f.problems)
        f.capability = _choice(query.get("capability", ""), CAPABILITY_VALUES,
                               gettext("Unknown capability ignored."), f.problems)
        f.rule = query.get("rule", "").strip()[:64]
        f.overdue = query.get("overdue") in ("1", "on", "true")
        f.assigned = _choice(query.get("assigned", ""), set(ASSIGNMENT) - {""},
                             gettext("Unknown assignment ignored."), f.problems)
        f.sort = _choice(query.get("sort", "due"), set(SORTS), gettext("Unknown sort order ignored."), f.problems) or "due"
        f.after = query.get("after", "")[:200]
        return f

    def as_query(self, **changes) -> str:
        from urllib.parse import urlencode

        values = {"state": self.states, "country": self.country, "org_type": self.org_type,
                  "capability": self.capability, "rule": self.rule, "overdue": "1" if self.overdue else "",
                  "assigned": self.assigned, "sort": self.sort, "after": ""}
        values.update(changes)
        return urlencode([(k, v) for k, vs in values.items() for v in (vs if isinstance(vs, list) else [vs]) if v])


def _choice(value: str, allowed: set[str], unknown: str, problems: list[str]) -> str:
    """`value` if it is one of `allowed`; otherwise "", with the note `unknown` for the reviewer."""
    value = (value or "").strip()
    if value and value not in allowed:
        problems.append(unknown)
        return ""
    return value


def _json_list_contains(qs: QuerySet, column: str, value: str) -> QuerySet:
    if connection.vendor == "postgresql":
        return qs.filter(**{f"{column}__contains": [value]})  # jsonb @>, served by a GIN index
    return qs.filter(**{f"{column}__icontains": json.dumps(value)})


def filtered(user, f: QueueFilters) -> QuerySet:
    qs = Application.objects.visible_to(user).filter(state__in=f.states)
    if f.country:
        qs = qs.filter(org_country=f.country)
    if f.org_type:
        qs = qs.filter(org_type=f.org_type)
    if f.capability:
        qs = _json_list_contains(qs, "capabilities", f.capability)
    if f.rule:
        qs = _json_list_contains(qs, "matched_rule_ids", f.rule)
    if f.overdue:
        qs = qs.filter(due_on__lt=timezone.localdate())
    if f.assigned == "me":
        qs = qs.filter(assignee=user)
    elif f.assigned == "unassigned":
        qs = qs.filter(assignee__isnull=True)
    return qs


def _encode(values: list) -> str:
    raw = json.dumps([v.isoformat() if hasattr(v, "isoformat") else v for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str, keys: list[tuple[str, bool]]) -> list | None:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(values, list) or len(values) != len(keys):
        return None
    parsed = []
    for (name, _descending), value in zip(keys, values, strict=True):
        try:
            if name == "due_on":
                parsed.append(datetime.date.fromisoformat(value))
            elif name == "submitted_at":
                parsed.append(datetime.datetime.fromisoformat(value))
            elif (number := parse_int(value)) is not None:
                parsed.append(number)
            else:
                return None
        except (TypeError, ValueError, OverflowError):
            return None
    return parsed


def _after(qs: QuerySet, keys: list[tuple[str, bool]], values: list) -> QuerySet:
    """Rows strictly after `values` in the sort order (keyset pagination). Every sort key is set
    on every queued application (risk defaults to 0; due date and submission time at submit)."""
    (first, first_desc), (second, second_desc) = keys
    v1, v2 = values
    op1, op2 = ("lt" if first_desc else "gt"), ("lt" if second_desc else "gt")
    return qs.filter(Q(**{f"{first}__{op1}": v1}) | Q(**{first: v1, f"{second}__{op2}": v2}))


@dataclass
class QueuePage:
    rows: list
    next_cursor: str
    counts: dict[str, int]
    filters: QueueFilters


def queue_page(user, f: QueueFilters) -> QueuePage:
    label, keys = SORTS[f.sort]
    qs = filtered(user, f)
    if f.after:
        values = _decode(f.after, keys)
        if values is None:
            f.problems.append(gettext("That page link is no longer valid; showing the first page."))
        else:
            qs = _after(qs, keys, values)
    order = [f"-{name}" if desc else name for name, desc in keys]
    rows = list(
        qs.order_by(*order).select_related("assignee").only(
            "public_id", "reference", "title", "org_name", "org_type", "org_country", "state", "risk_score",
            "latest_screening_id", "due_on", "submitted_at", "assignee__email", "assignee__first_name",
            "assignee__last_name", "capabilities", "matched_rule_ids", "enhanced_scrutiny_required", "appealed_at",
        )[: PAGE_SIZE + 1]
    )
    next_cursor = ""
    if len(rows) > PAGE_SIZE:
        rows = rows[:PAGE_SIZE]
        next_cursor = _encode([getattr(rows[-1], name) for name, _descending in keys])
    return QueuePage(rows=rows, next_cursor=next_cursor, counts=state_counts(user), filters=f)


def state_counts(user) -> dict[str, int]:
    """Open applications per state, as this reviewer sees them (never their own organisation's)."""
    counts = dict.fromkeys(QUEUE_STATES, 0) | dict(
        StateCount.objects.filter(state__in=QUEUE_STATES).values_list("state", "count")
    )
    own = roles.organization_ids(user)
    if own:
        from django.db.models import Count

        for state, n in (Application.objects.filter(organization_id__in=own, state__in=QUEUE_STATES)
                         .values_list("state").annotate(n=Count("id")).values_list("state", "n")):
            counts[state] -= n
    return counts


__all__ = ["PAGE_SIZE", "SORTS", "QueueFilters", "QueuePage", "queue_page", "state_counts"]
