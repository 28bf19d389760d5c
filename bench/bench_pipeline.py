"""Submit → screening outcome latency with a live Celery worker and Redis, on PostgreSQL
(design §7: p95 ≤ 500 ms).

Recreates its own database, migrates it, starts its own redis-server on a spare port and a worker
as docker-compose runs it (prefork, two processes), then submits applications one after another
through `application_submit`, waiting each time for the outcome before the next. Latency runs
from the submit call returning to the commit of the outcome, which PostgreSQL reports at once
through LISTEN/NOTIFY (a trigger that exists in the benchmark database only): no polling delay,
no polling load.

    .venv/bin/python bench/bench_pipeline.py [--count 200] [--warmup 10]

BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/ucr_bench) names the database;
it is dropped and recreated. redis-server must be on PATH.
"""
import argparse
import math
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import recreate_database  # noqa: E402 (after the path is set)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ucr_bench"
BUDGET_P95_MS = 500
TIMEOUT_SECONDS = 30  # one outcome slower than this is a failure, not a sample

NOTIFY_OUTCOME = """
CREATE FUNCTION bench_notify_outcome() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state IN ('denied', 'human_review') AND NEW.state IS DISTINCT FROM OLD.state THEN
        PERFORM pg_notify('bench_outcome', NEW.id::text);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER bench_notify_outcome AFTER UPDATE OF state ON reviews_application
    FOR EACH ROW EXECUTE FUNCTION bench_notify_outcome();
"""

# Three kinds of submission in turn: one routed to review, one denied by two rules, one routed
# to review with enhanced scrutiny. The facts are what the application form produces.
FACTS = [
    {
        "title": "Ticket summaries",
        "description": "Summarise customer support tickets so that agents can answer faster.",
        "organization": {"name": "Northwind Retail", "type": "commercial", "country": "GB"},
        "end_users": [],
        "capabilities": ["summarization", "translation"],
        "facial_recognition": None,
        "data_sources": "Support tickets.",
        "human_oversight": "An agent reads every summary before replying.",
    },
    {
        "title": "Patrol face matching",
        "description": "Officers on patrol match faces against a watchlist of suspects with body-worn cameras.",
        "organization": {"name": "Springfield Police Department", "type": "police_department", "country": "US"},
        "end_users": [],
        "capabilities": ["facial_recognition"],
        "facial_recognition": {"mode": "realtime", "sources": ["body_worn"], "environment": "uncontrolled",
                               "purpose": "Identify wanted persons on patrol."},
        "data_sources": "Booking photos.",
        "human_oversight": "An officer confirms every match.",
    },
    {
        "title": "Back-office photo comparison",
        "description": "Analysts compare seized images with booking photos in a back office, after the fact.",
        "organization": {"name": "Bundeskriminalamt", "type": "other_law_enforcement", "country": "DE"},
        "end_users": [],
        "capabilities": ["facial_recognition", "document_analysis"],
        "facial_recognition": {"mode": "retrospective", "sources": ["booking_photos", "uploaded_images"],
                               "environment": "controlled", "purpose": "Investigate serious offences."},
        "data_sources": "Seized images and booking photos.",
        "human_oversight": "Two analysts confirm every match.",
    },
]


def spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]



def wait_for(predicate, *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.05)


def start_redis(directory: Path, port: int) -> subprocess.Popen:
    import redis

    process = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(directory), "--logfile", str(directory / "redis.log")],
        start_new_session=True,
    )

    def answers() -> bool:
        try:
            return bool(redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1).ping())
        except redis.RedisError:
            return False

    wait_for(answers, timeout=30, what="redis-server")
    return process


