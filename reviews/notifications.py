"""Emails to applicants. They say what happened and link to the status page; they never carry
internal notes or reviewers' names. Each is written in its recipient's language."""
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.language import language_for
from reviews import reasons
from reviews.models import ApplicantNotification, Application
from reviews.permissions import state_in_a_sentence

SUBJECTS = {
    "received": gettext_lazy("We received your application %(ref)s"),
    "auto_denied": gettext_lazy("Your application %(ref)s was denied"),
    "in_review": gettext_lazy("Your application %(ref)s is with our reviewers"),
    "info_requested": gettext_lazy("More information needed for your application %(ref)s"),
    "decided": gettext_lazy("A decision on your application %(ref)s"),
    "revoked": gettext_lazy("Access for your application %(ref)s has been revoked"),
    "message": gettext_lazy("A new message about your application %(ref)s"),
    "reverification_due": gettext_lazy("Your approval %(ref)s needs re-verification within 30 days"),
}


def status_url(application: Application) -> str:
    return settings.SITE_URL + reverse("reviews:application_detail", args=[application.public_id])


def reasons_for(application: Application) -> list[str]:
    """The reasons of a denial in the language the email is written in (an automatic denial's
    as its policy gives them; a reviewer's as written)."""
    return reasons.denial_reasons(application)


def _date(value) -> str:
    return date_format(value, "DATE_FORMAT")


def _body(application: Application, kind: str) -> str:
    lines = [_("Application %(ref)s: %(title)s") % {"ref": application.reference, "title": application.title}, ""]
    if kind == "received":
        lines.append(_("Thank you. Your application has been received and is being screened against our policy."))
    elif kind == "auto_denied":
        lines.append(_("Your application was denied automatically because it matches a use our policy forbids:"))
        lines += [f"  - {reason}" for reason in reasons_for(application)]
        lines.append("")
        lines.append(_("You may appeal this decision once from the status page, with a statement."))
    elif kind == "in_review":
        lines.append(_("Your application passed automatic screening and is now with our reviewers."))
        if application.due_on:
            lines.append(_("A decision is due by %(date)s.") % {"date": _date(application.due_on)})
    elif kind == "info_requested":
        lines.append(_("A reviewer has asked for more information. Please read their message on the status page."))
    elif kind == "decided":
        lines.append(_("Your application is now %(state)s.") % {"state": state_in_a_sentence(application.state)})
        if application.state == "approved":
            if application.approval_conditions:
                lines.append(_("Conditions: %(conditions)s") % {"conditions": application.approval_conditions})
            lines.append(_("Re-verification date: %(date)s.") % {"date": _date(application.reverification_date)})
        elif application.denial_reasons:
            lines.append(_("Reasons:"))
            lines += [f"  - {reason}" for reason in reasons_for(application)]
    elif kind == "message":
        lines.append(_("A reviewer has written to you. Please read the message on the status page."))
    elif kind == "revoked":
        lines.append(_("Your approval has been revoked."))
    elif kind == "reverification_due":
        lines.append(_("Your access expires on %(date)s unless renewed by a new application.")
                     % {"date": _date(application.reverification_date)})
    lines += ["", _("Status page: %(url)s") % {"url": status_url(application)}]
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
            recipient = application.created_by
            with translation.override(language_for(recipient)):
                subject = SUBJECTS[notification.kind] % {"ref": application.reference}
                body = _body(application, notification.kind)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient.email])
        notification.sent_at = timezone.now()
        notification.save(update_fields=["sent_at"])
    return True
