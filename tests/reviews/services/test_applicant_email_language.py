"""Emails to applicants are written in the recipient's saved language (English when they saved
none), dates included, whatever language the action that caused them ran in. carol applies for
Acme Logistics (DE)."""
from django.core import mail
from django.utils import translation
from django.utils.formats import date_format

from accounts.models import User
from reviews import reasons, services
from reviews.models import ApplicantNotification
from reviews.notifications import email_applicant
from tests.factories import REALTIME_BODYCAM_FR, facts_for
from tests.reviews.helpers import fresh


def _submitted(organization, applicant):
    application = services.application_create_draft(organization=organization, by=applicant,
                                                    facts=facts_for(organization))
    services.application_submit(application=application, by=applicant, attested=True)
    services.application_begin_screening(application_id=application.pk)
    services.application_complete_screening(application_id=application.pk)
    return fresh(application)


def _send(application, kind: str):
    mail.outbox.clear()
    email_applicant(notification_id=ApplicantNotification.objects.get(application=application, kind=kind).pk)
    [message] = mail.outbox
    return message


def test_the_due_date_is_written_the_recipients_way(acme, carol):
    User.objects.filter(pk=carol.pk).update(language="de")
    application = _submitted(acme, carol)
    message = _send(application, "in_review")
    with translation.override("de"):
        german_date = date_format(application.due_on, "DATE_FORMAT")  # e.g. "5. Januar 2026"
    with translation.override("en"):
        english_date = date_format(application.due_on, "DATE_FORMAT")  # "5 January 2026"
    assert german_date in message.body and english_date not in message.body


def test_an_applicant_without_a_saved_language_is_written_to_in_english(acme, carol):
    application = _submitted(acme, carol)
    message = _send(application, "in_review")
    assert message.subject == f"Your application {application.reference} is with our reviewers"
    assert f"A decision is due by {application.due_on.day} {application.due_on:%B %Y}." in message.body


def test_the_language_of_whoever_caused_the_email_does_not_matter(acme, carol):
    User.objects.filter(pk=carol.pk).update(language="en")
    with translation.override("fr"):
        application = _submitted(acme, carol)
        message = _send(application, "in_review")
        assert translation.get_language() == "fr"  # the email's language was only borrowed
    assert message.subject == f"Your application {application.reference} is with our reviewers"


# Needs the compiled catalogues (locale/*/LC_MESSAGES/django.mo): the sentences themselves.
def test_an_automatic_denial_is_written_in_the_recipients_language(northshire, alice):
    User.objects.filter(pk=alice.pk).update(language="fr")
    application = services.application_create_draft(organization=northshire, by=alice,
                                                    facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    services.application_submit(application=application, by=alice, attested=True)
    services.application_begin_screening(application_id=application.pk)
    services.application_complete_screening(application_id=application.pk)
    message = _send(fresh(application), "auto_denied")
    assert message.to == [alice.email]
    assert message.subject == f"Votre demande {application.reference} a été refusée"
    assert "Votre demande a été refusée automatiquement car elle correspond à un usage que notre politique interdit" \
        in message.body
    # The policy's reasons as the policy gives them in French; the record keeps them in English.
    application = fresh(application)
    assert application.denial_reasons and not any(reason in message.body for reason in application.denial_reasons)
    assert reasons.denial_reasons(application, "fr") == reasons.denial_reasons(application, "fr-ca")
    for reason in reasons.denial_reasons(application, "fr"):
        assert reason in message.body
    assert "reconnaissance faciale en temps réel au moyen de caméras mobiles" in " ".join(message.body.split())

