"""The decision record of an application, on screen and printable. Auditors and admins only;
it changes nothing."""
import json

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from audit.models import AuditEvent
from audit.transparency.checkpoints import TransparencyError
from audit.transparency.proofs import NoCheckpointYet, inclusion_proof_bundle
from audit.verification import latest_chain_check
from oversight.access import auditor_required
from oversight.records import RecordEvent, decision_event, decision_record
from reviews.models import Application


def _record_context(public_id: str) -> dict:
    application = (Application.objects.select_related("organization", "decided_by", "denied_by", "assignee")
                   .filter(public_id=public_id).first())
    if application is None:
        raise Http404(_("No such application."))
    return decision_record(application) | {"chain_check": latest_chain_check(), "now": timezone.now()}


@require_GET
@auditor_required
def record(request, public_id: str):
    return render(request, "oversight/decision_record.html", _record_context(public_id))


@require_GET
@auditor_required
def record_print(request, public_id: str):
    return render(request, "oversight/decision_record_print.html", _record_context(public_id))


@require_GET
@auditor_required
def inclusion_proof(request, public_id: str):
    """The inclusion proof of the decision's event, as a JSON file for tools/verify_inclusion.py."""
    application = Application.objects.filter(public_id=public_id).first()
    if application is None:
        raise Http404(_("No such application."))
    event = decision_event([RecordEvent(e, []) for e in AuditEvent.objects.for_subject(application)])
    if event is None:
        raise Http404(_("This application has no decision yet."))
    try:
        bundle = inclusion_proof_bundle(event.sequence)
    except NoCheckpointYet:
        return HttpResponse(_("No signed checkpoint covers this decision yet; one is published within minutes."),
                            status=409, content_type="text/plain; charset=utf-8")
    except TransparencyError as exc:
        return HttpResponse(_("The log no longer matches its signed checkpoint: %(error)s") % {"error": exc},
                            status=409, content_type="text/plain; charset=utf-8")
    response = HttpResponse(json.dumps(bundle, indent=2, ensure_ascii=False),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{application.reference}-decision-{event.sequence}.json"'
    return response
