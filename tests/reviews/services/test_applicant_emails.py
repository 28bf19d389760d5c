"""Emails to applicants are owed in the same transaction as the change, sent once, and re-sent
by the sweeper when the first attempt never happened."""
import pytest
from django.core import mail

from reviews import services
from reviews.models import ApplicantNotification
from reviews.tasks import send_applicant_email, sweep_unscreened
from tests.factories import facts_for, make_organization, make_user


def test_an_owed_email_is_sent_once_even_if_the_task_runs_twice(acme, carol):
    app = services.application_create_draft(organization=acme, by=carol, facts=facts_for(acme))
    services.application_submit(application=app, by=carol, attested=True)  # on_commit does not run here
    notification = ApplicantNotification.objects.get(application=app, kind="received")
    assert send_applicant_email(notification.pk) is True
    assert send_applicant_email(notification.pk) is False
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [carol.email] and app.reference in mail.outbox[0].subject


def test_the_sweeper_sends_what_was_never_sent(acme, carol, settings):
    settings.SCREENING_SWEEP_AFTER_SECONDS = 0
    app = services.application_create_draft(organization=acme, by=carol, facts=facts_for(acme))
    services.application_submit(application=app, by=carol, attested=True)
    mail.outbox.clear()
    sweep_unscreened()  # eager: screens the application and sends the owed emails in-process
    subjects = sorted(m.subject for m in mail.outbox)
    assert any("received" in s for s in subjects)
    assert not ApplicantNotification.objects.filter(application=app, kind="received", sent_at__isnull=True).exists()


def test_a_rolled_back_action_owes_nothing(acme, carol, rita):
    app = services.application_create_draft(organization=acme, by=carol, facts=facts_for(acme, title=""))
    try:
        services.application_submit(application=app, by=carol, attested=True)
    except services.ActionInvalid:
        pass
    assert not ApplicantNotification.objects.filter(application=app).exists()


@pytest.mark.django_db(transaction=True)
def test_the_receipt_is_sent_before_the_outcome():
    """In the embedded mode screening runs in-process right after the commit (real commits here):
    the receipt must still be the first email the applicant gets."""
    acme = make_organization(name="Acme Logistics", type="commercial", country="DE")
    carol = make_user("carol@acme.example", roles=["applicant"], organization=acme)
    app = services.application_create_draft(organization=acme, by=carol, facts=facts_for(acme))
    services.application_submit(application=app, by=carol, attested=True)
    subjects = [m.subject for m in mail.outbox]
    assert subjects[0].startswith("We received your application"), subjects
    assert len(subjects) == 2 and "with our reviewers" in subjects[1], subjects
