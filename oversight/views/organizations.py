"""Verifying organisations: the list of those waiting, and one organisation's evidence with the
verify form. Verifiers are admins and the reviewers an admin gave the permission to; auditors
read. The service records the verification and screens open applications again if a correction
changed who applies."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from accounts.decorators import permission_required
from accounts.forms import VerificationForm
from accounts.models import Organization
from accounts.services import VerificationRefused
from reviews.services.organizations import organization_verify

MAX_ROWS = 200
verifier_or_auditor_required = permission_required(
    "oversight.view_organizations", gettext_lazy("Only verifiers, auditors and admins may see organisations' evidence."))


@require_GET
@verifier_or_auditor_required
def organization_list(request):
    waiting = request.GET.get("show") != "all"
    organizations = list(Organization.objects.order_by("-created_at")[: MAX_ROWS * 2])
    if waiting:
        organizations = [o for o in organizations if not o.is_verified]
    return render(request, "oversight/organizations/list.html", {
        "organizations": organizations[:MAX_ROWS], "waiting": waiting,
        "can_verify": request.user.has_perm("accounts.verify_organization"),
    })


@require_http_methods(["GET", "POST"])
@verifier_or_auditor_required
def organization_verify_view(request, public_id: str):
    organization = (Organization.objects.select_related("verified_by").filter(public_id=public_id[:64]).first())
    if organization is None:
        raise Http404(_("No such organisation."))
    can_verify = request.user.has_perm("accounts.verify_organization")
    form = VerificationForm(request.POST or None,
                            initial={"type": organization.type, "country": organization.country})
    if request.method == "POST":
        if not can_verify:
            raise PermissionDenied(_("Only admins, and reviewers an admin allowed to, verify organisations."))
        if form.is_valid():
            try:
                organization_verify(organization=organization, by=request.user, **form.cleaned_data)
            except VerificationRefused as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("%(name)s is verified. Its applications can now be approved.")
                                 % {"name": organization.name})
                return redirect("oversight:organization_verify", organization.public_id)
    return render(request, "oversight/organizations/verify.html", {
        "organization": organization, "form": form, "can_verify": can_verify,
        "memberships": list(organization.memberships.select_related("user").order_by("user__email")),
        "domains": organization.member_domains(),
    }, status=422 if request.method == "POST" else 200)
