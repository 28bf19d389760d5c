"""Policy versions for admins and auditors: read the rules, and (admins only) upload a draft,
simulate it against past applications, and activate it.

Uploading and activating go through `screening.services`, which audit both; a simulation reads
and stores nothing, so auditors may run one too.
"""
import datetime

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from oversight.access import auditor_required, policy_admin_required
from oversight.forms import PolicyUploadForm, SimulationForm
from oversight.jobs import simulation_job_start, simulation_policies
from oversight.models import BackgroundJob
from oversight.simulation import past_screenings
from screening.models import PolicyVersion
from screening.policy import PolicyError
from screening.services import compiled, pack_withdraw, policy_version_activate, policy_version_load
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
    policy = compiled(policy_version)
    pack_rules = getattr(policy, "pack_rules", {})
    return render(request, "oversight/policies/detail.html", {
        "policy_version": policy_version,
        "policy": policy,
        "rows": [(rule, pack_rules.get(rule.id)) for rule in policy.rules],
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
            messages.success(request, _("Draft %(version)s stored. Simulate it before activating it.")
                             % {"version": policy_version.version})
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
    policy, packs = simulation_policies(policy_version)
    result = simulate(policy=policy, packs=packs, label=policy_version.version,
                      screenings=past_screenings(since=since, until=until))
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
@auditor_required
def policy_simulate_in_background(request, version: str):
    """Start a simulation as a background job and show its progress page at once."""
    policy_version = get_object_or_404(PolicyVersion, version=version)
    form = SimulationForm(request.POST)
    since = until = None
    if form.is_valid():
        since, until = form.cleaned_data["since"], form.cleaned_data["until"]
    job = simulation_job_start(policy_version=policy_version, since=since, until=until, by=request.user)
    return redirect("policies:job", job_id=job.pk)


@require_GET
@auditor_required
def job_detail(request, job_id: int):
    job = get_object_or_404(BackgroundJob, pk=job_id, kind=BackgroundJob.Kind.SIMULATION)
    policy_version = get_object_or_404(PolicyVersion, version=job.params["policy_version"])
    since, until = job.params.get("since"), job.params.get("until")
    return render(request, "oversight/policies/job.html", {
        "job": job,
        "policy_version": policy_version,
        "window": bool(since or until),
        "since": datetime.date.fromisoformat(since) if since else None,
        "until": datetime.date.fromisoformat(until) if until else None,
        "summary": job.result or {},
        "can_manage": request.user.has_perm("oversight.manage_policy"),
    })


@require_POST
@policy_admin_required
def policy_withdraw(request, version: str):
    policy_version = get_object_or_404(PolicyVersion, version=version)
    try:
        pack_withdraw(policy_version=policy_version, by=request.user)
    except PolicyError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Pack %(pack)s withdrawn: new screenings no longer apply it.")
                         % {"pack": policy_version.pack})
    return redirect("policies:detail", version=policy_version.version)


@require_POST
@policy_admin_required
def policy_activate(request, version: str):
    policy_version = get_object_or_404(PolicyVersion, version=version)
    if policy_version.is_active:
        messages.info(request, _("%(version)s is already the active policy.") % {"version": policy_version.version})
    else:
        policy_version_activate(policy_version=policy_version, by=request.user)
        if policy_version.pack:
            message = _("%(version)s is now the active version of pack %(pack)s. New screenings use it; past "
                        "decisions keep the version they were made under.")
        else:
            message = _("%(version)s is now the active policy. New screenings use it; past decisions keep the "
                        "version they were made under.")
        messages.success(request, message % {"version": policy_version.version, "pack": policy_version.pack})
    return redirect("policies:detail", version=policy_version.version)
