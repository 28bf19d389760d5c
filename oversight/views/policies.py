"""Policy versions for admins and auditors: read the rules, and (admins only) upload a draft,
simulate it against past applications, and activate it.

Uploading and activating go through `screening.services`, which audit both; a simulation reads
and stores nothing, so auditors may run one too.
"""
import datetime

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from oversight.access import auditor_required, policy_admin_required
from oversight.forms import PolicyUploadForm, SimulationForm
from oversight.simulation import past_screenings
from screening.models import PolicyVersion
from screening.policy import PolicyError
from screening.services import compiled, policy_version_activate, policy_version_load
from screening.simulation import simulate


@require_GET
@auditor_required
def policy_list(request):
    return render(request, "oversight/policies/list.html", {
        "versions": PolicyVersion.objects.select_related("created_by").order_by("-created_at"),
        "can_manage": request.user.has_perm("oversight.manage_policy"),
    })


@require_GET
@auditor_required
def policy_detail(request, version: str):
    policy_version = get_object_or_404(PolicyVersion, version=version)
    return render(request, "oversight/policies/detail.html", {
        "policy_version": policy_version,
        "policy": compiled(policy_version),
        "can_manage": request.user.has_perm("oversight.manage_policy"),
        "simulation_form": SimulationForm(),
    })


@require_http_methods(["GET", "POST"])
@policy_admin_required
def policy_upload(request):
    form = PolicyUploadForm(request.POST or None, request.FILES or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            policy_version = policy_version_load(source=form.cleaned_data["source"], by=request.user)
        except PolicyError as exc:
            error = exc
        else:
            messages.success(request, f"Draft {policy_version.version} stored. Simulate it before activating it.")
            return redirect("policies:detail", version=policy_version.version)
    status = 400 if request.method == "POST" else 200
    return render(request, "oversight/policies/upload.html", {"form": form, "error": error}, status=status)


@require_GET
@auditor_required
def policy_simulate(request, version: str):
    policy_version = get_object_or_404(PolicyVersion, version=version)
    form = SimulationForm(request.GET or None)
    since = until = None
    status = 200
    if form.is_valid():
        since, until = form.cleaned_data["since"], form.cleaned_data["until"]
    elif form.is_bound:
        status = 400  # the window is ignored; the messages are next to its fields
    result = simulate(policy=compiled(policy_version), screenings=past_screenings(since=since, until=until))
    return render(request, "oversight/policies/simulation.html", {
        "policy_version": policy_version,
        "form": form,
        "simulation": result,
        "since": since,
        "until": until,
        "can_manage": request.user.has_perm("oversight.manage_policy"),
        "today": datetime.date.today(),
    }, status=status)


@require_POST
@policy_admin_required
def policy_activate(request, version: str):
    policy_version = get_object_or_404(PolicyVersion, version=version)
    if policy_version.is_active:
        messages.info(request, f"{policy_version.version} is already the active policy.")
    else:
        policy_version_activate(policy_version=policy_version, by=request.user)
        messages.success(request, f"{policy_version.version} is now the active policy. New screenings use it; "
                                  "past decisions keep the version they were made under.")
    return redirect("policies:detail", version=policy_version.version)
