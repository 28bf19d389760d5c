"""Reviewer queue benchmark: the queue's first page and a deep page at 10k, 100k and 1M
applications on PostgreSQL, against the Django admin changelist of the same model on the same
data in the same run. Server time is measured in-process (Django's test client: routing,
middleware, queries, template), p50/p95 over repeated requests.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/ucr_bench_queue python bench/bench_queue.py [--sizes 10000,100000,1000000]
The database is dropped and recreated.
"""
import argparse
import html
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import recreate_database, setup_django  # noqa: E402 (after the path is set)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ucr_bench_queue"

# Roughly what a year of real traffic looks like: most applications decided, a few percent open.
STATE_MIX = [("approved", 50), ("denied", 25), ("withdrawn", 8), ("expired", 5), ("revoked", 2),
             ("human_review", 5), ("enhanced_scrutiny", 2), ("needs_info", 2), ("draft", 1)]



def seed(target: int) -> None:
    """Grow reviews_application to `target` rows with one INSERT … SELECT (fast bulk seeding)."""
    from django.db import connection

    from reviews.models import StateCount

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), coalesce(max(id), 0) FROM reviews_application")
        have, max_id = cursor.fetchone()
        if have >= target:
            return
        cursor.execute("SELECT id FROM accounts_organization ORDER BY id")
        orgs = [r[0] for r in cursor.fetchall()]
        cursor.execute("SELECT id FROM accounts_user ORDER BY id LIMIT 1")
        user_id = cursor.fetchone()[0]
        cases = []
        upper = 0
        for state, weight in STATE_MIX:
            upper += weight
            cases.append(f"WHEN (g % 100) < {upper} THEN '{state}'")
        state_sql = "CASE " + " ".join(cases) + " END"
        org_array = "ARRAY[" + ",".join(map(str, orgs)) + "]"
        cursor.execute(f"""
            INSERT INTO reviews_application (
                public_id, reference, organization_id, created_by_id, state, state_changed_at, title, description,
                org_name, org_type, org_country, org_region, capabilities, fr_mode, fr_sources, fr_environment,
                fr_purpose, data_sources, human_oversight, submitted_at, due_on, screening_round, risk_score,
                enhanced_scrutiny_required, deny_rule_matched, matched_rule_ids, decision_rationale, denial_reasons,
                approval_conditions, appeal_statement, revocation_rationale, created_at, updated_at,
                org_subdivision, deployment, publish_consent)
            SELECT md5(g::text || 'pub'), 'UCR-2026-' || lpad(g::text, 7, '0'),
                   ({org_array})[1 + g % {len(orgs)}], {user_id}, {state_sql},
                   now() - (g % 400) * interval '1 day', 'Use case ' || g, 'Summarise case files for investigators.',
                   'Organisation ' || (g % 50), (ARRAY['police_department','other_law_enforcement','vendor','commercial'])[1 + g % 4],
                   (ARRAY['US','GB','DE','FR','BR','ES'])[1 + g % 6], '',
                   CASE WHEN g % 7 = 0 THEN '["facial_recognition"]'::jsonb ELSE '["summarization","translation"]'::jsonb END,
                   '', '[]'::jsonb, '', '', '', '', now() - (g % 400) * interval '1 day',
                   (now() + ((g % 40) - 20) * interval '1 day')::date, 1, g % 101,
                   g % 3 = 0, false,
                   CASE WHEN g % 4 < 2 THEN '["law-enforcement-use"]'::jsonb ELSE '[]'::jsonb END,
                   '', '[]'::jsonb, '', '', '', now(), now(), '', '{{}}'::jsonb, false
            FROM generate_series({max_id + 1}, {max_id + target - have}) AS g
        """)
        cursor.execute("ANALYZE reviews_application")
    StateCount.rebuild()


def timed(client, url: str, runs: int) -> list[float]:
    client.get(url)  # warm caches, as a reviewer's second page view would be
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return samples


def next_query(response) -> str:
    match = re.search(r'href="\?([^"]*)" accesskey="n"', response.content.decode())
    return html.unescape(match.group(1)) if match else ""


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def main() -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    url = os.environ.get("BENCH_QUEUE_DATABASE_URL", DEFAULT_URL)
    recreate_database(url)
    setup_django(url, migrate=True)
    from django.contrib.auth.models import Group
    from django.test import Client

    from accounts.models import Organization, User

    for i in range(20):
        Organization.objects.create(name=f"Bench org {i}", type="commercial", country="GB")
    reviewer = User.objects.create_user(email="bench-reviewer@review.example", password="x")
    reviewer.groups.add(Group.objects.get(name="reviewer"))
    superuser = User.objects.create_superuser(email="bench-admin@review.example", password="x")
    queue, admin = Client(), Client()
    queue.force_login(reviewer)
    admin.force_login(superuser)
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        started = time.perf_counter()
        seed(size)
        seeded_in = time.perf_counter() - started
        first = timed(queue, "/review/", args.runs)
        cursor = next_query(queue.get("/review/"))
        for _ in range(20):  # walk 20 pages deep, then measure that page
            cursor = next_query(queue.get("/review/?" + cursor)) or cursor
        deep = timed(queue, "/review/?" + cursor, args.runs)
        admin_first = timed(admin, "/admin/reviews/application/", max(10, args.runs // 4))
        rows.append({"size": size, "seed_s": seeded_in, "queue_p50": statistics.median(first), "queue_p95": p95(first),
                     "deep_p95": p95(deep), "admin_p50": statistics.median(admin_first), "admin_p95": p95(admin_first)})
        r = rows[-1]
        print(f"{size:>9,} rows  queue first p50 {r['queue_p50']:.1f} ms p95 {r['queue_p95']:.1f} ms  "
              f"deep p95 {r['deep_p95']:.1f} ms  admin changelist p50 {r['admin_p50']:.1f} ms p95 {r['admin_p95']:.1f} ms"
              f"  (seeded in {seeded_in:.0f} s)", flush=True)
    if len(rows) >= 2:
        print(f"queue p95 at {rows[-1]['size']:,} / at {rows[0]['size']:,}: {rows[-1]['queue_p95'] / rows[0]['queue_p95']:.2f}x")
    return rows


if __name__ == "__main__":
    main()
