"""What applicants do with their applications: the list, the application form, the status page
and its actions. Each action calls one service; the services check permission and state again,
so a stale page can do no harm."""
import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import roles
from accounts.models import Organization
from request_values import parse_int
from reviews import permissions, services
from reviews.forms.applicant import AppealForm, ApplicationForm, EndUserFormSet, MessageToReviewersForm
from reviews.models import Application, Attachment
from reviews.services import ActionInvalid, ActionNotAllowed
from reviews.services.attachments import attachment_add, attachment_remove
from reviews.states import OPEN_STATES, State
from reviews.views.status_page import status_context

END_USERS_PREFIX = "end_users"
# Tokens of the "new application" forms already saved, so a second click edits instead of duplicating.
NEW_FORM_TOKENS = "new_application_tokens"


def _visible_application(request, public_id: str) -> Application:
    return permissions.visible_application_or_404(request.user, public_id)


def _editable_application(request, public_id: str) -> Application:
    application = _visible_application(request, public_id)
    if not permissions.applicant_member.test(request.user, application):
        # Someone who may read it (an auditor, a reviewer) but not act as the applicant.
        raise PermissionDenied(_("Only members of the applying organisation can change an application."))
    return application


def _needs_organization(user) -> bool:
    """A person who belongs to no organisation and has no staff role has one thing to do first."""
    return not (roles.organization_ids(user) or roles.is_staff_member(user) or user.is_superuser)


@login_required
@require_GET
def application_list(request):
    if _needs_organization(request.user):
        return redirect("accounts:organization_home")
    applications = (
        Application.objects.visible_to(request.user)
        .select_related("organization")
        .order_by("-state_changed_at")[:200]
    )
    return render(request, "reviews/application_list.html", {
        "applications": applications,
        "open_states": OPEN_STATES,
        "can_apply": bool(permissions.applying_organization_ids(request.user)),
    })


# ------------------------------------------------------------------------------- the form
def _bound_forms(request, *, initial=None, end_users=None, add_row: bool = False, organizations=(), application=None,
                 organization=None):
    organization = application.organization if application is not None else organization
    attachments = list(application.attachments.all()) if application is not None else []
    if request.method == "POST":
        data = request.POST
        if add_row:
            # Without JavaScript, "add an end user" posts the form back and gets one more row.
            data = data.copy()
            key = f"{END_USERS_PREFIX}-TOTAL_FORMS"
            rows = parse_int(data.get(key, "0"))
            data[key] = "1" if rows is None else str(min(rows + 1, 100))
        formset = EndUserFormSet(data, prefix=END_USERS_PREFIX)
        return ApplicationForm(data, request.FILES, end_users=formset, organization=organization,
                               organizations=organizations, attachments=attachments)
    formset = EndUserFormSet(initial=end_users or [], prefix=END_USERS_PREFIX)
    return ApplicationForm(initial=initial, end_users=formset, organization=organization, organizations=organizations,
                           attachments=attachments)


def _render_form(request, form, *, application=None, token="", status=200):
    return render(request, "reviews/application_form.html", {
        "form": form,
        "organization": form.profile,
        "formset": form.end_user_formset,
        "choose_organization": "organization" in form.fields,
        "application": application,
        "attachments": list(application.attachments.all()) if application else [],
        "removing": request.POST.getlist("remove_documents") if request.method == "POST" else [],
        "token": token,
        "resubmitting": application is not None and application.state == State.NEEDS_INFO,
    }, status=status)


