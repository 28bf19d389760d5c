"""Starting and running the oversight pages' background jobs. Starting stores the job, commits,
then enqueues its task (in embedded mode the task runs at once, in process); a job whose message
is lost stays "queued" on its page and can be started again. Running
re-fetches the job, does nothing if it already ran, and records progress as it goes, each
update committed on its own so the progress page sees it."""
import datetime
import logging

from django.db import transaction
from django.utils import timezone

from audit.events import AuditEventType
from audit.services import audit_event_record
from audit.verification import verify_log
from oversight.models import BackgroundJob
from oversight.simulation import latest_screenings, past_screenings
from screening.models import PolicyVersion
from screening.services import active_packs, active_policy, compiled
from screening.simulation import Simulation, simulate

log = logging.getLogger(__name__)

PROGRESS_EVERY = 1000
STORED_CHANGES = 500  # the first changes are kept for the page; the counts cover all of them


def simulation_job_start(*, policy_version: PolicyVersion, since: datetime.date | None = None,
                         until: datetime.date | None = None, by=None) -> BackgroundJob:
    from oversight.tasks import enqueue_job

    with transaction.atomic():
        job = BackgroundJob.objects.create(
            kind=BackgroundJob.Kind.SIMULATION, created_by=by,
            params={"policy_version": policy_version.version, "since": since.isoformat() if since else None,
                    "until": until.isoformat() if until else None},
        )
        audit_event_record(action=AuditEventType.POLICY_SIMULATION_STARTED, actor=by, subject=policy_version,
                           data={"version": policy_version.version, "job": job.pk, **job.params})
    # Called from a view outside any transaction: the job is committed before a worker looks.
    enqueue_job(job.pk)
    return job


def audit_verification_job_start(*, by=None) -> BackgroundJob:
    from oversight.tasks import enqueue_job

    job = BackgroundJob.objects.create(kind=BackgroundJob.Kind.AUDIT_VERIFICATION, created_by=by)
    enqueue_job(job.pk)  # verify_log records who asked when it runs
    return job


def job_run(*, job_id: int) -> BackgroundJob | None:
    """Run a queued job to its end; a job already started or finished is left alone."""
    started = BackgroundJob.objects.filter(pk=job_id, status=BackgroundJob.Status.QUEUED).update(
        status=BackgroundJob.Status.RUNNING, started_at=timezone.now())
    if not started:
        return None
    job = BackgroundJob.objects.get(pk=job_id)
    try:
        result = _RUNNERS[job.kind](job)
    except Exception as exc:  # noqa: BLE001 - recorded on the job for the person waiting on it
        log.exception("Background job %s failed", job.pk)
        BackgroundJob.objects.filter(pk=job.pk).update(status=BackgroundJob.Status.FAILED, error=str(exc)[:2000],
                                                       finished_at=timezone.now())
        return BackgroundJob.objects.get(pk=job.pk)
    BackgroundJob.objects.filter(pk=job.pk).update(status=BackgroundJob.Status.DONE, result=result,
                                                   finished_at=timezone.now())
    return BackgroundJob.objects.get(pk=job.pk)


def _run_simulation(job: BackgroundJob) -> dict:
    params = job.params
    version = PolicyVersion.objects.get(version=params["policy_version"])
    since = datetime.date.fromisoformat(params["since"]) if params.get("since") else None
    until = datetime.date.fromisoformat(params["until"]) if params.get("until") else None
    policy, packs = simulation_policies(version)
    total = latest_screenings(since=since, until=until).count()
    BackgroundJob.objects.filter(pk=job.pk).update(total=total)

    def progress(processed: int) -> None:
        BackgroundJob.objects.filter(pk=job.pk).update(processed=processed)

    simulation = simulate(policy=policy, packs=packs, label=version.version, progress=progress,
                          every=PROGRESS_EVERY, screenings=past_screenings(since=since, until=until))
    BackgroundJob.objects.filter(pk=job.pk).update(processed=simulation.screened)
    return simulation_summary(simulation)


def simulation_policies(version: PolicyVersion):
    """What a simulation of `version` screens with: a base policy draft alone, as today; a pack
    draft with the active base policy, the other active packs, and itself in place of its own."""
    if not version.pack:
        return compiled(version), None
    _, base = active_policy()
    packs = [pack for other, pack in active_packs() if other.pack != version.pack]
    return base, [*packs, compiled(version)]


def simulation_summary(simulation: Simulation) -> dict:
    return {
        "policy_version": simulation.policy_version,
        "screened": simulation.screened,
        "changed": len(simulation.changes),
        "newly_denied": len(simulation.newly_denied),
        "no_longer_denied": len(simulation.no_longer_denied),
        "scrutiny_changes": len(simulation.scrutiny_changes),
        "errors": len(simulation.errors),
        "rule_rows": [list(row) for row in simulation.rule_rows],
        "changes": [{
            "key": c.key, "display": dict(c.display), "screened_with": c.screened_with,
            "outcome_before": c.outcome_before, "outcome_after": c.outcome_after,
            "scrutiny_before": c.scrutiny_before, "scrutiny_after": c.scrutiny_after,
            "rules_added": [{"id": r.id, "effect": r.effect, "reason": r.reason} for r in c.rules_added],
            "rules_removed": [{"id": r.id, "effect": r.effect} for r in c.rules_removed],
            "error": c.error,
        } for c in simulation.changes[:STORED_CHANGES]],
    }


def _run_audit_verification(job: BackgroundJob) -> dict:
    from audit.models import ChainCheck

    check = verify_log(trigger=ChainCheck.Trigger.ON_DEMAND, by=job.created_by)
    return {"check": check.pk, "intact": check.intact, "summary": check.summary, "verified": check.verified}


_RUNNERS = {
    BackgroundJob.Kind.SIMULATION: _run_simulation,
    BackgroundJob.Kind.AUDIT_VERIFICATION: _run_audit_verification,
}
