"""Periodic verification of the audit chain (scheduled in CELERY_BEAT_SCHEDULE).

Idempotent: running it twice only stores two identical results.
"""
from celery import shared_task


@shared_task(acks_late=True, name="audit.tasks.verify_audit_chain")
def verify_audit_chain() -> str:
    from oversight.chain import chain_check_run

    return chain_check_run().summary
