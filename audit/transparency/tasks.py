"""Publishing checkpoints periodically (CELERY_BEAT_SCHEDULE) and after decisions.

Idempotent: a second run with no new event returns the same checkpoint.
"""
import logging

from celery import shared_task
from django.db import transaction

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, name="audit.transparency.publish_checkpoint")
def publish_checkpoint() -> int | None:
    from audit.transparency.checkpoints import checkpoint_publish

    checkpoint = checkpoint_publish()
    return checkpoint.tree_size if checkpoint is not None else None


def _enqueue_publish() -> None:
    try:
        publish_checkpoint.delay()
    except Exception:  # a decision never fails for want of a checkpoint: the beat task catches up
        logger.exception("could not publish a checkpoint after a decision; the periodic task will")


def checkpoint_publish_after_commit() -> None:
    """Publish a checkpoint once the current transaction has committed: call it from a decision
    service, inside its transaction, so the decision's event is covered within seconds."""
    transaction.on_commit(_enqueue_publish)
