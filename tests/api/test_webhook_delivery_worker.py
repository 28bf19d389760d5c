"""Webhook delivery through a real Redis and real Celery workers, on PostgreSQL: a receiver that
is down for a while gets every event once it is back (exponential back-off), and a worker killed
in the middle of a delivery loses nothing (the row lock dies with it; the sweeper sends again)."""
import time

import pytest

from reviews.models import Application, WebhookDelivery
from reviews.services import application_create_draft, application_submit
from reviews.services.webhooks import webhook_endpoint_add
from reviews.states import State
from reviews.tasks import sweep_webhooks
from tests.api.receiver import Receiver
from tests.factories import REALTIME_BODYCAM_FR, facts_for
from tests.pipeline.conftest import spare_port, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

EVENTS = ["application.received", "application.screened", "application.decided"]
DELIVERY_SECONDS = 60


def submit_denied_application(springfield, dave, title: str) -> Application:
    facts = facts_for(springfield, title=title, description="Match faces from body-worn cameras on patrol.",
                      **REALTIME_BODYCAM_FR)
    application = application_create_draft(organization=springfield, by=dave, facts=facts)
    application_submit(application=application, by=dave, attested=True)
    return application


def all_delivered(expected: int):
    def check():
        deliveries = list(WebhookDelivery.objects.all())
        return len(deliveries) == expected and all(d.delivered_at for d in deliveries)

    return check


@pytest.fixture
def workers(workers):
    """The pipeline tests' workers, allowed to send to this machine's local receiver."""
    workers.env["WEBHOOK_ALLOW_HTTP"] = "true"
    return workers


def test_a_receiver_down_for_a_while_gets_every_event(springfield, dave, broker, workers):
    port = spare_port()  # nothing listens here yet: connections are refused
    endpoint = webhook_endpoint_add(organization=springfield, by=dave, url=f"http://127.0.0.1:{port}/hooks",
                                    events=EVENTS)
    workers.env["WEBHOOK_RETRY_BASE_SECONDS"] = "1"
    workers.start()
    applications = [submit_denied_application(springfield, dave, f"Use {i}") for i in range(3)]
    wait_until(lambda: all(Application.objects.get(pk=a.pk).state == State.DENIED for a in applications),
               timeout=DELIVERY_SECONDS, what="the screenings", diagnose=workers.logs)
    wait_until(lambda: WebhookDelivery.objects.filter(attempts__gte=2).count() == 9, timeout=DELIVERY_SECONDS,
               what="two failed attempts of each delivery", diagnose=workers.logs)
    assert not WebhookDelivery.objects.filter(delivered_at__isnull=False).exists()

    receiver = Receiver(endpoint.secret, port=port).start()
    try:
        wait_until(all_delivered(9), timeout=DELIVERY_SECONDS, what="every delivery", diagnose=workers.logs)
        assert receiver.refused == []
        assert sorted(e["id"] for e in receiver.received) == sorted(WebhookDelivery.objects.values_list("msg_id", flat=True))
        for application in applications:
            types = [e["type"] for e in receiver.received if e["data"]["application"] == application.public_id]
            assert sorted(types) == sorted(EVENTS)
        delivery = WebhookDelivery.objects.first()
        codes = [attempt.status_code for attempt in delivery.log.order_by("at")]
        assert codes[-1] == 204 and None in codes[:-1]
    finally:
        receiver.stop()


def test_a_worker_killed_mid_delivery_loses_nothing(springfield, dave, broker, workers):
    receiver = Receiver().start()
    try:
        endpoint = webhook_endpoint_add(organization=springfield, by=dave, url=receiver.url, events=EVENTS)
        receiver.secret = endpoint.secret
        receiver.hang_seconds = 60  # the first request never gets an answer
        first = workers.start()
        application = application_create_draft(organization=springfield, by=dave, facts=facts_for(springfield))
        application_submit(application=application, by=dave, attested=True)
        wait_until(lambda: receiver.requests >= 1, timeout=DELIVERY_SECONDS, what="a delivery in flight",
                   diagnose=workers.logs)
        first.kill()  # SIGKILL mid-request: no answer recorded, no ack
        receiver.hang_seconds = 0
        assert not WebhookDelivery.objects.filter(delivered_at__isnull=False, event_type=EVENTS[0]).exists()

        workers.start()
        # Celery beat's sweeper, every few seconds here, sends again whatever is due and undelivered.
        deadline = time.monotonic() + DELIVERY_SECONDS
        while not all_delivered(2)() and time.monotonic() < deadline:
            sweep_webhooks()
            time.sleep(1)
        wait_until(all_delivered(2), timeout=5, what="every delivery", diagnose=workers.logs)
        assert receiver.refused == []
        # Sent to human review: received and screened, each delivered (a repeat would share its id).
        assert {e["type"] for e in receiver.received} == {"application.received", "application.screened"}
        received_ids = {e["id"] for e in receiver.received}
        assert received_ids == set(WebhookDelivery.objects.values_list("msg_id", flat=True))
        killed = WebhookDelivery.objects.get(event_type="application.received")
        assert killed.delivered_at is not None
    finally:
        receiver.stop()
