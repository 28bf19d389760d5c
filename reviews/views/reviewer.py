"""Reviewer pages: the triage queue and the review page with its actions.

Views parse the request, call one service, and render or redirect. When someone else acted
first, the reviewer is sent back to the page with what happened and the fresh state.
"""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import permission_required
from audit.models import AuditEvent
from reviews import permissions, queue, services
from reviews.forms import reviewer as rf
from reviews.models import Application
from reviews.services import ActionConflict, ActionInvalid, ActionNotAllowed
from reviews.services.reviewer import involves_eu, pack_checklist_items
from reviews.states import QUEUE_STATES, State
from reviews.views.queue_table import queue_rows
from screening.engine import signals as text_signals
from screening.facts import CAPABILITIES, ORG_TYPES
from screening.services import compiled
from screening.signals import TEXT_FIELDS

reviewer_required = permission_required("reviews.work_queue", gettext_lazy("Only reviewers work the review queue."))
# Admins may revoke an approval (design §3), so they open the review page too; every other
# action on it stays refused to them by `reviews.permissions`.
reviewer_or_admin_required = permission_required("reviews.open_review_page",
                                                 gettext_lazy("Only reviewers and admins may open this page."))


@require_GET
@reviewer_required
def queue_view(request):
    filters = queue.QueueFilters.from_query(request.GET)
    page = queue.queue_page(request.user, filters)
    return render(request, "reviews/queue.html", {
        "page": page,
        "rows_html": queue_rows(page.rows, timezone.localdate()),
        "filters": filters,
        "state_choices": [(s, State(s).label) for s in QUEUE_STATES],
        "org_types": ORG_TYPES,
        "capabilities": CAPABILITIES,
        "sorts": [(key, label) for key, (label, _order) in queue.SORTS.items()],
        "assignment": queue.ASSIGNMENT.items(),
        "today": timezone.localdate(),
        "next_query": filters.as_query(after=page.next_cursor) if page.next_cursor else "",
        "first_query": filters.as_query(),
    })


@require_POST
@reviewer_required
def take_next(request):
    application = services.application_take_next(by=request.user)
    if application is None:
        messages.info(request, _("Nothing is waiting unclaimed. Well done."))
        return redirect("reviews:queue")
    messages.success(request, _("%(reference)s is now assigned to you.") % {"reference": application.reference})
    return redirect("reviews:review", public_id=application.public_id)


def _application_for_review(request, public_id: str) -> Application:
    application = permissions.visible_application_or_404(request.user, public_id, select_related=())
    if application.state == State.DRAFT:
        raise Http404(_("No such application."))
    return application


# The page's action (its URL and form prefix) -> (form class, the action of `reviews.permissions`).
ACTIONS = {
    "request_info": (rf.RequestInfoForm, "request_info"),
    "approve": (rf.ApproveForm, "approve"),
    "deny": (rf.DenyForm, "deny"),
    "recommend": (rf.RecommendForm, "recommend_approval"),
    "sign_off": (rf.SignOffForm, "sign_off"),
    "return_to_review": (rf.RationaleForm, "return_to_review"),
    "revoke": (rf.RationaleForm, "revoke"),
}


def offered_actions(available: frozenset[str]) -> list[str]:
    """The page's actions among what this person may do now (`reviews.permissions`)."""
    return [name for name, (_, action) in ACTIONS.items() if action in available]


def _form(name: str, application: Application, data=None):
    form_class = ACTIONS[name][0]
    if form_class is rf.RecommendForm:
        return form_class(data, eu=involves_eu(application), pack_items=pack_checklist_items(application),
                          prefix=name)
    if form_class is rf.SignOffForm:
        record = application.open_scrutiny_record
        return form_class(data, proposed_conditions=record.proposed_conditions if record else "", prefix=name)
    return form_class(data, prefix=name)


def _evidence_by_field(screening) -> dict[str, list[dict]]:
    by_field = {field: [] for field in TEXT_FIELDS}
    if screening is None:
        return by_field
    # Highlighted as the policy the application was screened under reads text.
    reader = compiled(screening.policy_version).reader
    for spans in text_signals(screening.facts, reader=reader).values():
        for span in spans:
            by_field.setdefault(span["field"], []).append(span)
    return by_field


def _page(request, application: Application, *, forms=None, status=200):
    screening = application.latest_screening
    available = permissions.available_actions(application, request.user)
    offered = offered_actions(available)
    forms = forms or {}
    context = {
        "application": application,
        "screening": screening,
        "facts": screening.facts if screening else application.facts(),
        "evidence": (evidence := _evidence_by_field(screening)),
        "fr_purpose_evidence": evidence.get("facial_recognition.purpose", []),
        "end_users": list(application.end_users.all()),
        "attachments": list(application.attachments.all()),
        "history": list(AuditEvent.objects.for_subject(application).select_related("actor")),
        "notes": list(application.internal_notes.select_related("author")),
        "thread": list(application.messages.select_related("author")),
        "scrutiny_records": list(application.scrutiny_records.select_related("recommended_by", "second_reviewer")),
        "offered": offered,
        "forms": {name: forms.get(name) or _form(name, application) for name in offered},
        "note_form": forms.get("note") or rf.NoteForm(prefix="note"),
        "message_form": forms.get("message") or rf.MessageToApplicantForm(prefix="message"),
        "can_claim": "claim" in available and application.assignee_id is None,
        "can_release": "release" in available,
        "can_write": "add_note" in available,
        "today": timezone.localdate(),
    }
    return render(request, "reviews/review.html", context, status=status)


