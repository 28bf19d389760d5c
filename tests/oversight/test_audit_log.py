"""The audit log page: filters, keyset pagination, event detail, and the chain's status."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from audit.models import AuditEvent, ChainCheck
from audit.tasks import verify_audit_chain
from tests.audit.helpers import tamper, write_events
from tests.oversight.conftest import client_for

pytestmark = pytest.mark.django_db




def sequences(response) -> list[int]:
    return [e.sequence for e in response.context["page"].events]


def test_it_lists_events_newest_first(audrey, history):
    response = client_for(audrey).get("/audit/")
    assert response.status_code == 200
    listed = sequences(response)
    assert listed == sorted(listed, reverse=True)
    assert listed[0] == AuditEvent.objects.order_by("-sequence").first().sequence


def test_it_filters_by_reference_actor_action_and_date(audrey, rita, history):
    client = client_for(audrey)
    denied = history["denied"]
    by_reference = client.get("/audit/", {"reference": denied.reference.lower()})
    assert {e.subject_reference for e in by_reference.context["page"].events} == {denied.reference}
    assert len(sequences(by_reference)) == AuditEvent.objects.for_subject(denied).count()

    by_actor = client.get("/audit/", {"actor": "rita@"})
    assert by_actor.context["page"].events
    assert {e.actor_label for e in by_actor.context["page"].events} == {rita.email}
    assert sequences(client.get("/audit/", {"actor": "system"}))

    by_action = client.get("/audit/", {"action": "application.approve"})
    assert [e.subject_reference for e in by_action.context["page"].events] == [history["approved"].reference]
    by_prefix = client.get("/audit/", {"action": "application."})
    assert all(e.action.startswith("application.") for e in by_prefix.context["page"].events)

    today = timezone.localdate()
    assert sequences(client.get("/audit/", {"since": today.isoformat(), "until": today.isoformat()}))
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()
    assert sequences(client.get("/audit/", {"since": tomorrow})) == []


def test_it_pages_by_sequence_without_offset(audrey):
    write_events(120)
    client = client_for(audrey)
    first = client.get("/audit/")
    page = first.context["page"]
    assert len(page.events) == 50 and page.newer_than is None and page.older_than is not None
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/audit/", {"before": page.older_than})
    assert not any("OFFSET" in q["sql"].upper() for q in queries.captured_queries)
    assert sequences(second)[0] == page.older_than - 1
    assert len(sequences(second)) == 50
    back = client.get("/audit/", {"after": second.context["page"].newer_than})
    assert sequences(back) == sequences(first)
    # Every event appears exactly once walking to the end.
    seen, cursor = [], None
    while True:
        response = client.get("/audit/", {"before": cursor} if cursor else {})
        seen += sequences(response)
        cursor = response.context["page"].older_than
        if cursor is None:
            break
    assert seen == list(AuditEvent.objects.order_by("-sequence").values_list("sequence", flat=True))


def test_it_shows_an_event_with_its_data_and_hashes(audrey, history):
    event = AuditEvent.objects.filter(action="application.deny").get()
    response = client_for(audrey).get(f"/audit/events/{event.sequence}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert event.hash in body and event.prev_hash in body
    assert "Out of scope." in body  # the rationale, from the event's data
    assert "matches the content" in body
    assert client_for(audrey).get("/audit/events/999999/").status_code == 404


def test_verify_now_stores_the_status_and_records_who_checked(audrey):
    write_events(3)
    client = client_for(audrey)  # signing in is itself an event
    before = AuditEvent.objects.count()
    response = client.post("/audit/verify/", {"next": "/audit/?action=test.event"})
    assert response.status_code == 302 and response["Location"] == "/audit/?action=test.event"
    check = ChainCheck.objects.get()
    assert check.intact and check.verified == before and check.checked_by == audrey
    event = AuditEvent.objects.order_by("-sequence").first()
    assert (event.action, event.actor, event.data["verified"]) == ("audit.verified", audrey, before)
    page = client_for(audrey).get("/audit/").content.decode()
    assert f"{before} events verified, intact" in page


def test_the_chain_status_says_what_started_the_check_in_the_readers_language(audrey):
    client = client_for(audrey)
    client.post("/audit/verify/", {"next": "/audit/"})
    assert f"(run on demand by {audrey.email})" in client.get("/audit/").content.decode()
    german = client.get("/audit/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert f"(auf Anforderung ausgeführt von {audrey.email})" in german


def test_verify_now_refuses_to_redirect_elsewhere(audrey):
    response = client_for(audrey).post("/audit/verify/", {"next": "https://evil.example/"})
    assert response["Location"] == "/audit/"


def test_the_periodic_check_stores_the_status_without_writing_to_the_log(audrey):
    write_events(2)
    before = AuditEvent.objects.count()
    assert verify_audit_chain.apply().get() == f"{before} events verified, intact"
    assert AuditEvent.objects.count() == before
    check = ChainCheck.objects.get()
    assert check.trigger == ChainCheck.Trigger.PERIODIC and check.checked_by is None




def test_the_audit_page_shows_broken_after_an_event_is_altered(audrey, history):
    verify_audit_chain.apply()
    assert "intact" in client_for(audrey).get("/audit/").content.decode()
    target = AuditEvent.objects.filter(action="application.deny").get()
    tamper("UPDATE audit_auditevent SET data_json = %s WHERE sequence = %s",
           '{"rationale":"Approved after all."}', target.sequence)
    verify_audit_chain.apply()
    body = client_for(audrey).get("/audit/").content.decode()
    assert f"broken at event #{target.sequence}" in body
    assert "chain-broken" in body
    detail = client_for(audrey).get(f"/audit/events/{target.sequence}/").content.decode()
    assert "does not match the content" in detail


def test_verify_now_finds_a_deleted_event(audrey):
    write_events(4)
    victim = AuditEvent.objects.order_by("-sequence")[1].sequence
    tamper("DELETE FROM audit_auditevent WHERE sequence = %s", victim)
    client_for(audrey).post("/audit/verify/")
    check = ChainCheck.objects.get()
    assert not check.intact and check.broken_sequence == victim
