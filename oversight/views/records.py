"""The decision record of an application, on screen and printable. Auditors and admins only;
it changes nothing."""
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from audit.verification import latest_chain_check
from oversight.access import auditor_required
from oversight.records import decision_record
from reviews.models import Application


def _record_context(public_id: str) -> dict:
    application = (Application.objects.select_related("organization", "decided_by", "denied_by", "assignee")
                   .filter(public_id=public_id).first())
    if application is None:
        raise Http404("No such application.")
    return decision_record(application) | {"chain_check": latest_chain_check(), "now": timezone.now()}


@require_GET
@auditor_required
def record(request, public_id: str):
    return render(request, "oversight/decision_record.html", _record_context(public_id))


@require_GET
@auditor_required
def record_print(request, public_id: str):
    return render(request, "oversight/decision_record_print.html", _record_context(public_id))
