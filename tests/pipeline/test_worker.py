"""Screening through a real Celery worker and a real Redis, on PostgreSQL (DESIGN §6).

A submission is screened by the worker, stored and audited by the system actor; a task delivered
more than once screens once; a submission made while Redis is down, or one whose worker was
SIGKILLed mid-task, is screened exactly once after the sweeper runs. Nothing here runs eagerly.
"""
import logging
import time

import psycopg
import pytest
from celery.backends.redis import RedisBackend
from celery.result import AsyncResult
from celery.signals import after_task_publish
from django.utils import timezone
from psycopg import sql

from audit.models import AuditEvent
from audit.verification import verify_chain
from config import celery_app
from reviews.models import Application, EndUser, ScreeningResult
from reviews.services import application_create_draft, application_submit
from reviews.states import State
from reviews.tasks import screen_application, sweep_unscreened
from screening.models import PolicyVersion
from tests.factories import REALTIME_BODYCAM_FR, facts_for
from tests.pipeline.conftest import STARTUP_SECONDS, SWEEP_AFTER_SECONDS, subprocess_database_url, wait_until

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),  # the worker only sees committed rows
]

# How long a screening may take to show up. Far above the latency budget on purpose: these tests
# prove that nothing is lost, the benchmark measures how fast it goes.
OUTCOME_SECONDS = 30
# A worker reconnecting to a restarted Redis backs off for up to several seconds between tries.
RECONNECT_SECONDS = 90


def submitted(organization, by, **overrides) -> Application:
    application = application_create_draft(organization=organization, by=by, facts=facts_for(organization, **overrides))
    application_submit(application=application, by=by, attested=True)
    return Application.objects.get(pk=application.pk)


def bodycam_facial_recognition(springfield, dave) -> Application:
    return submitted(springfield, dave, title="Patrol face matching",
                     description="Officers on patrol match faces against a watchlist using body-worn cameras.",
                     **REALTIME_BODYCAM_FR)


def wait_for_outcome(application: Application, workers, *, timeout: float = OUTCOME_SECONDS) -> Application:
    def outcome():
        fresh = Application.objects.get(pk=application.pk)
        return fresh if fresh.state in (State.DENIED, State.HUMAN_REVIEW) else None

    return wait_until(outcome, timeout=timeout, what=f"the screening outcome of {application.reference}",
                      diagnose=workers.logs)


def audit_trail(application: Application) -> list[tuple[str, str, str, int | None, str]]:
    return [
        (e.action, e.from_state, e.to_state, e.actor_id, e.actor_label)
        for e in AuditEvent.objects.for_subject(application)
    ]


def expected_trail(applicant, *, outcome: str, to_state: str) -> list[tuple[str, str, str, int | None, str]]:
    return [
        ("application.created", "", State.DRAFT, applicant.pk, applicant.email),
        ("application.submit", State.DRAFT, State.SUBMITTED, applicant.pk, applicant.email),
        ("application.begin_screening", State.SUBMITTED, State.SCREENING, None, "system"),
        (f"application.{outcome}", State.SCREENING, to_state, None, "system"),
    ]


def assert_screened_once(application: Application, applicant, *, outcome: str, to_state: str) -> None:
    results = list(ScreeningResult.objects.filter(application=application))
    assert len(results) == 1, results
    assert results[0].round == 1
    assert Application.objects.get(pk=application.pk).latest_screening_id == results[0].pk
    assert audit_trail(application) == expected_trail(applicant, outcome=outcome, to_state=to_state)
    # Events written by the test process and by the worker form one unbroken chain.
    assert verify_chain().intact


def age_past_the_sweep_threshold(application: Application) -> None:
    """The sweeper leaves alone what changed state less than SWEEP_AFTER_SECONDS ago; let that pass."""
    changed_at = Application.objects.get(pk=application.pk).state_changed_at
    remaining = SWEEP_AFTER_SECONDS + 0.5 - (timezone.now() - changed_at).total_seconds()
    if remaining > 0:
        time.sleep(remaining)


