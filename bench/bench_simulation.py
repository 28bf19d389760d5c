"""Policy simulation as a background job: a draft jurisdiction pack simulated over 100,000 past
applications by a worker process, while the progress page is requested again and again from the
web side. Reports how long the job took and how long the progress page took to answer meanwhile
(server time, in process, as bench_queue measures it), and the progress values it showed.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/ucr_bench_simulation python bench/bench_simulation.py [--size 100000]
The database is dropped and recreated.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ucr_bench_simulation"

from bench_queue import p95, seed  # noqa: E402 (after the path is set)
from common import recreate_database, setup_django  # noqa: E402

# One application in ten is a San Francisco city department's face search (the draft pack newly
# denies those), one in five asks for facial recognition, the rest summarise case files.
FACTS_SQL = """
    jsonb_build_object(
        'title', a.title,
        'description', CASE WHEN a.id % 5 = 0 THEN 'Search recorded images for the face of a suspect.'
                            ELSE 'Summarise long case files for investigators.' END,
        'organization', CASE WHEN a.id % 10 = 0 THEN
            '{"name": "San Francisco Department of Emergency Management", "type": "government",
              "country": "US", "subdivision": "US-CA"}'::jsonb
            ELSE jsonb_build_object('name', a.org_name, 'type', a.org_type, 'country', a.org_country) END,
        'end_users', '[]'::jsonb,
        'capabilities', CASE WHEN a.id % 5 = 0 THEN '["facial_recognition"]'::jsonb ELSE '["summarization"]'::jsonb END,
        'facial_recognition', CASE WHEN a.id % 5 = 0 THEN
            '{"mode": "retrospective", "sources": ["uploaded_images"], "environment": "controlled",
              "purpose": "Identify a suspect."}'::jsonb ELSE 'null'::jsonb END,
        'data_sources', '', 'human_oversight', 'An investigator checks every result.'
    ) || CASE WHEN a.id % 10 = 0 THEN
        '{"deployment": {"countries": ["US"], "subdivisions": ["US-CA"], "localities": ["San Francisco"]}}'::jsonb
        ELSE '{}'::jsonb END
"""


def seed_screenings(policy_version_id: int) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"""
            INSERT INTO reviews_screeningresult (application_id, round, policy_version_id, policy_version_label,
                outcome, enhanced_scrutiny, matched_rules, facts, risk_score, created_at, pack_versions)
            SELECT a.id, 1, {policy_version_id}, 'v2', 'human_review', a.id % 5 = 0, '[]'::jsonb, {FACTS_SQL},
                   0, now(), '[]'::jsonb
            FROM reviews_application a
        """)
        cursor.execute("""
            UPDATE reviews_application a SET latest_screening_id = s.id
            FROM reviews_screeningresult s WHERE s.application_id = a.id
        """)
        cursor.execute("ANALYZE reviews_screeningresult")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    url = os.environ.get("BENCH_SIMULATION_DATABASE_URL", DEFAULT_URL)
    recreate_database(url)
    setup_django(url, migrate=True)
    from django.contrib.auth.models import Group
    from django.test import Client

    from accounts.models import Organization, User
    from oversight.models import BackgroundJob
    from screening.models import PolicyVersion
    from screening.services import policy_version_load

    for i in range(20):
        Organization.objects.create(name=f"Bench org {i}", type="commercial", country="GB")
    auditor = User.objects.create_user(email="bench-auditor@review.example", password="x")
    auditor.groups.add(Group.objects.get(name="auditor"))
    started = time.perf_counter()
    seed(args.size)
    seed_screenings(PolicyVersion.objects.get(version="v2").pk)
    print(f"seeded {args.size:,} applications with screenings in {time.perf_counter() - started:.0f} s", flush=True)

    draft = policy_version_load(source=(ROOT / "policies" / "packs" / "us-state-local.yaml").read_text())
    job = BackgroundJob.objects.create(kind=BackgroundJob.Kind.SIMULATION, params={"policy_version": draft.version})
    web = Client()
    web.force_login(auditor)
    # The worker: its own process, as a Celery worker would be.
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c",
         f"from oversight.jobs import job_run; job_run(job_id={job.pk})"],
        env={**os.environ}, cwd=ROOT)
    started = time.perf_counter()
    samples, seen = [], []
    while worker.poll() is None:
        t0 = time.perf_counter()
        response = web.get(f"/policies/jobs/{job.pk}/")
        samples.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200
        job.refresh_from_db()
        if not seen or seen[-1] != job.processed:
            seen.append(job.processed)
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    job.refresh_from_db()
    assert worker.returncode == 0 and job.status == "done", (worker.returncode, job.status, job.error)
    assert job.processed == job.total == args.size, (job.processed, job.total)
    print(f"simulation job: {job.total:,} applications in {elapsed:.1f} s = {job.total / elapsed:,.0f} applications/s; "
          f"newly denied {job.result['newly_denied']:,}", flush=True)
    print(f"progress page while it ran: {len(samples)} requests, p50 {statistics.median(samples):.1f} ms "
          f"p95 {p95(samples):.1f} ms, max {max(samples):.1f} ms; progress shown: {len(seen)} distinct values",
          flush=True)


if __name__ == "__main__":
    main()
