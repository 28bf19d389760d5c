"""The public transparency report of one quarter: the counts of `public.figures`, computed at the
latest signed checkpoint of the audit log, with small counts suppressed, as one document that the
page, the CSV and the JSON downloads all render.

Suppression: a count below 5 (zero included) is published as "fewer than 5", never as the number,
so that no single agency is exposed. When a column of a breakdown has exactly one such cell, its
total would give it away by subtraction, so the smallest other cell of that column is withheld too.
"""
from collections import Counter
from collections.abc import Iterable

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.country_names import country_name
from audit.models import AuditEvent
from audit.models_transparency import Checkpoint
from public.figures import LogEvent, Quarter, count_quarter, events_from_log
from screening.facts import ORG_TYPES

SMALL_COUNT = 5
FEWER_THAN_5 = "fewer than 5"
WITHHELD = "withheld"
# The two markers are part of the CSV and JSON formats, so they stay in English there; the page
# shows them translated (templates/public/_value.html).
OTHER_COUNTRIES = "other"
CACHE_SECONDS = 3600
BREAKDOWN_COLUMNS = ("received", "automatic_denials", "approvals", "denials")


def marker_label(marker: str) -> str:
    """What a reader sees for a suppressed count, in the page's language."""
    return {FEWER_THAN_5: _("fewer than 5"), WITHHELD: _("withheld")}[marker]


def short_type_labels() -> dict[str, str]:
    """Organisation types named briefly enough for a chart's labels (the tables use the full names)."""
    return {
        "police_department": _("Police department"), "other_law_enforcement": _("Other law enforcement"),
        "vendor": _("Vendor or integrator"), "government": _("Government body"), "commercial": _("Company"),
        "nonprofit": _("Nonprofit"), "academic": _("University or research"),
    }


def published(count: int) -> int | str:
    return count if count >= SMALL_COUNT else FEWER_THAN_5


def publish_column(counts: list[int]) -> list[int | str]:
    """One column of a breakdown, suppressed so that no small cell can be recovered from its total."""
    values = [published(n) for n in counts]
    small = [i for i, value in enumerate(values) if value == FEWER_THAN_5]
    shown = [i for i, value in enumerate(values) if value != FEWER_THAN_5]
    if len(small) == 1 and shown:
        values[min(shown, key=lambda i: counts[i])] = WITHHELD
    return values


def latest_checkpoint() -> Checkpoint | None:
    return Checkpoint.objects.order_by("-tree_size").first()


def available_quarters(checkpoint: Checkpoint | None) -> list[Quarter]:
    """The quarters from the service's first one to the one the checkpoint was signed in, newest first."""
    if checkpoint is None:
        return []
    first = AuditEvent.objects.filter(sequence__lte=checkpoint.tree_size).order_by("sequence").first()
    if first is None:
        return []
    quarter, last, quarters = Quarter.containing(first.created_at), Quarter.containing(checkpoint.published_at), []
    while (quarter.year, quarter.number) <= (last.year, last.number):
        quarters.append(quarter)
        quarter = quarter.following
    return quarters[::-1]


def _table(table_id: str, caption: str, columns: list[tuple[str, str]], rows: list[tuple[str, str, list]]) -> dict:
    return {
        "id": table_id,
        "caption": caption,
        "columns": [{"id": column_id, "label": label} for column_id, label in columns],
        "rows": [{"id": row_id, "label": label, "values": dict(zip([c for c, _ in columns], values, strict=True))}
                 for row_id, label, values in rows],
    }


def _breakdown(table_id: str, caption: str, row_header: str, keys: list[tuple[str, str]],
               counters: dict[str, Counter]) -> dict:
    columns = _breakdown_column_labels()
    published_columns = [publish_column([counters[name][key] for key, _ in keys]) for name, _ in columns]
    rows = [(key, label, [column[i] for column in published_columns]) for i, (key, label) in enumerate(keys)]
    table = _table(table_id, caption, columns, rows)
    table["row_header"] = row_header
    return table


def _breakdown_column_labels() -> list[tuple[str, str]]:
    return [("received", _("Received")), ("automatic_denials", _("Denied automatically")),
            ("approvals", _("Approved after review")), ("denials", _("Denied after review"))]