def _save_and_maybe_submit(request, form, application: Application | None, organization, token: str = ""):
    """Save what was typed (a draft is never refused for being incomplete), then submit if asked."""
    action = request.POST.get("action", "save")
    if action == "add_end_user":
        return _render_form(request, form, application=application, token=token)
    if not form.is_valid():
        if request.FILES:
            messages.error(request, _("Some answers need correcting: see the messages next to them. Nothing was "
                                      "saved. Browsers cannot keep a chosen file: please choose the document again."))
        else:
            messages.error(request, _("Some answers need correcting: see the messages next to them. Nothing was "
                                      "saved."))
        return _render_form(request, form, application=application, token=token, status=422)
    # Whatever happens next, what was typed is kept as a draft first.
    application = _save_draft(request, form, application, organization, token)
    upload = form.cleaned_data.get("document")
    if upload:
        try:
            attachment_add(application=application, by=request.user, upload=upload)
        except ActionInvalid as exc:
            form.add_error("document", exc.message)
            messages.error(request, _("The document was not added; the rest was saved."))
            return _render_form(request, form, application=application, status=422)
    removals = set(form.cleaned_data.get("remove_documents") or ())
    for attachment in application.attachments.filter(public_id__in=removals):
        attachment_remove(attachment=attachment, by=request.user)
    if action != "submit":
        messages.success(request, _("Draft saved."))
        return redirect("reviews:application_edit", application.public_id)
    if not form.check_complete(attestations=application.state == State.DRAFT):
        messages.error(request, _("The application is not complete yet: see the messages next to the fields. "
                                  "Your draft was saved."))
        return _render_form(request, form, application=application, status=422)
    try:
        if application.state == State.NEEDS_INFO:
            services.application_resubmit(application=application, by=request.user, expected_state=State.NEEDS_INFO)
            messages.success(request, _("Resubmitted. It will be screened again and then go back to a reviewer."))
        else:
            services.application_submit(application=application, by=request.user, attested=form.attested,
                                        expected_state=State.DRAFT)
            messages.success(request, _("Submitted. We have sent you a receipt by email."))
    except ActionInvalid as exc:
        form.add_facts_errors(exc.fields)
        messages.error(request, exc.message)
        return _render_form(request, form, application=application, status=422)
    return redirect("reviews:application_detail", application.public_id)


def _save_draft(request, form, application, organization, token: str) -> Application:
    if application is None:
        application = services.application_create_draft(organization=organization, by=request.user, facts=form.facts(),
                                                        publish_consent=form.cleaned_data.get("publish_consent", False))
        if token:
            tokens = request.session.get(NEW_FORM_TOKENS, {})
            tokens[token] = application.public_id
            request.session[NEW_FORM_TOKENS] = dict(list(tokens.items())[-20:])
        return application
    # The consent is asked with the attestations, which a resubmission does not show again.
    consent = None if application.state == State.NEEDS_INFO else form.cleaned_data.get("publish_consent", False)
    return services.application_update_draft(application=application, by=request.user, facts=form.facts(),
                                             publish_consent=consent)


@login_required
@require_http_methods(["GET", "POST"])
def application_new(request):
    if _needs_organization(request.user):
        return redirect("accounts:organization_home")
    organizations = list(Organization.objects.filter(
        pk__in=permissions.applying_organization_ids(request.user)).order_by("name"))
    if not organizations:
        raise PermissionDenied(_("Only members of an applicant organisation can apply."))
    # A member of several organisations says which one applies; one organisation needs no question.
    chosen = request.POST.get("organization") if request.method == "POST" else request.GET.get("organization")
    organization = next((o for o in organizations if o.public_id == chosen), organizations[0])
    if request.method == "GET":
        initial, end_users = ApplicationForm.initial_for(None, organization)
        initial["organization"] = organization.public_id
        form = _bound_forms(request, initial=initial, end_users=end_users, organizations=organizations,
                            organization=organization)
        return _render_form(request, form, token=secrets.token_urlsafe(16))
    token = request.POST.get("token", "")[:64]
    saved = request.session.get(NEW_FORM_TOKENS, {}).get(token) if token else None
    if saved:
        # The same form posted twice (a double click, the back button): continue the draft it made.
        return _edit(request, _editable_application(request, saved))
    form = _bound_forms(request, add_row=request.POST.get("action") == "add_end_user", organizations=organizations,
                        organization=organization)
    try:
        return _save_and_maybe_submit(request, form, None, organization, token)
    except ActionNotAllowed as exc:
        messages.error(request, exc.message)
        return redirect("reviews:application_list")