@require_GET
@reviewer_or_admin_required
def detail(request, public_id: str):
    application = _application_for_review(request, public_id)
    return _page(request, application)


def _call(application: Application, name: str, form, user, expected_state: str):
    data = form.cleaned_data
    common = {"application": application, "by": user, "expected_state": expected_state}
    if name == "request_info":
        return services.application_request_info(message=data["message"], **common)
    if name == "approve":
        return services.application_approve(rationale=data["rationale"], conditions=data["conditions"],
                                            reverification_date=data["reverification_date"], **common)
    if name == "deny":
        return services.application_deny(rationale=data["rationale"], reasons=data["reasons"], **common)
    if name == "recommend":
        return services.application_recommend_approval(checklist=form.checklist(), rationale=data["rationale"],
                                                       proposed_conditions=data["proposed_conditions"], **common)
    if name == "sign_off":
        return services.application_sign_off(rationale=data["rationale"], conditions=data["conditions"],
                                             reverification_date=data["reverification_date"], **common)
    if name == "return_to_review":
        return services.application_return_to_review(rationale=data["rationale"], **common)
    if name == "revoke":
        return services.application_revoke(rationale=data["rationale"], **common)
    raise Http404(_("No such action."))


def _apply_field_errors(form, fields: dict[str, str]) -> None:
    for path, message in fields.items():
        name = path.replace("checklist.", "").replace(".", "__")
        form.add_error(name if name in form.fields else None, message)


@require_POST
@reviewer_or_admin_required
def act(request, public_id: str, action: str):
    if action not in ACTIONS:
        raise Http404(_("No such action."))
    application = _application_for_review(request, public_id)
    expected_state = request.POST.get("expected_state", "")
    if expected_state and expected_state != application.state:
        messages.warning(request, _("Someone else acted on this application first; its state is now: %(state)s. "
                                    "Nothing was changed.") % {"state": application.get_state_display()})
        return redirect("reviews:review", public_id=public_id)
    form = _form(action, application, request.POST)
    if not form.is_valid():
        if action not in offered_actions(permissions.available_actions(application, request.user)):
            raise PermissionDenied(_("This action is not available to you for this application now."))
        return _page(request, application, forms={action: form}, status=400)
    try:
        _call(application, action, form, request.user, expected_state or application.state)
    except ActionConflict as exc:
        messages.warning(request, exc.message)
        return redirect("reviews:review", public_id=public_id)
    except ActionInvalid as exc:
        _apply_field_errors(form, exc.fields)
        return _page(request, application, forms={action: form}, status=400)
    except ActionNotAllowed as exc:
        raise PermissionDenied(exc.message) from exc
    state = Application.objects.get(pk=application.pk).get_state_display()
    messages.success(request, _("Done. The application's state is now: %(state)s.") % {"state": state})
    return redirect("reviews:review", public_id=public_id)


def _assignment(request, public_id: str, service, then: str):
    application = _application_for_review(request, public_id)
    try:
        service(application=application, by=request.user)
    except ActionNotAllowed as exc:
        messages.warning(request, exc.message)
    return redirect(then)


@require_POST
@reviewer_required
def claim(request, public_id: str):
    return _assignment(request, public_id, services.application_claim, reverse("reviews:review", args=[public_id]))


@require_POST
@reviewer_required
def release(request, public_id: str):
    return _assignment(request, public_id, services.application_release, reverse("reviews:queue"))


def _post_text(request, public_id: str, *, form_class, prefix: str, service, anchor: str):
    """A note or a message: one text field, one service, back to the same part of the page."""
    application = _application_for_review(request, public_id)
    form = form_class(request.POST, prefix=prefix)
    if not form.is_valid():
        return _page(request, application, forms={prefix: form}, status=400)
    try:
        service(application=application, by=request.user, body=form.cleaned_data["body"])
    except ActionNotAllowed as exc:
        raise PermissionDenied(exc.message) from exc
    return redirect(reverse("reviews:review", args=[public_id]) + anchor)


@require_POST
@reviewer_required
def add_note(request, public_id: str):
    return _post_text(request, public_id, form_class=rf.NoteForm, prefix="note",
                      service=services.application_add_internal_note, anchor="#notes")


@require_POST
@reviewer_required
def message_applicant(request, public_id: str):
    return _post_text(request, public_id, form_class=rf.MessageToApplicantForm, prefix="message",
                      service=services.application_message_applicant, anchor="#thread")