def build_report(quarter: Quarter, checkpoint: Checkpoint, *, events: Iterable[LogEvent] | None = None) -> dict:
    """The published report: JSON-ready, every count already suppressed. From the log's events up
    to the checkpoint, or from `events` read elsewhere (an export: see `transparency_recount`)."""
    if events is None:
        events = events_from_log(up_to=checkpoint.tree_size)
    counts = count_quarter(events, quarter)
    overview = _table("overview", _("Applications and decisions"), [("count", _("Number"))], [
        ("received", _("Applications received"), [published(len(counts.received))]),
        ("automatic_denials", _("Denied automatically by the screening"), [published(len(counts.automatic_denials))]),
        ("approvals", _("Approved after review"), [published(len(counts.approvals))]),
        ("denials", _("Denied after review"), [published(len(counts.denials))]),
        ("appeals_lodged", _("Appeals lodged"), [published(counts.appeals_lodged)]),
        ("appeals_upheld", _("Appeals decided: decision upheld"), [published(counts.appeals_upheld)]),
        ("appeals_overturned", _("Appeals decided: decision overturned"), [published(counts.appeals_overturned)]),
    ])
    rules = sorted(counts.automatic_denials_by_rule)
    rule_values = publish_column([counts.automatic_denials_by_rule[rule] for rule in rules])
    by_rule = _table("automatic_denials_by_rule", _("Automatic denials by the rule that matched"),
                     [("count", _("Automatic denials"))],
                     [(rule, rule, [value]) for rule, value in zip(rules, rule_values, strict=True)])

    columns = {name: getattr(counts, name) for name in BREAKDOWN_COLUMNS}
    by_type = {name: Counter(org_type for org_type, _ in pairs) for name, pairs in columns.items()}
    by_country = {name: Counter(country for _, country in pairs) for name, pairs in columns.items()}
    # A country is named only when one of its counts can be published; the others are pooled,
    # so that a small country's single agency is not singled out by the mere mention.
    named = sorted({c for counter in by_country.values() for c, n in counter.items() if n >= SMALL_COUNT})
    pooled = {name: Counter() for name in columns}
    for name, counter in by_country.items():
        for country, n in counter.items():
            pooled[name][country if country in named else OTHER_COUNTRIES] += n
    country_keys = [(c, country_name(c)) for c in named] + [(OTHER_COUNTRIES, _("Other countries"))]

    median = counts.median_days_to_decision
    decided = len(counts.days_to_decision)
    return {
        "report": "transparency",
        "quarter": str(quarter),
        "period": {"start": quarter.start.isoformat(), "end_before": quarter.end.isoformat(),
                   "complete": quarter.end <= checkpoint.published_at},
        "checkpoint": {
            "origin": checkpoint.note.split("\n", 1)[0],
            "tree_size": checkpoint.tree_size,
            "root_hash": checkpoint.root_hash,
            "published_at": checkpoint.published_at.isoformat(),
            "note": checkpoint.note,
        },
        "small_counts": {"threshold": SMALL_COUNT, "below_threshold": FEWER_THAN_5, "withheld": WITHHELD},
        "tables": [
            overview,
            by_rule,
            _breakdown("by_organization_type", _("By type of organisation"), _("Type of organisation"),
                       list(ORG_TYPES), by_type),
            _breakdown("by_country", _("By country of the organisation"), _("Country"), country_keys, pooled),
        ],
        # A duration, not a count: published when it summarises at least 5 decisions.
        "median_days_to_decision": {
            "days": round(median, 1) if median is not None and decided >= SMALL_COUNT else None,
            "decisions": published(decided),
        },
    }


def report_for(quarter: Quarter, checkpoint: Checkpoint) -> dict:
    """`build_report`, kept for an hour per checkpoint: a checkpoint's figures never change."""
    key = f"public:transparency:{checkpoint.tree_size}:{checkpoint.root_hash}:{quarter}:{get_language()}"
    report = cache.get(key)
    if report is None:
        report = build_report(quarter, checkpoint)
        cache.set(key, report, CACHE_SECONDS)
    return report


def csv_rows(report: dict):
    """The report as rows of (table, row, column, value), after a header; the checkpoint first."""
    yield ("table", "row", "column", "value")
    yield ("report", "quarter", "", report["quarter"])
    for name in ("origin", "tree_size", "root_hash", "published_at"):
        yield ("checkpoint", name, "", report["checkpoint"][name])
    for table in report["tables"]:
        for row in table["rows"]:
            for column, value in row["values"].items():
                yield (table["id"], row["id"], column, value)
    median = report["median_days_to_decision"]
    yield ("median_days_to_decision", "days", "", "" if median["days"] is None else median["days"])
    yield ("median_days_to_decision", "decisions", "", median["decisions"])


def now_quarter() -> Quarter:
    return Quarter.containing(timezone.now())
