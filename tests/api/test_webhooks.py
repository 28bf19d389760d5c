"""Webhook endpoints on the organisation's page: registered by a member, every event signed and
logged with its status code, "send again", back-off, and an endpoint failing for 24 hours
disabled with an email to the members. In-process (the worker tests prove the real pipeline)."""
import datetime

import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from audit.events import AuditEventType
from audit.models import AuditEvent
from reviews.models import WebhookDelivery, WebhookEndpoint
from reviews.services import application_create_draft, application_submit
from reviews.services.webhooks import webhook_endpoint_add
from reviews.tasks import sweep_webhooks
from reviews.webhooks import endpoint_disable, retry_delay
from tests.api.receiver import Receiver
from tests.factories import facts_for

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def receiver():
    started = Receiver().start()
    yield started
    started.stop()


def submit(organization, by):
    application = application_create_draft(organization=organization, by=by, facts=facts_for(organization))
    return application_submit(application=application, by=by, attested=True)


def test_a_member_registers_an_endpoint_and_sees_the_log_with_status_codes(client, alice, northshire, receiver):
    client.force_login(alice)
    client.post(reverse("api:webhook_endpoint_add", args=[northshire.public_id]),
                {"url": receiver.url, "events": ["application.received"]})
    endpoint = WebhookEndpoint.objects.get()
    receiver.secret = endpoint.secret
    assert AuditEvent.objects.filter(action=AuditEventType.WEBHOOK_ENDPOINT_ADDED, actor=alice).exists()
    submit(northshire, alice)
    assert receiver.types() == ["application.received"]
    page = client.get(reverse("api:organization_api", args=[northshire.public_id])).content.decode()
    assert "204" in page and "Delivered" in page and WebhookDelivery.objects.get().msg_id in page


def test_send_again_is_a_new_delivery_of_the_same_event(client, alice, northshire, receiver):
    endpoint = webhook_endpoint_add(organization=northshire, by=alice, url=receiver.url, events=["application.received"])
    receiver.secret = endpoint.secret
    submit(northshire, alice)
    first = WebhookDelivery.objects.get()
    client.force_login(alice)
    client.post(reverse("api:webhook_delivery_resend", args=[northshire.public_id, first.msg_id]))
    assert len(receiver.received) == 2
    assert receiver.received[0]["data"] == receiver.received[1]["data"]
    assert receiver.received[0]["id"] != receiver.received[1]["id"]
    assert AuditEvent.objects.filter(action=AuditEventType.WEBHOOK_DELIVERY_RESENT).count() == 1


def test_a_failing_endpoint_is_retried_with_back_off_then_disabled_after_24_hours(alice, northshire, receiver):
    receiver.status = 503
    endpoint = webhook_endpoint_add(organization=northshire, by=alice, url=receiver.url, events=["application.received"])
    receiver.secret = endpoint.secret
    submit(northshire, alice)
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempts == 1 and delivery.last_status == 503 and delivery.delivered_at is None
    assert delivery.next_attempt_at > timezone.now()
    assert [retry_delay(n) for n in (1, 2, 3)] == [5, 10, 20]

    # A day of failures later (the sweeper sends what is due):
    day_ago = timezone.now() - datetime.timedelta(hours=24, minutes=1)
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failing_since=day_ago)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now(), created_at=day_ago)
    sweep_webhooks()
    endpoint.refresh_from_db()
    delivery.refresh_from_db()
    assert endpoint.disabled_at is not None and delivery.given_up_at is not None
    assert AuditEvent.objects.filter(action=AuditEventType.WEBHOOK_ENDPOINT_DISABLED).exists()
    assert mail.outbox[-1].subject == "A webhook endpoint was disabled" and alice.email in mail.outbox[-1].to
    submit(northshire, alice)
    assert WebhookDelivery.objects.count() == 1  # nothing more is owed to a disabled endpoint


def test_the_members_are_told_in_the_language_each_reads_the_site_in(alice, bob, northshire):
    alice.language = "de"
    alice.save(update_fields=["language"])
    endpoint = webhook_endpoint_add(organization=northshire, by=alice, url="https://example.org/hooks",
                                    events=["application.received"])
    mail.outbox.clear()
    with transaction.atomic():  # as the sweeper calls it; the emails leave on commit
        endpoint_disable(endpoint=endpoint)
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {(alice.email,), (bob.email,)}
    german, english = by_recipient[(alice.email,)], by_recipient[(bob.email,)]
    assert german.subject == "Ein Webhook-Endpunkt wurde deaktiviert"
    assert "https://example.org/hooks" in german.body and "Registrieren Sie ihn erneut" in german.body
    assert english.subject == "A webhook endpoint was disabled"


def test_only_https_endpoints_in_production(alice, northshire, settings):
    from reviews.services import ActionInvalid

    settings.WEBHOOK_ALLOW_HTTP = False
    with pytest.raises(ActionInvalid) as refused:
        webhook_endpoint_add(organization=northshire, by=alice, url="http://example.org/hooks",
                             events=["application.received"])
    assert set(refused.value.fields) == {"url"}


@pytest.mark.parametrize("url", ["https://127.0.0.1/hooks", "https://10.1.2.3/hooks", "https://localhost/hooks",
                                 "https://169.254.169.254/latest"])
def test_no_endpoint_inside_the_providers_network(alice, northshire, settings, url):
    from reviews.services import ActionInvalid

    settings.WEBHOOK_ALLOW_HTTP = False
    with pytest.raises(ActionInvalid) as refused:
        webhook_endpoint_add(organization=northshire, by=alice, url=url, events=["application.received"])
    assert refused.value.fields["url"] == "This address is not on the public internet; enter one our servers can reach."