def start_worker(env: dict, log_path: Path) -> subprocess.Popen:
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=info", "--concurrency=2"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def ready() -> bool:
        if process.poll() is not None:
            raise SystemExit(f"the worker exited:\n{log_path.read_text(errors='replace')}")
        return " ready." in log_path.read_text(errors="replace")

    wait_for(ready, timeout=60, what="the worker")
    return process


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # whatever is left of the group
    except ProcessLookupError:
        pass
    process.wait()


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least p% of samples at or below it."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def applicants():
    """One organisation and one applicant per kind of submission."""
    from django.contrib.auth.models import Group

    from accounts.models import Membership, Organization, User

    group = Group.objects.get(name="applicant")
    people = []
    for i, facts in enumerate(FACTS):
        org = facts["organization"]
        organization = Organization.objects.create(name=org["name"], type=org["type"], country=org["country"])
        user = User.objects.create_user(email=f"applicant{i}@bench.example", password=None)
        user.groups.add(group)
        Membership.objects.create(user=user, organization=organization)
        people.append((organization, User.objects.get(pk=user.pk)))
    return people


def measure(*, count: int, warmup: int, database_url: str) -> dict:
    from reviews.services import application_create_draft, application_submit

    people = applicants()
    submit_ms, outcome_ms = [], []
    with psycopg.connect(database_url, autocommit=True) as listener:
        listener.execute("LISTEN bench_outcome")
        for i in range(warmup + count):
            organization, applicant = people[i % len(FACTS)]
            draft = application_create_draft(organization=organization, by=applicant, facts=FACTS[i % len(FACTS)])
            started = time.perf_counter()
            application_submit(application=draft, by=applicant, attested=True)
            returned = time.perf_counter()
            stored = None
            for notice in listener.notifies(timeout=TIMEOUT_SECONDS):
                if int(notice.payload) == draft.pk:
                    stored = time.perf_counter()
                    break
            if stored is None:
                raise SystemExit(f"no outcome for {draft.reference} within {TIMEOUT_SECONDS} s")
            if i >= warmup:
                submit_ms.append((returned - started) * 1000)
                # An outcome that beat the submit call back counts as zero, not as a negative time.
                outcome_ms.append(max(0.0, stored - returned) * 1000)
    return {"submit_ms": submit_ms, "outcome_ms": outcome_ms}


def outcomes_stored() -> dict[str, int]:
    from django.db.models import Count

    from reviews.models import ScreeningResult

    return dict(ScreeningResult.objects.values_list("outcome").annotate(n=Count("id")).values_list("outcome", "n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=200, help="measured submissions (default 200)")
    parser.add_argument("--warmup", type=int, default=10, help="submissions before measuring (default 10)")
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    recreate_database(database_url)
    workdir = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    port = spare_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("CELERY_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY="bench-only-secret-key",
        ALLOWED_HOSTS="localhost",
        DATABASE_URL=database_url,
        REDIS_URL=f"redis://127.0.0.1:{port}/0",
        # The notification tasks still run in the worker; their emails go nowhere.
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        PYTHONDONTWRITEBYTECODE="1",
    )
    os.environ.update(env)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(NOTIFY_OUTCOME)

    redis_server = start_redis(workdir, port)
    worker = None
    try:
        worker = start_worker(env, workdir / "worker.log")
        figures = measure(count=args.count, warmup=args.warmup, database_url=database_url)
    finally:
        for process in (worker, redis_server):
            if process is not None:
                stop(process)

    print(f"{args.count} submissions one after another (after {args.warmup} not measured), "
          f"worker prefork ×2; outcomes stored: {outcomes_stored()}; worker log {workdir / 'worker.log'}")
    for label, samples in (("submit call", figures["submit_ms"]),
                           ("submit returned → outcome stored", figures["outcome_ms"])):
        print(f"{label}: p50 {percentile(samples, 50):.1f} ms, p95 {percentile(samples, 95):.1f} ms, "
              f"max {max(samples):.1f} ms")
    p95 = percentile(figures["outcome_ms"], 95)
    print(f"budget p95 ≤ {BUDGET_P95_MS} ms: {'met' if p95 <= BUDGET_P95_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
