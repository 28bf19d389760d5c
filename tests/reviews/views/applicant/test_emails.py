"""What the applicant receives by email along the journey: what happened, a link to the status
page, and nothing internal (no reviewer identities, notes or rationales)."""
from django.core import mail
from django.urls import reverse

from reviews import services
from reviews.models import Application
from reviews.states import State
from tests.reviews.helpers import application_in_state, fresh
from tests.reviews.views.applicant.helpers import form_data


def test_the_journey_emails_link_to_the_status_page_and_keep_internals_out(
        client, carol, rita, django_capture_on_commit_callbacks):
    client.force_login(carol)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reviews:application_new"), form_data(carol.organizations.first(), action="submit"))
    application = Application.objects.get(created_by=carol)
    assert application.state == State.HUMAN_REVIEW
    with django_capture_on_commit_callbacks(execute=True):
        services.application_claim(application=application, by=rita)
        services.application_add_internal_note(application=application, by=rita, body="Internal: looks fine to me")
    with django_capture_on_commit_callbacks(execute=True):
        services.application_request_info(application=fresh(application), by=rita, message="Which invoices?")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reviews:application_resubmit", args=[application.public_id]))
    with django_capture_on_commit_callbacks(execute=True):
        services.application_deny(application=fresh(application), by=rita, rationale="Private rationale.",
                                  reasons=["Invoices are out of the service's scope."])
    status_url = reverse("reviews:application_detail", args=[application.public_id])
    assert len(mail.outbox) >= 4
    for message in mail.outbox:
        assert message.to == [carol.email]
        assert status_url in message.body
        for internal in ("rita@", "Internal: looks fine", "Private rationale."):
            assert internal not in message.body and internal not in message.subject
    assert "Invoices are out of the service's scope." in mail.outbox[-1].body


def test_an_information_request_email_says_where_to_answer(client, alice, rita, django_capture_on_commit_callbacks):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.application_request_info(application=application, by=rita, message="Which data sources?")
    assert len(mail.outbox) == 1
    assert "More information needed" in mail.outbox[0].subject
    assert reverse("reviews:application_detail", args=[application.public_id]) in mail.outbox[0].body
