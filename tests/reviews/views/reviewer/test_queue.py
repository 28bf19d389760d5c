"""The reviewer queue: filters, keyset pages, constant query counts, and "take next"."""
import threading

import pytest
from django.db import connection
from django.urls import reverse

from audit.models import AuditEvent
from reviews.models import Application
from reviews.queue import PAGE_SIZE, QueueFilters, queue_page
from reviews.services import application_take_next as take_next
from reviews.states import State
from tests.factories import PASSWORD, REALTIME_BODYCAM_FR, RETROSPECTIVE_FR, facts_for, make_organization, make_user
from tests.reviews.helpers import application_in_state


def make_many(n: int, applicant, reviewer, **facts):
    org = applicant.organizations.first()
    return [application_in_state(State.HUMAN_REVIEW, applicant=applicant, reviewer=reviewer,
                                 facts=facts_for(org, title=f"Use {i}", **facts)) for i in range(n)]


def queue_url(**params):
    from urllib.parse import urlencode

    return reverse("reviews:queue") + ("?" + urlencode(params, doseq=True) if params else "")


def test_queue_runs_the_same_number_of_queries_for_3_or_60_rows(client, carol, rita, django_assert_num_queries):
    client.login(email=rita.email, password=PASSWORD)
    make_many(3, carol, rita)
    client.get(queue_url())  # warm the session and role caches of the test client
    # session, user, roles, orgs, page, counters, and the user's Django permissions (for the navigation)
    with django_assert_num_queries(8) as few:
        assert client.get(queue_url()).status_code == 200
    make_many(57, carol, rita)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(queue_url())
    assert response.status_code == 200
    assert response.content.decode().count('href="/review/') >= PAGE_SIZE


def test_keyset_pages_cover_every_row_once_in_each_sort(carol, rita):
    apps = make_many(PAGE_SIZE + 7, carol, rita)
    for sort in ("risk", "due", "age"):
        seen, f = [], QueueFilters(sort=sort)
        while True:
            page = queue_page(rita, f)
            seen += [a.pk for a in page.rows]
            if not page.next_cursor:
                break
            f = QueueFilters(sort=sort, after=page.next_cursor)
        assert sorted(seen) == sorted(a.pk for a in apps), sort


def test_filters_narrow_the_queue(carol, rita, alice, northshire):
    plain = make_many(1, carol, rita)[0]
    fr = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita,
                              facts=facts_for(northshire, **RETROSPECTIVE_FR))

    def refs(**params):
        from urllib.parse import urlencode

        from django.http import QueryDict

        return {a.pk for a in queue_page(rita, QueueFilters.from_query(QueryDict(urlencode(params, doseq=True)))).rows}

    assert refs() == {plain.pk, fr.pk}
    assert refs(country="gb") == {fr.pk}
    assert refs(org_type="commercial") == {plain.pk}
    assert refs(capability="facial_recognition") == {fr.pk}
    assert refs(rule="law-enforcement-use") == {fr.pk}
    assert refs(state="needs_info") == set()
    assert refs(assigned="unassigned") == {plain.pk, fr.pk}
    Application.objects.filter(pk=plain.pk).update(due_on="2020-01-01")
    assert refs(overdue="1") == {plain.pk}


def test_bad_filters_are_ignored_with_a_note_never_a_500(client, rita):
    client.login(email=rita.email, password=PASSWORD)
    response = client.get(queue_url(state="bogus", sort="nope", country="12345", capability="x", after="%%%", assigned="z"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Unknown state ignored" in body and "two-letter" in body


def test_own_organisation_never_appears(client, olga, alice, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    page = queue_page(olga, QueueFilters())
    assert app.pk not in {a.pk for a in page.rows}
    assert page.counts[State.HUMAN_REVIEW] == 0
    assert queue_page(rita, QueueFilters()).counts[State.HUMAN_REVIEW] == 1
    assert take_next(by=olga) is None


def test_non_reviewers_cannot_open_the_queue(client, alice, audrey, adam):
    for user in (alice, audrey, adam):
        client.login(email=user.email, password=PASSWORD)
        assert client.get(queue_url()).status_code == 403
        assert client.post(reverse("reviews:take_next")).status_code == 403


def test_take_next_claims_the_most_urgent_unclaimed_and_audits_it(client, carol, rita, sam):
    first, second = make_many(2, carol, rita)
    Application.objects.filter(pk=second.pk).update(due_on="2020-01-01")
    client.login(email=rita.email, password=PASSWORD)
    response = client.post(reverse("reviews:take_next"))
    assert response.status_code == 302
    assert Application.objects.get(pk=second.pk).assignee == rita
    assert AuditEvent.objects.for_subject(second).filter(action="application.claimed", actor=rita).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_take_next_calls_never_share_an_application(db):
    org = make_organization(name="Many Uses Ltd", type="commercial", country="NL")
    applicant = make_user("ann@many.example", roles=["applicant"], organization=org)
    reviewers = [make_user(f"r{i}@review.example", roles=["reviewer"]) for i in range(5)]
    apps = make_many(30, applicant, reviewers[0])
    results, barrier = [], threading.Barrier(50)

    def worker(reviewer):
        try:
            barrier.wait()
            app = take_next(by=reviewer)
            results.append((reviewer.pk, app.pk if app else None))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(reviewers[i % 5],)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    taken = [app_id for _, app_id in results if app_id is not None]
    assert len(results) == 50
    assert len(taken) == len(set(taken)) == len(apps)  # every one handed out, none twice
    for reviewer_id, app_id in results:
        if app_id is not None:
            assert Application.objects.get(pk=app_id).assignee_id == reviewer_id
    assert AuditEvent.objects.filter(action="application.claimed").count() == len(apps)


def test_an_appealed_automatic_denial_can_be_upheld_but_never_approved(rita, sam):
    """A vendor's real-time body-cam matching for a US police department: denied by the policy.
    After an appeal a reviewer may uphold it or ask for information, never approve it."""
    import datetime

    from reviews import services
    from reviews.services import ActionNotAllowed
    from tests.reviews.helpers import fresh, full_checklist

    vendor = make_organization(name="Cam Vendor", type="vendor", country="US")
    vic = make_user("vic@camvendor.example", roles=["applicant"], organization=vendor)
    app = application_in_state(State.DENIED, applicant=vic, reviewer=rita, facts=facts_for(
        vendor, end_users=[{"name": "Metro PD", "type": "police_department", "country": "US"}], **REALTIME_BODYCAM_FR))
    assert app.denied_by is None and app.deny_rule_matched
    services.application_appeal(application=app, by=vic, statement="We only test it in a lab.")
    with pytest.raises(ActionNotAllowed, match="deny rule"):
        services.application_approve(application=fresh(app), by=sam, rationale="Fine.",
                                     reverification_date=datetime.date.today() + datetime.timedelta(days=30))
    with pytest.raises(ActionNotAllowed, match="deny rule"):
        services.application_recommend_approval(application=fresh(app), by=sam, checklist=full_checklist(),
                                                rationale="Fine.")
    services.application_deny(application=fresh(app), by=sam, rationale="Upheld.", reasons=["The policy forbids it."])
    assert fresh(app).state == State.DENIED