def run_sweeper() -> None:
    """Publish the sweeper to the broker, as celery beat does on its schedule; a worker runs it."""
    sweep_unscreened.apply_async()


# --------------------------------------------------------------------------- the normal path


def test_it_denies_us_police_realtime_bodycam_facial_recognition(broker, workers, springfield, dave):
    workers.start()

    application = bodycam_facial_recognition(springfield, dave)

    screened = wait_for_outcome(application, workers)
    assert screened.state == State.DENIED
    result = screened.latest_screening
    assert result.outcome == "auto_denied"
    assert {"us-police-facial-recognition", "le-realtime-mobile-facial-recognition"} <= set(result.rule_ids)
    assert result.facts["organization"]["country"] == "US"
    assert screened.denial_reasons  # what the applicant is told
    assert_screened_once(application, dave, outcome="auto_deny", to_state=State.DENIED)
    denial = AuditEvent.objects.for_subject(application).get(action="application.auto_deny")
    assert denial.actor is None
    assert denial.data["screening_result"] == result.pk
    assert "us-police-facial-recognition" in [rule["id"] for rule in denial.data["matched_rules"]]


def test_it_routes_plain_commercial_summarisation_to_review(broker, workers, acme, carol):
    workers.start()

    application = submitted(acme, carol, title="Ticket summaries",
                            description="Summarise customer support tickets for our logistics team.",
                            data_sources="Support tickets.", human_oversight="An agent reads every summary.")

    screened = wait_for_outcome(application, workers)
    assert screened.state == State.HUMAN_REVIEW
    assert screened.latest_screening.outcome == "human_review"
    assert screened.latest_screening.rule_ids == []
    assert screened.due_on is not None
    assert_screened_once(application, carol, outcome="route_to_review", to_state=State.HUMAN_REVIEW)


# --------------------------------------------------------------------------- duplicates


@pytest.fixture
def published_screenings():
    """Ids of every `screen_application` message the test process publishes."""
    task_ids: list[str] = []

    def record(sender=None, headers=None, **kwargs):
        if sender == screen_application.name:
            task_ids.append(headers["id"])

    after_task_publish.connect(record, weak=False)
    yield task_ids
    after_task_publish.disconnect(record)


def test_it_screens_once_when_the_task_is_delivered_three_times(broker, workers, published_screenings, springfield, dave):
    # Queue the submission's own message and two more copies before any worker runs, then let
    # two worker processes take them at once: the copies race each other, as redeliveries can.
    application = bodycam_facial_recognition(springfield, dave)
    screen_application.apply_async(args=[application.pk])
    screen_application.apply_async(args=[application.pk])
    assert len(published_screenings) == 3
    workers.start(concurrency=2)

    backend = RedisBackend(app=celery_app, url=broker.url)
    deliveries = [AsyncResult(task_id, app=celery_app, backend=backend) for task_id in published_screenings]
    wait_until(lambda: all(d.ready() for d in deliveries), timeout=OUTCOME_SECONDS,
               what="all three deliveries to finish", diagnose=workers.logs)

    assert all(d.successful() for d in deliveries), [d.result for d in deliveries]
    assert sorted(d.result for d in deliveries) == ["auto_denied", "skipped", "skipped"]
    assert Application.objects.get(pk=application.pk).state == State.DENIED
    assert_screened_once(application, dave, outcome="auto_deny", to_state=State.DENIED)


# --------------------------------------------------------------------------- faults


def test_it_screens_what_was_submitted_while_redis_was_down_once_the_sweeper_runs(broker, workers, acme, carol, caplog):
    workers.start()
    broker.stop()

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="reviews.tasks"):
        application = submitted(acme, carol)

    # The applicant's action succeeded at once and nothing about it is lost.
    assert time.monotonic() - started < 10  # the publish fails fast instead of hanging the request
    assert f"Could not enqueue reviews.tasks.screen_application({application.pk},)" in caplog.text
    application.refresh_from_db()
    assert application.state == State.SUBMITTED
    assert application.submitted_at is not None
    assert not ScreeningResult.objects.filter(application=application).exists()

    broker.start()  # same port, empty: the message was never published
    age_past_the_sweep_threshold(application)
    run_sweeper()

    screened = wait_for_outcome(application, workers, timeout=RECONNECT_SECONDS)
    assert screened.state == State.HUMAN_REVIEW
    assert_screened_once(application, carol, outcome="route_to_review", to_state=State.HUMAN_REVIEW)


