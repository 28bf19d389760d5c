"""Reviewer pages: the triage queue and the review page with its actions.

Views parse the request, call one service, and render or redirect. When someone else acted
first, the reviewer is sent back to the page with what happened and the fresh state.
"""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET, require_POST

from accounts import roles
from audit.models import AuditEvent
from reviews import queue, services
from reviews import reviewer_forms as rf
from reviews.models import Application
from reviews.services import ActionConflict, ActionInvalid, ActionNotAllowed
from reviews.services.reviewer import involves_eu
from reviews.services.transitions import authorize
from reviews.states import QUEUE_STATES, State
from screening.engine import signals as text_signals
from screening.facts import CAPABILITIES, ORG_TYPES
from screening.signals import TEXT_FIELDS


def _requiring(predicate, message: str):
    def decorator(view):
        def wrapped(request, *args, **kwargs):
            if not predicate(request.user):
                raise PermissionDenied(message)
            return view(request, *args, **kwargs)

        wrapped.__name__, wrapped.__doc__ = view.__name__, view.__doc__
        return login_required(wrapped)

    return decorator


reviewer_required = _requiring(roles.is_reviewer, "Only reviewers work the review queue.")
# Admins may revoke an approval (DESIGN §3), so they open the review page too; every other
# action on it stays refused to them by the transitions' permissions.
reviewer_or_admin_required = _requiring(roles.is_reviewer | roles.is_admin, "Only reviewers and admins may open this page.")


STATE_LABELS = dict(State.choices)
ORG_TYPE_SHORT = {"police_department": "police", "other_law_enforcement": "other law enforcement", "vendor": "vendor",
                  "government": "government", "commercial": "company", "nonprofit": "nonprofit", "academic": "academic"}


def queue_rows(rows, today) -> SafeString:
    """The queue table's rows. Built here rather than in the template: a reviewer loads this page
    all day, and fifty rows of template lookups cost more than every query of the page together."""
    html = []
    for app in rows:
        overdue = app.due_on is not None and app.due_on < today
        html.append(format_html(
            '<tr{}><td><a href="/review/{}/">{}</a>{}</td><td><a href="/review/{}/">{}</a></td><td>{} <span class="muted">({})</span></td>'
            '<td>{}</td><td><span class="state state-{}">{}</span>{}</td><td>{}</td><td class="rules">{}</td>'
            "<td>{}{}</td><td>{}</td></tr>",
            mark_safe(' class="overdue"') if overdue else "",  # noqa: S308 - constant
            app.public_id, app.reference,
            mark_safe(' <span class="tag">appeal</span>') if app.appealed_at else "",  # noqa: S308 - constant
            app.public_id, app.title, app.org_name, ORG_TYPE_SHORT.get(app.org_type, app.org_type), app.org_country,
            app.state, STATE_LABELS.get(app.state, app.state),
            mark_safe(' <span class="tag">scrutiny</span>') if app.enhanced_scrutiny_required else "",  # noqa: S308
            app.risk_score if app.latest_screening_id else "—",
            ", ".join(app.matched_rule_ids or []),
            app.due_on.isoformat() if app.due_on else "—",
            mark_safe(' <strong class="bad">overdue</strong>') if overdue else "",  # noqa: S308 - constant
            app.assignee.email if app.assignee_id else "—",
        ))
    return mark_safe("".join(html))  # noqa: S308 - every row above is format_html-escaped


@require_GET
@reviewer_required
def queue_view(request):
    filters = queue.QueueFilters.from_query(request.GET)
    page = queue.queue_page(request.user, filters)
    return render(request, "review/queue.html", {
        "page": page,
        "rows_html": queue_rows(page.rows, timezone.localdate()),
        "filters": filters,
        "state_choices": [(s, State(s).label) for s in QUEUE_STATES],
        "org_types": ORG_TYPES,
        "capabilities": CAPABILITIES,
        "sorts": [(key, label) for key, (label, _) in queue.SORTS.items()],
        "assignment": queue.ASSIGNMENT.items(),
        "today": timezone.localdate(),
        "next_query": filters.as_query(after=page.next_cursor) if page.next_cursor else "",
        "first_query": filters.as_query(),
    })


@require_POST
@reviewer_required
def take_next(request):
    application = queue.take_next(by=request.user)
    if application is None:
        messages.info(request, "Nothing is waiting unclaimed. Well done.")
        return redirect("review:queue")
    messages.success(request, f"{application.reference} is now assigned to you.")
    return redirect("review:detail", public_id=application.public_id)


def _application_for_review(request, public_id: str) -> Application:
    application = Application.objects.visible_to(request.user).filter(public_id=public_id).first()
    if application is None or application.state == State.DRAFT:
        raise Http404("No such application.")
    return application


