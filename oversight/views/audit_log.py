"""The audit log for auditors and admins: filtered, keyset-paginated list, event detail,
streamed exports and the chain's verification status (with a "verify now" button).

Exports and verifications change nothing, but each is recorded in the log itself: who took
which events out of the system, and who checked the chain when.
"""
import json

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from audit import exports
from audit.events import AuditEventType
from audit.models import AuditEvent, ChainCheck
from audit.services import audit_event_record
from audit.verification import latest_chain_check
from oversight.access import auditor_required
from oversight.audit_log import AuditFilters, audit_page, chain_check_summary, known_actions, parse_cursor
from oversight.jobs import audit_verification_job_start
from oversight.models import BackgroundJob


def _cursors(query) -> tuple[int | None, int | None, list[str]]:
    before, after = parse_cursor(query.get("before")), parse_cursor(query.get("after"))
    broken = (query.get("before") and before is None) or (query.get("after") and after is None)
    return before, after, [_("That page link is not valid; showing the newest events.")] if broken else []


def _log_page(request, filters: AuditFilters, *, status: int = 200):
    before, after, notes = _cursors(request.GET)
    page = audit_page(filters, before=before, after=after)
    return render(request, "oversight/audit/log.html", {
        "filters": filters,
        "notes": notes,
        "page": page,
        "actions": known_actions(),
        "chain_check": latest_chain_check(),
        "older_query": filters.as_query(before=page.older_than) if page.older_than else "",
        "newer_query": filters.as_query(after=page.newer_than) if page.newer_than else "",
        "first_query": filters.as_query(),
    }, status=status)


@require_GET
@auditor_required
def log(request):
    return _log_page(request, AuditFilters.from_data(request.GET))


@require_GET
@auditor_required
def event_detail(request, sequence: int):
    event = AuditEvent.objects.select_related("actor").filter(sequence=sequence).first()
    if event is None:
        raise Http404(_("No such event."))
    return render(request, "oversight/audit/event_detail.html", {
        "event": event,
        "data_pretty": json.dumps(event.data, indent=2, ensure_ascii=False, sort_keys=True),
        "hash_matches": event.computed_hash() == event.hash,
        "previous": AuditEvent.objects.filter(sequence=sequence - 1).values_list("hash", flat=True).first(),
        "has_next": AuditEvent.objects.filter(sequence=sequence + 1).exists(),
        "chain_check": latest_chain_check(),
    })


@require_POST
@auditor_required
def export(request, fmt: str):
    if fmt not in exports.FORMATS:
        raise Http404(_("No such export format."))
    filters = AuditFilters.from_data(request.POST)
    if filters.errors:
        # Nothing is exported, so nothing is recorded: the page again, with what to correct.
        return _log_page(request, filters, status=400)
    # The export and its event agree: its query runs and its first rows are read first (an
    # export that cannot start fails here, unrecorded); then the event is recorded, before the
    # first byte leaves, so an export cut short is still on the record. It contains the events
    # up to the moment it started, never its own event.
    last = AuditEvent.objects.order_by("-sequence").values_list("sequence", flat=True).first() or 0
    lines = exports.export_lines(filters.apply(exports.exportable_events()).filter(sequence__lte=last), fmt)
    with transaction.atomic():
        audit_event_record(action=AuditEventType.AUDIT_EXPORTED, actor=request.user,
                           data={"format": fmt, "filters": filters.as_dict()})
    return exports.export_response(lines, fmt)


@require_POST
@auditor_required
def verify(request):
    job = audit_verification_job_start(by=request.user)
    job.refresh_from_db()
    if not job.is_finished:
        messages.info(request, _("Verification started; this page shows its progress."))
        return redirect("audit:job", job_id=job.pk)
    if job.status == job.Status.FAILED:
        messages.error(request, _("Audit chain verification failed: %(error)s") % {"error": job.error})
    else:
        check = ChainCheck.objects.get(pk=job.result["check"])
        (messages.success if check.intact else messages.error)(
            request, _("Audit chain: %(summary)s.") % {"summary": chain_check_summary(check)})
    target = request.POST.get("next", "")
    # Back to the page it came from: a path on this site, never a view name or another host.
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "audit:log"
    return redirect(target)


@require_GET
@auditor_required
def job(request, job_id: int):
    """The progress of a "verify now" still running; it answers at once and refreshes itself."""
    job = get_object_or_404(BackgroundJob, pk=job_id, kind=BackgroundJob.Kind.AUDIT_VERIFICATION)
    check = ChainCheck.objects.filter(pk=(job.result or {}).get("check")).first()
    return render(request, "oversight/audit/job.html", {"job": job, "check": check})
