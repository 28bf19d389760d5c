"""The oversight dashboard: what happened to applications over the last weeks. Auditors and
admins only; it changes nothing."""
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_GET

from audit.verification import latest_chain_check
from charts import svg as charts
from oversight import dashboard
from oversight.access import auditor_required
from request_values import parse_int

DEFAULT_WEEKS, MAX_WEEKS = 12, 52
WEEK_CHOICES = (4, 12, 26, 52)


def _weeks(value: str | None) -> int:
    weeks = parse_int(value)
    return DEFAULT_WEEKS if weeks is None else min(max(weeks, 1), MAX_WEEKS)


def _hours(delta) -> float | None:
    return None if delta is None else delta.total_seconds() / 3600


@require_GET
@auditor_required
def dashboard_view(request):
    weeks = _weeks(request.GET.get("weeks"))
    start = dashboard.window_start(weeks)
    week_list = dashboard.week_labels(start, weeks)
    labels = [date_format(w, "MONTH_DAY_FORMAT") for w in week_list]

    transitions = dashboard.transitions_per_week(start)
    states = [s for s in dashboard.STATE_LABELS if any(transitions.get((w, s)) for w in week_list)]
    state_series = [(dashboard.STATE_LABELS[s], [transitions.get((w, s), 0) for w in week_list]) for s in states]

    screenings = dashboard.screenings_per_week(start)
    denial_rows = []
    for week, label in zip(week_list, labels, strict=True):
        total, denied = screenings.get(week, (0, 0))
        denial_rows.append((label, total, denied, round(100 * denied / total, 1) if total else 0.0))
    total_screened = sum(r[1] for r in denial_rows)
    total_denied = sum(r[2] for r in denial_rows)

    times = dashboard.decision_times(start)
    overdue_by_state, overdue_oldest = dashboard.overdue(timezone.localdate())
    rules = dashboard.rules_matched(start)
    workload = dashboard.workload()
    current = dashboard.current_states()
    return render(request, "oversight/dashboard.html", {
        "weeks": weeks,
        "week_choices": WEEK_CHOICES,
        "start": start,
        "current": current,
        "current_chart": charts.hbar_chart(current, css="series-0"),
        "week_labels": labels,
        "state_series": state_series,
        "state_rows": [(label, [values[i] for _, values in state_series]) for i, label in enumerate(labels)],
        "states_chart": charts.stacked_columns(labels, state_series),
        "denial_rows": denial_rows,
        "denial_chart": charts.hbar_chart([(r[0], r[3]) for r in denial_rows], unit="%", css="series-denied"),
        "total_screened": total_screened,
        "total_denied": total_denied,
        "denial_rate": round(100 * total_denied / total_screened, 1) if total_screened else None,
        "rules": rules,
        "rules_chart": charts.hbar_chart(rules, css="series-1"),
        "times": times,
        "median_hours": _hours(times.median),
        "p90_hours": _hours(times.p90),
        "times_chart": charts.hbar_chart(times.buckets, css="series-2"),
        "workload": workload,
        "workload_chart": charts.hbar_chart(workload, css="series-3"),
        "overdue_by_state": overdue_by_state,
        "overdue_chart": charts.hbar_chart(overdue_by_state, css="series-denied"),
        "overdue_oldest": overdue_oldest,
        "today": timezone.localdate(),
        "chain_check": latest_chain_check(),
    })