# action name -> (form class, transition checked for "is it offered", service call)
ACTIONS = {
    "request_info": (rf.RequestInfoForm, "request_info"),
    "approve": (rf.ApproveForm, "approve"),
    "deny": (rf.DenyForm, "deny"),
    "recommend": (rf.RecommendForm, "recommend_approval"),
    "sign_off": (rf.SignOffForm, "sign_off"),
    "return_to_review": (rf.RationaleForm, "return_to_review"),
    "revoke": (rf.RationaleForm, "revoke"),
}


def offered_actions(application: Application, user) -> list[str]:
    """The actions this person may take now (conditions that depend on the form come later)."""
    offered = []
    for name, (_, transition) in ACTIONS.items():
        try:
            authorize(application, transition, by=user,
                      check_conditions=transition not in ("recommend_approval", "sign_off"))
        except ActionNotAllowed:
            continue
        if transition == "recommend_approval" and application.deny_rule_matched:
            continue
        offered.append(name)
    return offered


def _form(name: str, application: Application, data=None):
    form_class = ACTIONS[name][0]
    if form_class is rf.RecommendForm:
        return form_class(data, eu=involves_eu(application), prefix=name)
    if form_class is rf.SignOffForm:
        record = application.open_scrutiny_record
        return form_class(data, proposed_conditions=record.proposed_conditions if record else "", prefix=name)
    return form_class(data, prefix=name)


def _evidence_by_field(screening) -> dict[str, list[dict]]:
    by_field = {field: [] for field in TEXT_FIELDS}
    if screening is None:
        return by_field
    for spans in text_signals(screening.facts).values():
        for span in spans:
            by_field.setdefault(span["field"], []).append(span)
    return by_field


def _page(request, application: Application, *, forms=None, status=200):
    screening = application.latest_screening
    offered = offered_actions(application, request.user)
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
        "message_form": forms.get("message") or rf.MessageForm(prefix="message"),
        "is_mine": application.assignee_id == request.user.pk,
        "can_claim": application.state in (State.HUMAN_REVIEW, State.ENHANCED_SCRUTINY) and application.assignee_id is None,
        "today": timezone.localdate(),
    }
    return render(request, "review/detail.html", context, status=status)


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
    raise Http404("No such action.")


def _apply_field_errors(form, fields: dict[str, str]) -> None:
    for path, message in fields.items():
        name = path.replace("checklist.", "").replace(".", "__")
        form.add_error(name if name in form.fields else None, message)


@require_POST
@reviewer_or_admin_required
def act(request, public_id: str, action: str):
    if action not in ACTIONS:
        raise Http404("No such action.")
    application = _application_for_review(request, public_id)
    expected_state = request.POST.get("expected_state", "")
    if expected_state and expected_state != application.state:
        messages.warning(request, f"Someone else acted on this application first: it is now "
                                  f"{application.get_state_display().lower()}. Nothing was changed.")
        return redirect("review:detail", public_id=public_id)
    form = _form(action, application, request.POST)
    if not form.is_valid():
        if action not in offered_actions(application, request.user):
            raise PermissionDenied("This action is not available to you for this application now.")
        return _page(request, application, forms={action: form}, status=400)
    try:
        _call(application, action, form, request.user, expected_state or application.state)
    except ActionConflict as exc:
        messages.warning(request, exc.message)
        return redirect("review:detail", public_id=public_id)
    except ActionInvalid as exc:
        _apply_field_errors(form, exc.fields)
        return _page(request, application, forms={action: form}, status=400)
    except ActionNotAllowed as exc:
        raise PermissionDenied(exc.message) from exc
    messages.success(request, "Done. The application is now "
                              f"{Application.objects.get(pk=application.pk).get_state_display().lower()}.")
    return redirect("review:detail", public_id=public_id)


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
    return _assignment(request, public_id, services.application_claim, reverse("review:detail", args=[public_id]))


@require_POST
@reviewer_required
def release(request, public_id: str):
    return _assignment(request, public_id, services.application_release, reverse("review:queue"))


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
    return redirect(reverse("review:detail", args=[public_id]) + anchor)


@require_POST
@reviewer_required
def add_note(request, public_id: str):
    return _post_text(request, public_id, form_class=rf.NoteForm, prefix="note",
                      service=services.application_add_internal_note, anchor="#notes")


@require_POST
@reviewer_required
def message_applicant(request, public_id: str):
    return _post_text(request, public_id, form_class=rf.MessageForm, prefix="message",
                      service=services.application_message_applicant, anchor="#thread")
