"""Celery tasks of the oversight pages: a thin interface that re-fetches the job by id."""
from celery import shared_task

from reviews.tasks import _publish


def enqueue_job(job_id: int) -> bool:
    return _publish(run_job, job_id)


@shared_task(acks_late=True, name="oversight.tasks.run_job")
def run_job(job_id: int) -> str:
    from oversight.jobs import job_run

    job = job_run(job_id=job_id)
    return job.status if job is not None else "skipped"
