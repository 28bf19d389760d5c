"""Periodic verification of the audit log (scheduled in CELERY_BEAT_SCHEDULE): the same check
as `verify_audit` and the audit page, stored for the pages to show.

Idempotent: running it twice only stores two identical results.
"""
from celery import shared_task

from audit.verification import verify_log


@shared_task(acks_late=True, name="audit.tasks.verify_audit_chain")
def verify_audit_chain() -> str:
    return verify_log().summary
