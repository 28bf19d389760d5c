"""The public pages: no sign-in, nothing changed, every figure from the audit log at a signed
checkpoint."""
import csv
import datetime
import io

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from charts.svg import hbar_chart
from public import register, transparency
from public.figures import Quarter


def _chosen_quarter(text: str | None, quarters: list[Quarter]) -> Quarter:
    if not text:
        return quarters[0]
    try:
        quarter = Quarter.parse(text)
    except ValueError:
        raise Http404(_("No such quarter.")) from None
    if quarter not in quarters:
        raise Http404(_("No report for this quarter."))
    return quarter


def _report_or_404(quarter_text: str | None):
    checkpoint = transparency.latest_checkpoint()
    quarters = transparency.available_quarters(checkpoint)
    if not quarters:
        return None, [], None
    quarter = _chosen_quarter(quarter_text, quarters)
    return transparency.report_for(quarter, checkpoint), quarters, quarter


def _chart(table: dict, column: str = "count", *, labels: dict | None = None):
    """Bars for one column of a table; a suppressed count is drawn as no bar, with its marker."""
    rows = []
    for row in table["rows"]:
        label, value = (labels or {}).get(row["id"], row["label"]), row["values"][column]
        if isinstance(value, int):
            rows.append((label, value))
        else:
            rows.append((label, 0, transparency.marker_label(value)))
    return hbar_chart(rows, css="series-0")


@require_GET
def transparency_report(request):
    report, quarters, quarter = _report_or_404(request.GET.get("quarter"))
    context = {"report": report, "quarters": quarters, "quarter": quarter}
    if report is not None:
        tables = {table["id"]: table for table in report["tables"]}
        context.update({
            "tables": tables,
            # The report holds ISO strings (it is also the JSON download); the page shows them localised.
            "period_start": quarter.start.date(),
            "period_end": quarter.end.date(),
            "checkpoint_published": datetime.datetime.fromisoformat(report["checkpoint"]["published_at"]),
            "overview_chart": _chart(tables["overview"]),
            "rules_chart": _chart(tables["automatic_denials_by_rule"]),
            "type_chart": _chart(tables["by_organization_type"], "received",
                                 labels=transparency.short_type_labels()),
        })
    return render(request, "public/transparency.html", context)


@require_GET
def transparency_json(request, quarter: str):
    report, _quarters, chosen = _report_or_404(quarter)
    if report is None:
        raise Http404(_("No report has been published yet."))
    response = JsonResponse(report, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="transparency-{chosen}.json"'
    return response


@require_GET
def transparency_csv(request, quarter: str):
    report, _quarters, chosen = _report_or_404(quarter)
    if report is None:
        raise Http404(_("No report has been published yet."))
    buffer = io.StringIO()
    csv.writer(buffer).writerows(transparency.csv_rows(report))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="transparency-{chosen}.csv"'
    return response


@require_GET
def register_list(request):
    entries = [(application, register.labels(application)) for application in register.register_entries()]
    return render(request, "public/register.html", {"entries": entries})


@require_GET
def register_json(request):
    entries = [register.entry(application) for application in register.register_entries()]
    response = JsonResponse({
        "register": "approved uses",
        "documentation": "docs/register.md",
        "generated_at": timezone.now().isoformat(),
        "fields": list(register.FIELDS),
        "entries": entries,
    }, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'attachment; filename="register-of-approved-uses.json"'
    return response
