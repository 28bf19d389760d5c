"""Housekeeping of the API: answers kept for Idempotency-Key replays are forgotten after 24 hours."""
import datetime

from celery import shared_task
from django.conf import settings
from django.utils import timezone


@shared_task(name="api.tasks.purge_idempotency_records")
def purge_idempotency_records() -> int:
    from api.models import IdempotencyRecord

    horizon = timezone.now() - datetime.timedelta(seconds=settings.API_IDEMPOTENCY_SECONDS)
    deleted, _ = IdempotencyRecord.objects.filter(created_at__lt=horizon).delete()
    return deleted