class LockHolder:
    """Locks taken from connections of the test's own, as a slow transaction would take them, so
    that a worker blocks at a known point of its task."""

    def __init__(self):
        self.held: list[psycopg.Connection] = []

    def hold(self, statement: sql.Composable, params=()) -> int:
        """Take the lock in a transaction left open; return the holding backend's pid."""
        conn = psycopg.connect(subprocess_database_url())
        conn.execute(statement, params)
        self.held.append(conn)
        return conn.info.backend_pid

    def release(self) -> None:
        while self.held:
            conn = self.held.pop()
            conn.rollback()
            conn.close()


@pytest.fixture
def lock_holder():
    holder = LockHolder()
    yield holder
    holder.release()


def database_sessions(*, blocked_by: int | None = None) -> set[int]:
    query = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
    if blocked_by is not None:
        query += " AND %(pid)s = ANY(pg_blocking_pids(pid))"
    with psycopg.connect(subprocess_database_url(), autocommit=True) as conn:
        return {row[0] for row in conn.execute(query, {"pid": blocked_by})}


def table(model) -> sql.Identifier:
    return sql.Identifier(model._meta.db_table)


def kill_point(blocked_in: str, application: Application) -> tuple[sql.Composable, list, str]:
    """What the test locks so that the worker waits in `blocked_in`, and the state a kill there
    leaves the application in."""
    if blocked_in == "begin_screening":
        # The first transaction starts by locking the application: nothing has changed yet.
        statement = sql.SQL("SELECT 1 FROM {} WHERE id = %s FOR UPDATE").format(table(Application))
        return statement, [application.pk], State.SUBMITTED
    if blocked_in == "complete_screening":
        # The second transaction reads the facts, end users included, once `screening` is committed.
        return sql.SQL("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE").format(table(EndUser)), [], State.SCREENING
    assert blocked_in == "commit_of_complete_screening"
    # Django's foreign keys are checked at commit: the result's reference to the policy version
    # waits for that row. The worker has sent COMMIT, and the database completes it without it.
    return sql.SQL("SELECT 1 FROM {} WHERE is_active FOR UPDATE").format(table(PolicyVersion)), [], State.DENIED


@pytest.mark.parametrize("blocked_in", ["begin_screening", "complete_screening", "commit_of_complete_screening"])
def test_it_loses_nothing_when_a_worker_is_killed_mid_task(broker, workers, lock_holder, springfield, dave, blocked_in):
    application = bodycam_facial_recognition(springfield, dave)  # its message waits in Redis
    statement, params, state_left = kill_point(blocked_in, application)
    holder = lock_holder.hold(statement, params)

    doomed = workers.start(wait=False)
    blocked = wait_until(lambda: database_sessions(blocked_by=holder), timeout=STARTUP_SECONDS + OUTCOME_SECONDS,
                         what=f"the worker to block in {blocked_in}", diagnose=workers.logs)
    doomed.kill()
    lock_holder.release()

    # The dead worker's session ends: an open transaction rolls back, a sent COMMIT completes.
    wait_until(lambda: not blocked & database_sessions(), timeout=OUTCOME_SECONDS,
               what="the killed worker's database session to end")
    application.refresh_from_db()
    assert application.state == state_left
    assert ScreeningResult.objects.filter(application=application).count() == (1 if state_left == State.DENIED else 0)

    workers.start()
    age_past_the_sweep_threshold(application)
    run_sweeper()

    screened = wait_for_outcome(application, workers)
    assert screened.state == State.DENIED
    assert_screened_once(application, dave, outcome="auto_deny", to_state=State.DENIED)
