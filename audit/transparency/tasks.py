"""Publishing checkpoints periodically (CELERY_BEAT_SCHEDULE) and after decisions.

Idempotent: a second run with no new event returns the same checkpoint.
"""
from celery import shared_task


@shared_task(acks_late=True, name="audit.transparency.publish_checkpoint")
def publish_checkpoint() -> int | None:
    from audit.transparency.checkpoints import checkpoint_publish

    checkpoint = checkpoint_publish()
    return checkpoint.tree_size if checkpoint is not None else None
