"""Celery tasks: a thin interface that re-fetches by id and calls a service.

Every task is idempotent (it checks the state first) and acknowledged late, so a worker that
dies mid-task has the message redelivered, and the sweeper catches anything the broker lost.
"""
import datetime
import logging

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

log = logging.getLogger(__name__)


def _publish(task, *args, countdown: float | None = None) -> bool:
    """Send a task after commit; a broker that is down must not fail the user's action."""
    if task.app.conf.task_always_eager:
        if countdown:
            return True  # embedded mode: a retry waits for the sweeper rather than blocking the caller
        task.apply(args=args, throw=True)  # embedded mode: in-process, errors surface
        return True
    try:
        task.apply_async(args=args, countdown=countdown)
    except (BrokerError, ConnectionError, OSError) as exc:
        log.warning("Could not enqueue %s%r (%s); the sweeper will retry.", task.name, args, exc)
        return False
    return True


def enqueue_screening(application_id: int) -> bool:
    return _publish(screen_application, application_id)


def notify_applicant(application, kind: str) -> None:
    """Owe the applicant an email about `application`; sent after commit (call inside the transaction)."""
    from reviews.models import ApplicantNotification

    notification = ApplicantNotification.objects.create(application=application, kind=kind)
    transaction.on_commit(lambda: _publish(send_applicant_email, notification.pk))


@shared_task(acks_late=True, name="reviews.tasks.screen_application")
def screen_application(application_id: int) -> str:
    from reviews.services import screen_submitted_application

    result = screen_submitted_application(application_id=application_id)
    return result.outcome if result is not None else "skipped"


def enqueue_rescreening(application_id: int, reason: str) -> bool:
    return _publish(rescreen_application, application_id, reason)


@shared_task(acks_late=True, name="reviews.tasks.rescreen_application")
def rescreen_application(application_id: int, reason: str) -> str:
    from reviews.services import application_rescreen

    result = application_rescreen(application_id=application_id, reason=reason)
    return result.outcome if result is not None else "skipped"


@shared_task(name="reviews.tasks.sweep_unscreened")
def sweep_unscreened() -> int:
    """Re-enqueue applications left in `submitted` or `screening` for too long."""
    from reviews.models import ApplicantNotification, Application

    older_than = timezone.now() - datetime.timedelta(seconds=settings.SCREENING_SWEEP_AFTER_SECONDS)
    # Oldest first, so a long backlog is worked through in order.
    ids = list(Application.objects.awaiting_screening(older_than=older_than)
               .order_by("state_changed_at").values_list("pk", flat=True)[:1000])
    sent = [application_id for application_id in ids if enqueue_screening(application_id)]
    # Bookkeeping of the sweeper's own, not a change of the application: a plain update.
    Application.objects.filter(pk__in=sent).update(sweeper_enqueued_at=timezone.now())
    unsent = list(ApplicantNotification.objects.filter(sent_at__isnull=True, created_at__lt=older_than)
                  .order_by("created_at").values_list("pk", flat=True)[:1000])
    for notification_id in unsent:
        _publish(send_applicant_email, notification_id)
    # Open applications whose organisation's profile changed since they were screened (a member's
    # edit): screened again, so what reviewers decide on is what the profile says.
    stale = list(Application.objects.profile_changed_since_screening().values_list("pk", flat=True)[:1000])
    for application_id in stale:
        enqueue_rescreening(application_id, "the organisation's profile changed")
    if ids or unsent or stale:
        log.info("Re-enqueued %d application(s) for screening, %d for screening again and %d email(s).",
                 len(ids), len(stale), len(unsent))
    return len(ids)


@shared_task(name="reviews.tasks.expire_due_approvals")
def expire_due_approvals() -> int:
    from reviews.models import Application
    from reviews.services import application_expire
    from reviews.states import State

    due = Application.objects.filter(state=State.APPROVED, reverification_date__lte=timezone.localdate())
    return sum(1 for application in due.iterator() if application_expire(application=application))


@shared_task(acks_late=True, name="reviews.tasks.send_applicant_email")
def send_applicant_email(notification_id: int) -> bool:
    from reviews.notifications import email_applicant

    return email_applicant(notification_id=notification_id)


REMINDER_DAYS_BEFORE = 30


@shared_task(name="reviews.tasks.remind_reverification")
def remind_reverification() -> int:
    """Remind applicants 30 days before their approval's re-verification date (once per approval)."""
    from reviews.models import Application
    from reviews.services import application_remind_reverification
    from reviews.states import State

    horizon = timezone.localdate() + datetime.timedelta(days=REMINDER_DAYS_BEFORE)
    due = Application.objects.filter(state=State.APPROVED, reverification_date__lte=horizon,
                                     reverification_reminded_at__isnull=True)
    return sum(application_remind_reverification(application_id=application_id)
               for application_id in due.values_list("pk", flat=True))


def enqueue_webhook_delivery(delivery_id: int, *, countdown: float | None = None) -> bool:
    return _publish(deliver_webhook, delivery_id, countdown=countdown)


@shared_task(acks_late=True, name="reviews.tasks.deliver_webhook")
def deliver_webhook(delivery_id: int) -> str:
    from reviews.webhooks import deliver

    return deliver(delivery_id=delivery_id)


@shared_task(name="reviews.tasks.sweep_webhooks")
def sweep_webhooks() -> int:
    """Publish the deliveries that are due and not yet delivered: the retries a lost message, a
    broker outage or a killed worker left behind. Each publish is harmless if one is in flight."""
    from reviews.webhooks import due_deliveries

    ids = list(due_deliveries().values_list("pk", flat=True)[:1000])
    for delivery_id in ids:
        _publish(deliver_webhook, delivery_id)
    return len(ids)