def _edit(request, application: Application):
    if not permissions.may(application, request.user, "edit"):
        if request.method == "POST":
            messages.info(request, _("This application is %(state)s and can no longer be edited: nothing was "
                                     "changed.") % {"state": permissions.state_in_a_sentence(application.state)})
        return redirect("reviews:application_detail", application.public_id)
    if request.method == "GET":
        initial, end_users = ApplicationForm.initial_for(application)
        form = _bound_forms(request, initial=initial, end_users=end_users, application=application)
        return _render_form(request, form, application=application)
    form = _bound_forms(request, add_row=request.POST.get("action") == "add_end_user", application=application)
    try:
        return _save_and_maybe_submit(request, form, application, application.organization)
    except ActionNotAllowed as exc:
        # Typically a second click on "Submit": the first one already went through.
        messages.info(request, _("%(refusal)s Nothing was changed.") % {"refusal": exc.message})
        return redirect("reviews:application_detail", application.public_id)


@login_required
@require_http_methods(["GET", "POST"])
def application_edit(request, public_id: str):
    return _edit(request, _editable_application(request, public_id))


# ------------------------------------------------------------------------- the status page
@login_required
@require_GET
def application_detail(request, public_id: str):
    application = _visible_application(request, public_id)
    return render(request, "reviews/application_detail.html", status_context(request, application))


def _act(request, application: Application, act, done: str):
    """Run one service for the status page's buttons; a refusal becomes a message, never an error page."""
    try:
        act(application)
    except ActionInvalid as exc:
        messages.error(request, " ".join(exc.fields.values()) or exc.message)
    except ActionNotAllowed as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, done)
    return redirect("reviews:application_detail", application.public_id)


@login_required
@require_POST
def application_withdraw(request, public_id: str):
    application = _editable_application(request, public_id)
    return _act(request, application, lambda app: services.application_withdraw(
        application=app, by=request.user, expected_state=request.POST.get("state") or None,
    ), _("The application was withdrawn."))


@login_required
@require_POST
def application_resubmit(request, public_id: str):
    application = _editable_application(request, public_id)
    try:
        services.application_resubmit(application=application, by=request.user, expected_state=State.NEEDS_INFO)
    except ActionInvalid as exc:
        messages.error(request, _("%(problem)s Correct the application, then resubmit.") % {"problem": exc.message})
        return redirect("reviews:application_edit", application.public_id)
    except ActionNotAllowed as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Resubmitted. It will be screened again and then go back to a reviewer."))
    return redirect("reviews:application_detail", application.public_id)


@login_required
@require_POST
def application_unpublish(request, public_id: str):
    application = _editable_application(request, public_id)
    return _act(request, application, lambda app: services.application_withdraw_publication_consent(
        application=app, by=request.user,
    ), _("Your consent was withdrawn: the application is not listed in the public register."))


def _act_with_form(request, public_id: str, *, form_class, context_key: str, act, done: str):
    """A status-page button that carries text: an invalid form shows the page again with its errors."""
    application = _editable_application(request, public_id)
    form = form_class(request.POST)
    if not form.is_valid():
        context = status_context(request, application, **{context_key: form})
        return render(request, "reviews/application_detail.html", context, status=422)
    return _act(request, application, lambda app: act(app, form.cleaned_data), done)


@login_required
@require_POST
def application_appeal(request, public_id: str):
    return _act_with_form(
        request, public_id, form_class=AppealForm, context_key="appeal_form",
        act=lambda app, data: services.application_appeal(
            application=app, by=request.user, statement=data["statement"], expected_state=State.DENIED),
        done=_("Your appeal was received. A reviewer other than the one who decided will examine it."),
    )


@login_required
@require_POST
def application_message(request, public_id: str):
    return _act_with_form(
        request, public_id, form_class=MessageToReviewersForm, context_key="message_form",
        act=lambda app, data: services.application_message_reviewers(application=app, by=request.user, body=data["body"]),
        done=_("Your message was sent to the reviewers."),
    )


@login_required
@require_GET
def attachment_download(request, public_id: str, attachment_id: str):
    application = _visible_application(request, public_id)
    attachment = Attachment.objects.filter(application=application, public_id=attachment_id).first()
    if attachment is None:
        raise Http404(_("No such document."))
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The document is no longer available.")) from exc
    response = FileResponse(handle, as_attachment=True, filename=attachment.original_name,
                            content_type="application/pdf")
    response["X-Content-Type-Options"] = "nosniff"
    return response
