"""Emails to applicants. They say what happened and link to the status page; they never carry
internal notes or reviewers' names."""
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from reviews.models import ApplicantNotification, Application

SUBJECTS = {
    "received": "We received your application {ref}",
    "auto_denied": "Your application {ref} was denied",
    "in_review": "Your application {ref} is with our reviewers",
    "info_requested": "More information needed for your application {ref}",
    "decided": "A decision on your application {ref}",
    "revoked": "Access for your application {ref} has been revoked",
    "message": "A new message about your application {ref}",
    "reverification_due": "Your approval {ref} needs re-verification within 30 days",
}


def status_url(application: Application) -> str:
    return settings.SITE_URL + reverse("reviews:application_detail", args=[application.public_id])


def _body(application: Application, kind: str) -> str:
    lines = [f"Application {application.reference}: {application.title}", ""]
    if kind == "received":
        lines.append("Thank you. Your application has been received and is being screened against our policy.")
    elif kind == "auto_denied":
        lines.append("Your application was denied automatically because it matches a use our policy forbids:")
        lines += [f"  - {reason}" for reason in application.denial_reasons]
        lines.append("")
        lines.append("You may appeal this decision once from the status page, with a statement.")
    elif kind == "in_review":
        lines.append("Your application passed automatic screening and is now with our reviewers.")
        if application.due_on:
            lines.append(f"A decision is due by {application.due_on:%d %B %Y}.")
    elif kind == "info_requested":
        lines.append("A reviewer has asked for more information. Please read their message on the status page.")
    elif kind == "decided":
        lines.append(f"Your application is now {application.get_state_display().lower()}.")
        if application.state == "approved":
            if application.approval_conditions:
                lines.append(f"Conditions: {application.approval_conditions}")
            lines.append(f"Re-verification date: {application.reverification_date:%d %B %Y}.")
        elif application.denial_reasons:
            lines.append("Reasons:")
            lines += [f"  - {reason}" for reason in application.denial_reasons]
    elif kind == "message":
        lines.append("A reviewer has written to you. Please read the message on the status page.")
    elif kind == "revoked":
        lines.append("Your approval has been revoked.")
    elif kind == "reverification_due":
        lines.append(f"Your access expires on {application.reverification_date:%d %B %Y} unless renewed by a new application.")
    lines += ["", f"Status page: {status_url(application)}"]
    return "\n".join(lines)


def email_applicant(*, notification_id: int) -> bool:
    """Send one owed email, once: the row is locked and marked sent in the same transaction."""
    with transaction.atomic():
        notification = (ApplicantNotification.objects.select_for_update().filter(pk=notification_id, sent_at__isnull=True)
                        .first())
        if notification is None:
            return False  # already sent (a redelivered task), or gone with its application
        application = Application.objects.select_related("created_by").get(pk=notification.application_id)
        if notification.kind in SUBJECTS:
            send_mail(
                SUBJECTS[notification.kind].format(ref=application.reference),
                _body(application, notification.kind),
                settings.DEFAULT_FROM_EMAIL,
                [application.created_by.email],
            )
        notification.sent_at = timezone.now()
        notification.save(update_fields=["sent_at"])
    return True
