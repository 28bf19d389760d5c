"""The whole path through the API alone (after a member creates the key and registers the
endpoint on the organisation's page): a US police department's facial-recognition draft is
created, submitted, screened and auto-denied; every webhook on the way verifies with the
`standardwebhooks` library; the decision read back is the one the status page shows."""
import html
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from reviews.models import Application, WebhookEndpoint
from reviews.states import State
from tests.api.conftest import client_with
from tests.api.receiver import Receiver
from tests.factories import REALTIME_BODYCAM_FR, facts_for

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def receiver():
    started = Receiver().start()
    yield started
    started.stop()


def test_a_us_police_facial_recognition_draft_ends_auto_denied_with_the_reasons(client, springfield, dave, receiver):
    # On the organisation's page: a key (shown once) and an endpoint for every event.
    client.force_login(dave)
    page = client.post(reverse("api:api_key_create", args=[springfield.public_id]),
                       {"name": "records system", "scopes": ["read", "write"]})
    secret = page.context["secret"]
    assert secret in page.content.decode()
    client.post(reverse("api:webhook_endpoint_add", args=[springfield.public_id]), {
        "url": receiver.url, "events": ["application.received", "application.screened", "application.decided"]})
    receiver.secret = WebhookEndpoint.objects.get(organization=springfield).secret

    # From here on, the API alone.
    api = client_with(secret)
    facts = facts_for(springfield, title="Patrol face matching",
                      description="Officers match faces against a watchlist using body-worn cameras.",
                      **REALTIME_BODYCAM_FR)
    draft = api.post("/api/v1/applications", {"facts": facts}, format="json", HTTP_IDEMPOTENCY_KEY="draft-1")
    assert draft.status_code == 201, draft.content
    public_id = draft.json()["id"]
    submitted = api.post(f"/api/v1/applications/{public_id}/submit", {"attestations": {
        "attest_accurate": True, "attest_no_us_police_fr": True, "attest_code_of_conduct": True}}, format="json",
        HTTP_IDEMPOTENCY_KEY="submit-1")
    assert submitted.status_code == 200, submitted.content

    # The test settings screen and deliver in-process, after each commit.
    assert receiver.refused == []
    assert receiver.types() == ["application.received", "application.screened", "application.decided"]
    assert all(event["data"]["application"] == public_id for event in receiver.received)
    assert receiver.received[-1]["data"]["state"] == "denied"
    assert len({event["id"] for event in receiver.received}) == 3

    decided = api.get(urlsplit(receiver.received[-1]["data"]["url"]).path)
    assert decided.status_code == 200
    body = decided.json()
    application = Application.objects.get(public_id=public_id)
    assert body["state"] == application.state == State.DENIED
    deny_reasons = [rule["reason"] for rule in application.latest_screening.matched_rules if rule["effect"] == "deny"]
    assert any(rule["id"] == "us-police-facial-recognition" for rule in application.latest_screening.matched_rules)
    assert body["decision"]["denial_reasons"] == deny_reasons == application.denial_reasons
    assert body["actions"] == ["appeal", "message_reviewers"]
    assert [entry["what"] for entry in body["timeline"]][-1] == "Denied by the automatic screening"

    # Exactly as on the pages: the status page shows the same reasons and the same timeline.
    status_page = html.unescape(client.get(reverse("reviews:application_detail", args=[public_id])).content.decode())
    for reason in body["decision"]["denial_reasons"]:
        assert reason in status_page
    for entry in body["timeline"]:
        assert entry["what"] in status_page
