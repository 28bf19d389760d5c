"""The periodic jobs: reminders 30 days before re-verification, expiry on the date, the sweeper."""
import datetime

from django.core import mail
from django.utils import timezone

from audit.models import AuditEvent
from reviews import services
from reviews.models import Application, StateCount
from reviews.states import State
from reviews.tasks import expire_due_approvals, remind_reverification, sweep_unscreened
from tests.factories import facts_for
from tests.reviews.helpers import application_in_state, fresh


def test_applicants_are_reminded_once_30_days_before_reverification(carol, rita, django_capture_on_commit_callbacks):
    app = application_in_state(State.APPROVED, applicant=carol, reviewer=rita)
    Application.objects.filter(pk=app.pk).update(reverification_date=timezone.localdate() + datetime.timedelta(days=45))
    assert remind_reverification() == 0
    Application.objects.filter(pk=app.pk).update(reverification_date=timezone.localdate() + datetime.timedelta(days=30))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_reverification() == 1
    assert remind_reverification() == 0
    assert len(mail.outbox) == 1 and "re-verification" in mail.outbox[0].subject
    assert f"/applications/{app.public_id}/" in mail.outbox[0].body
    assert AuditEvent.objects.for_subject(app).filter(action="application.reverification_reminded").count() == 1


def test_approvals_expire_when_the_reverification_date_passes(carol, rita):
    app = application_in_state(State.APPROVED, applicant=carol, reviewer=rita)
    assert expire_due_approvals() == 0
    Application.objects.filter(pk=app.pk).update(reverification_date=timezone.localdate())
    assert expire_due_approvals() == 1
    expired = fresh(app)
    assert expired.state == State.EXPIRED
    event = AuditEvent.objects.for_subject(app).get(action="application.expire")
    assert event.actor is None and event.actor_label == "system"


def test_the_sweeper_screens_what_was_left_behind(carol, acme, settings):
    settings.SCREENING_SWEEP_AFTER_SECONDS = 0
    app = services.application_create_draft(organization=acme, by=carol, facts=facts_for(acme))
    services.application_submit(application=app, by=carol, attested=True)  # on_commit never runs here
    assert fresh(app).state == State.SUBMITTED
    assert sweep_unscreened() == 1  # eager: screened in-process
    assert fresh(app).state == State.HUMAN_REVIEW
    assert sweep_unscreened() == 0


def test_state_counters_stay_exact(carol, rita, sam):
    for state in (State.DRAFT, State.HUMAN_REVIEW, State.APPROVED, State.DENIED, State.ENHANCED_SCRUTINY):
        application_in_state(state, applicant=carol, reviewer=rita)
    maintained = {k: v for k, v in StateCount.as_dict().items() if v}
    assert maintained == StateCount.rebuild()


def test_the_decision_clock_restarts_when_requested_information_arrives(carol, rita):
    from reviews import sla

    app = application_in_state(State.NEEDS_INFO, applicant=carol, reviewer=rita)
    Application.objects.filter(pk=app.pk).update(submitted_at=timezone.now() - datetime.timedelta(days=30))
    services.application_resubmit(application=fresh(app), by=carol)
    services.screen_submitted_application(application_id=app.pk)
    again = fresh(app)
    assert again.state == State.HUMAN_REVIEW
    assert timezone.localdate(again.submitted_at) == timezone.localdate()
    assert again.due_on == sla.decision_due_on(timezone.localdate(), enhanced_scrutiny=again.enhanced_scrutiny_required)


def test_the_sweeper_does_not_resend_what_it_sent_recently(acme, carol, settings):
    from celery import current_app

    settings.SCREENING_SWEEP_AFTER_SECONDS = 60
    app = services.application_create_draft(organization=acme, by=carol, facts=facts_for(acme))
    services.application_submit(application=app, by=carol, attested=True)
    Application.objects.filter(pk=app.pk).update(state_changed_at=timezone.now() - datetime.timedelta(minutes=5))
    # Publish to the test settings' in-memory broker, where no worker consumes: as during an outage.
    eager, current_app.conf.task_always_eager = current_app.conf.task_always_eager, False
    try:
        assert sweep_unscreened() == 1
        assert sweep_unscreened() == 0  # sent a moment ago: not again until the period has passed
        Application.objects.filter(pk=app.pk).update(sweeper_enqueued_at=timezone.now() - datetime.timedelta(minutes=5))
        assert sweep_unscreened() == 1
    finally:
        current_app.conf.task_always_eager = eager
    assert fresh(app).state == State.SUBMITTED
