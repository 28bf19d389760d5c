"""The numbers behind the dashboard, each aggregated in the database over a bounded window, so
the page costs the same number of queries however long the history grows."""
import datetime
import math
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.models import AuditEvent
from reviews.models import Application, ScreeningResult, StateCount
from reviews.states import QUEUE_STATES, State

STATE_LABELS = dict(State.choices)
DURATION_BUCKETS = (
    (gettext_lazy("under 1 day"), datetime.timedelta(0), datetime.timedelta(days=1)),
    (gettext_lazy("1–3 days"), datetime.timedelta(days=1), datetime.timedelta(days=3)),
    (gettext_lazy("3–7 days"), datetime.timedelta(days=3), datetime.timedelta(days=7)),
    (gettext_lazy("1–2 weeks"), datetime.timedelta(days=7), datetime.timedelta(days=14)),
    (gettext_lazy("2–4 weeks"), datetime.timedelta(days=14), datetime.timedelta(days=28)),
    (gettext_lazy("over 4 weeks"), datetime.timedelta(days=28), None),
)
OVERDUE_LISTED = 20
WORKLOAD_LISTED = 30


def window_start(weeks: int) -> datetime.datetime:
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday() + 7 * (weeks - 1))
    return timezone.make_aware(datetime.datetime.combine(monday, datetime.time.min))


def week_labels(start: datetime.datetime, weeks: int) -> list[datetime.date]:
    return [start.date() + datetime.timedelta(weeks=i) for i in range(weeks)]


def _week(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def transitions_per_week(start: datetime.datetime) -> dict[tuple[datetime.date, str], int]:
    """How many applications entered each state, per week (from the audit log's transitions)."""
    rows = (AuditEvent.objects.filter(created_at__gte=start, subject_kind="application").exclude(to_state="")
            .annotate(week=TruncWeek("created_at")).values_list("week", "to_state")
            .annotate(n=Count("id")).order_by())
    return {(_week(week), state): n for week, state, n in rows}


def screenings_per_week(start: datetime.datetime) -> dict[datetime.date, tuple[int, int]]:
    """(screenings, automatic denials) per week."""
    rows = (ScreeningResult.objects.filter(created_at__gte=start).annotate(week=TruncWeek("created_at"))
            .values_list("week").annotate(total=Count("id"), denied=Count("id", filter=Q(outcome="auto_denied")))
            .order_by())
    return {_week(week): (total, denied) for week, total, denied in rows}


def rules_matched(start: datetime.datetime) -> list[tuple[str, int]]:
    """How many screenings matched each rule id (unnested in the database)."""
    table = ScreeningResult._meta.db_table
    if connection.vendor == "postgresql":
        sql = (f"SELECT r->>'id', count(*) FROM {table}, jsonb_array_elements({table}.matched_rules) AS r "  # noqa: S608
               f"WHERE {table}.created_at >= %s GROUP BY 1 ORDER BY 2 DESC, 1")
    else:
        sql = (f"SELECT json_extract(r.value, '$.id'), count(*) FROM {table}, json_each({table}.matched_rules) AS r "  # noqa: S608
               f"WHERE {table}.created_at >= %s GROUP BY 1 ORDER BY 2 DESC, 1")
    with connection.cursor() as cursor:
        cursor.execute(sql, [start])
        return [(rule_id, n) for rule_id, n in cursor.fetchall()]


@dataclass(frozen=True)
class DecisionTimes:
    count: int
    median: datetime.timedelta | None
    p90: datetime.timedelta | None
    buckets: list[tuple[str, int]]


def _human_decisions(start: datetime.datetime):
    # People's decisions only: an automatic denial takes seconds and would hide the queue's delay.
    return (Application.objects.filter(decided_at__gte=start, decided_by__isnull=False, submitted_at__isnull=False)
            .annotate(took=ExpressionWrapper(F("decided_at") - F("submitted_at"), output_field=DurationField())))


def decision_times(start: datetime.datetime) -> DecisionTimes:
    decisions = _human_decisions(start)
    counts = decisions.aggregate(total=Count("id"), **{
        f"b{i}": Count("id", filter=Q(took__gte=low) & (Q(took__lt=high) if high else Q()))
        for i, (_, low, high) in enumerate(DURATION_BUCKETS)
    })
    total = counts["total"]

    def percentile(fraction: float):
        if not total:
            return None
        # Nearest-rank percentile: one row fetched by its rank, the sort done by the database.
        rank = max(math.ceil(fraction * total) - 1, 0)
        return decisions.order_by("took").values_list("took", flat=True)[min(rank, total - 1)]

    return DecisionTimes(
        count=total, median=percentile(0.5), p90=percentile(0.9),
        buckets=[(label, counts[f"b{i}"]) for i, (label, _, _) in enumerate(DURATION_BUCKETS)],
    )


def workload() -> list[tuple[str, int]]:
    rows = (Application.objects.filter(state__in=QUEUE_STATES).values_list("assignee__email")
            .annotate(n=Count("id")).order_by("-n", "assignee__email")[:WORKLOAD_LISTED])
    return [(email or _("unassigned"), n) for email, n in rows]


def overdue(today: datetime.date):
    open_overdue = Application.objects.filter(state__in=QUEUE_STATES, due_on__lt=today)
    by_state = dict(open_overdue.values_list("state").annotate(n=Count("id")).order_by())
    oldest = list(open_overdue.select_related("assignee").order_by("due_on", "id")[:OVERDUE_LISTED])
    return [(STATE_LABELS.get(s, s), by_state.get(s, 0)) for s in QUEUE_STATES if by_state.get(s)], oldest


def current_states() -> list[tuple[str, int]]:
    counts = StateCount.as_dict()
    return [(label, counts.get(value, 0)) for value, label in State.choices]
