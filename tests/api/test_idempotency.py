"""Idempotency-Key: a retried POST returns the first answer and changes nothing, even when twenty
copies arrive at once (PostgreSQL, one thread and connection each)."""
import threading

import pytest
from django.db import connection

from api.models import IdempotencyRecord
from audit.models import AuditEvent
from reviews.models import Application
from tests.api.conftest import client_with, key_for
from tests.factories import facts_for


def test_a_retry_returns_the_first_answer_and_changes_nothing(alice, northshire):
    api = client_with(key_for(alice)[1])
    body = {"facts": facts_for(northshire)}
    first = api.post("/api/v1/applications", body, format="json", HTTP_IDEMPOTENCY_KEY="create-1")
    again = api.post("/api/v1/applications", body, format="json", HTTP_IDEMPOTENCY_KEY="create-1")
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again["Idempotent-Replayed"] == "true"
    assert Application.objects.count() == 1


def test_a_key_reused_for_another_request_is_refused(alice, northshire):
    api = client_with(key_for(alice)[1])
    api.post("/api/v1/applications", {"facts": facts_for(northshire)}, format="json", HTTP_IDEMPOTENCY_KEY="k")
    other = api.post("/api/v1/applications", {"facts": facts_for(northshire, title="Other")}, format="json",
                     HTTP_IDEMPOTENCY_KEY="k")
    assert other.status_code == 422 and other["Content-Type"] == "application/problem+json"
    assert Application.objects.count() == 1


def test_a_refusal_is_replayed_too(alice, northshire):
    api = client_with(key_for(alice)[1])
    app = api.post("/api/v1/applications", {"facts": facts_for(northshire)}, format="json").json()
    api.post(f"/api/v1/applications/{app['id']}/withdraw")
    first = api.post(f"/api/v1/applications/{app['id']}/withdraw", HTTP_IDEMPOTENCY_KEY="w")
    again = api.post(f"/api/v1/applications/{app['id']}/withdraw", HTTP_IDEMPOTENCY_KEY="w")
    assert first.status_code == again.status_code == 403
    assert again.json() == first.json() and again["Content-Type"] == "application/problem+json"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_copies_make_one_change(alice, northshire):
    secret = key_for(alice)[1]
    body = {"facts": facts_for(northshire)}
    barrier = threading.Barrier(20)
    answers = []

    def post():
        try:
            api = client_with(secret)
            barrier.wait()
            response = api.post("/api/v1/applications", body, format="json", HTTP_IDEMPOTENCY_KEY="same-key")
            answers.append((response.status_code, response.json().get("id")))
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 20
    assert Application.objects.count() == 1
    created = Application.objects.get()
    assert answers == [(201, created.public_id)] * 20
    assert AuditEvent.objects.filter(action="application.created").count() == 1
    assert IdempotencyRecord.objects.get().status_code == 201


def test_answers_are_forgotten_after_24_hours(alice, northshire):
    from django.utils import timezone

    from api.tasks import purge_idempotency_records

    api = client_with(key_for(alice)[1])
    api.post("/api/v1/applications", {"facts": facts_for(northshire)}, format="json", HTTP_IDEMPOTENCY_KEY="old")
    IdempotencyRecord.objects.update(created_at=timezone.now() - timezone.timedelta(hours=25))
    assert purge_idempotency_records() == 1
    again = api.post("/api/v1/applications", {"facts": facts_for(northshire)}, format="json",
                     HTTP_IDEMPOTENCY_KEY="old")
    assert again.status_code == 201 and Application.objects.count() == 2
