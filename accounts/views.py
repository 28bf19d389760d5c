"""The "your organisation" pages: the first step after sign-up (create an organisation or join one
through an invitation), the profile its members see and edit, and inviting colleagues. Each view
calls one service; pages of an organisation answer 404 to anyone who is not a member."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import services
from accounts.decorators import permission_required
from accounts.forms import InvitationForm, OrganizationForm
from accounts.invitations import Invitation
from accounts.models import Organization

# Reviewers, auditors and admins do not create or join applicant organisations here: an auditor
# changes nothing, and a reviewer's memberships are set by an admin (they decide who may not
# review whom).
not_for_staff = permission_required("accounts.join_organization",
                                    gettext_lazy("Staff accounts cannot create or join an applicant organisation."))


def _member_organization(request, public_id: str) -> Organization:
    organization = Organization.objects.filter(public_id=public_id, memberships__user=request.user).first()
    if organization is None:
        # The same answer for "does not exist" and "not yours": no probing of other organisations.
        raise Http404(_("No such organisation."))
    return organization


def _start_context(request, form: OrganizationForm) -> dict:
    return {
        "organizations": list(Organization.objects.filter(memberships__user=request.user).order_by("name")),
        "invitations": list(
            Invitation.objects.pending().addressed_to(request.user).select_related("organization", "invited_by")
        ),
        "email_domain": services.email_domain_of(request.user.email),
        "form": form,
    }


@login_required
@require_GET
def organization_home(request):
    """Where a signed-in person finds their organisation, or is asked to create or join one."""
    context = _start_context(request, OrganizationForm())
    if len(context["organizations"]) == 1 and not context["invitations"]:
        return redirect("accounts:organization_detail", context["organizations"][0].public_id)
    return render(request, "accounts/organization_start.html", context)


@login_required
@require_http_methods(["GET", "POST"])
@not_for_staff
def organization_create(request):
    form = OrganizationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        organization = services.organization_create(by=request.user, **form.cleaned_data)
        messages.success(request, _("%(organization)s was created and you are its first member. You can now apply, "
                                    "and invite colleagues below.") % {"organization": organization.name})
        return redirect("accounts:organization_detail", organization.public_id)
    status = 422 if request.method == "POST" else 200
    return render(request, "accounts/organization_start.html", _start_context(request, form), status=status)


def _detail_context(organization: Organization, **extra) -> dict:
    context = {
        "organization": organization,
        "memberships": list(organization.memberships.select_related("user").order_by("user__email")),
        "invitations": list(organization.invitations.pending().select_related("invited_by")),
        "invitation_form": InvitationForm(),
    }
    context.update(extra)
    return context


@login_required
@require_GET
def organization_detail(request, public_id: str):
    organization = _member_organization(request, public_id)
    return render(request, "accounts/organization_detail.html", _detail_context(organization))


@login_required
@require_http_methods(["GET", "POST"])
def organization_edit(request, public_id: str):
    organization = _member_organization(request, public_id)
    if request.method == "GET":
        initial = {field: getattr(organization, field)
                   for field in (*services.PROFILE_FIELDS, *services.EVIDENCE_FIELDS)}
        return render(request, "accounts/organization_edit.html", {"organization": organization,
                                                                    "form": OrganizationForm(initial=initial)})
    form = OrganizationForm(request.POST)
    if not form.is_valid():
        return render(request, "accounts/organization_edit.html", {"organization": organization, "form": form},
                      status=422)
    services.organization_update(organization=organization, by=request.user, **form.cleaned_data)
    messages.success(request, _("The organisation's profile was saved."))
    return redirect("accounts:organization_detail", organization.public_id)


@login_required
@require_POST
def invitation_send(request, public_id: str):
    organization = _member_organization(request, public_id)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation = services.invitation_send(organization=organization, by=request.user,
                                                  email=form.cleaned_data["email"])
        except services.InvitationInvalid as exc:
            form.add_error("email", exc.message)
        else:
            until = date_format(timezone.localtime(invitation.expires_at), "DATE_FORMAT")
            messages.success(request, _("We sent an invitation to %(email)s. It can be used once, until %(date)s.")
                             % {"email": invitation.email, "date": until})
            return redirect("accounts:organization_detail", organization.public_id)
    return render(request, "accounts/organization_detail.html",
                  _detail_context(organization, invitation_form=form), status=422)


@login_required
@require_http_methods(["GET", "POST"])
@not_for_staff
def invitation_accept(request, token: str):
    """GET shows what joining means; POST joins. The invitation must be addressed to this person."""
    invitation = Invitation.objects.select_related("organization", "invited_by").filter(token=token[:64]).first()
    if invitation is None:
        raise Http404(_("No such invitation."))
    if invitation.accepted_by_id == request.user.pk:
        messages.info(request, _("You are already a member of %(organization)s.")
                      % {"organization": invitation.organization.name})
        return redirect("accounts:organization_detail", invitation.organization.public_id)
    if request.method == "GET":
        try:
            services.invitation_check(invitation=invitation, user=request.user)
            refusal = ""
        except services.InvitationRefused as exc:
            refusal = exc.message
        return render(request, "accounts/invitation_accept.html", {"invitation": invitation, "refusal": refusal},
                      status=403 if refusal else 200)
    try:
        services.invitation_accept(invitation=invitation, by=request.user)
    except services.InvitationRefused as exc:
        return render(request, "accounts/invitation_accept.html", {"invitation": invitation, "refusal": exc.message},
                      status=403)
    messages.success(request, _("You joined %(organization)s. You can now see its applications and apply on its "
                                "behalf.") % {"organization": invitation.organization.name})
    return redirect("accounts:organization_detail", invitation.organization.public_id)

