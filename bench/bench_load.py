"""Mixed load through the real pages: applicants, reviewers and auditors at once, against
gunicorn with production settings, a Celery worker and Redis, on PostgreSQL (issue 10,
acceptance 3; design §7: mixed load ≥ 0.3× the throughput of a trivial view).

Recreates its own database, migrates it, runs `seed_demo` and seeds organisations, users and a
history of applications through the services; starts its own redis-server on a spare port, a
worker as docker-compose runs it (prefork, two processes) and gunicorn as docker-compose runs it
(three sync workers), production settings (DEBUG off). Then locust (bench/locustfile.py),
headless, for --seconds with --users users (applicants : reviewers : auditors = 6 : 3 : 1):

* applicants sign in through the login form, draft an application through the form, submit it
  with the attestations and poll its status page until screened; now and then they open the list
  and resubmit an application a reviewer asked about;
* reviewers open queue pages with filters and keyset pages and review pages, take next, and
  request information or deny what they took;
* auditors page through the audit log with filters, open events and the dashboard, and export
  the whole log as CSV or JSON Lines, read to the end.

Afterwards (after waiting up to --drain seconds for the worker to finish) it checks, and exits 1
unless all hold: no error response (every page answers what it should: 200, or 302 for a form);
every submission screened exactly once (one screening result per submission round of every
application, the rounds added during the load match the submissions made through the pages,
none left in submitted/screening); `manage.py verify_audit` reports the chain and checkpoints
intact. Then it asks the trivial view (/healthz) with the same number of users for
--trivial-seconds, and prints requests/s, p50/p95 per page and the ratio.

    .venv/bin/python bench/bench_load.py [--seconds 300] [--users 20] [--trivial-seconds 30]

Two things differ from a production deployment, on purpose: REQUIRE_STAFF_MFA is off (the
load's reviewers and auditors sign in with a password alone; a TOTP step per virtual user would
measure the benchmark, not the app) and DISABLE_RATE_LIMITS is on (dozens of sign-ins from one
address in seconds would be throttled, as they should be). Plain HTTP on loopback: no secure
cookies, no HTTPS redirect, no HSTS.

BENCH_LOAD_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/ucr_bench_load) names the
database; it is dropped and recreated. redis-server must be on PATH; locust is in
requirements-dev.txt.
"""
import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from bench_pipeline import FACTS, percentile, spare_port, start_redis, start_worker, stop, wait_for  # noqa: E402
from common import recreate_database  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ucr_bench_load"
PASSWORD = "load-test-password-2026"  # noqa: S105 (benchmark database only)
RATIO_BUDGET = 0.3
GUNICORN_WORKERS = 3  # as docker-compose runs it
# At the end users finish the task they are in (an applicant's draft, submit and polls take ~15 s
# under load): one killed between a submit reaching the server and being recorded would look
# like a screening without a submission.
STOP_TIMEOUT = 60
USER_WEIGHTS = "applicants : reviewers : auditors = 6 : 3 : 1"

# The kinds of organisation the load's applicants belong to, and what each applies for (the
# facts of bench_pipeline: routed to review; denied automatically; enhanced scrutiny).
KINDS = {
    "commercial": ({"type": "commercial", "country": "GB", "region": "London"}, FACTS[0]),
    "us_police": ({"type": "police_department", "country": "US", "region": "Ohio"}, FACTS[1]),
    "eu_police": ({"type": "other_law_enforcement", "country": "DE", "region": "Hessen"}, FACTS[2]),
}


def production_env(database_url: str, workdir: Path) -> dict:
    """The environment of every process: production settings (DEBUG off) on loopback HTTP."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("CELERY_")}
    for key in ("REDIS_URL", "DEBUG"):
        env.pop(key, None)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY="bench-load-only-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        # Plain HTTP on loopback: cookies without the Secure flag, no redirect to HTTPS, no HSTS.
        SECURE_COOKIES="false",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        # The two deliberate differences from production (see the docstring).
        REQUIRE_STAFF_MFA="false",
        DISABLE_RATE_LIMITS="true",
        TRANSPARENCY_SIGNING_KEY_FILE=str(workdir / "transparency.key"),
        TRANSPARENCY_CHECKPOINT_DIR=str(workdir / "checkpoints"),
        LOG_LEVEL="WARNING",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


# ------------------------------------------------------------------------------------ seeding
def seed(*, organizations_per_kind: int, applicants_per_org: int, reviewers: int, auditors: int,
         applications: int) -> dict:
    """`seed_demo`, then the load's users and a history of applications, through the services."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import Membership, Organization, User
    from reviews import services
    from reviews.models import Application
    from reviews.states import State

    call_command("seed_demo", verbosity=0, stdout=io.StringIO())
    hashed = make_password(PASSWORD)  # one hash for all: hashing 80 passwords would take half a minute
    groups = {g.name: g for g in Group.objects.all()}

    def person(email: str, role: str, organization=None) -> User:
        user = User.objects.create(email=email, password=hashed, first_name=role.title(), last_name=email.split("@")[0])
        user.groups.add(groups[role])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if organization is not None:
            Membership.objects.create(user=user, organization=organization)
        return user

    accounts = {"applicants": [], "reviewers": [], "auditors": [], "password": PASSWORD}
    members = []  # (organisation, applicant, kind)
    for kind, (org, _) in KINDS.items():
        for i in range(organizations_per_kind):
            domain = f"{kind.replace('_', '-')}-{i}.load.example"  # no "_" in a host name
            # Verified, as organisations that have applied for a while are (approvals need it).
            organization = Organization.objects.create(
                name=f"Load {kind} {i}", email_domain=domain, website=f"https://{domain}/", verified_at=timezone.now(),
                verified_type=org["type"], verified_country=org["country"], **org)
            for j in range(applicants_per_org):
                email = f"applicant{j}@{domain}"
                members.append((organization, person(email, "applicant", organization), kind))
                accounts["applicants"].append({"email": email, "kind": kind})
    staff = [person(f"reviewer{i}@usecase-review.load.example", "reviewer") for i in range(reviewers)]
    accounts["reviewers"] = [{"email": u.email} for u in staff]
    accounts["auditors"] = [{"email": person(f"auditor{i}@usecase-review.load.example", "auditor").email}
                            for i in range(auditors)]
    random.shuffle(accounts["applicants"])  # the virtual users take them in turn: every kind from the start

    rng = random.Random(10)
    for n in range(applications):
        organization, applicant, kind = members[n % len(members)]
        facts = json.loads(json.dumps(KINDS[kind][1]))
        facts["title"] = f"{facts['title']} (history {n})"
        facts["organization"] = {"name": organization.name, "type": organization.type,
                                 "country": organization.country, "region": organization.region}
        draft = services.application_create_draft(organization=organization, by=applicant, facts=facts)
        services.application_submit(application=draft, by=applicant, attested=True)  # screened in process
        application = Application.objects.get(pk=draft.pk)
        reviewer = staff[n % len(staff)]
        roll = rng.random()
        if application.state == State.HUMAN_REVIEW and roll < 0.5:
            if roll < 0.25:
                services.application_deny(application=application, by=reviewer, rationale="History: not specific.",
                                          reasons=["The purpose is not specific enough."])
            elif roll < 0.4 and not application.enhanced_scrutiny_required:
                services.application_approve(application=application, by=reviewer, rationale="History: low risk.",
                                             conditions="", reverification_date=None)
            else:
                services.application_request_info(application=application, by=reviewer,
                                                  message="History: how long is the data kept?")
        elif application.state == State.ENHANCED_SCRUTINY and roll < 0.3:
            services.application_deny(application=application, by=reviewer, rationale="History: no legal basis.",
                                      reasons=["No legal basis is given."])
    return accounts


def snapshot() -> dict:
    from django.db.models import Count

    from audit.models import AuditEvent
    from reviews.models import Application, ScreeningResult

    return {
        "rounds": dict(Application.objects.values_list("public_id", "screening_round")),
        "states": dict(Application.objects.values_list("state").annotate(n=Count("id")).values_list("state", "n")),
        "results": ScreeningResult.objects.count(),
        "events": AuditEvent.objects.count(),
    }


# ------------------------------------------------------------------------------------ servers
def start_gunicorn(env: dict, port: int, log_path: Path) -> subprocess.Popen:
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", str(GUNICORN_WORKERS)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def answers() -> bool:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log_path.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    wait_for(answers, timeout=60, what="gunicorn")
    return process


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children alive now (psutil comes with locust)."""
    import psutil

    try:
        parent = psutil.Process(pid)
        total = 0.0
        for process in [parent, *parent.children(recursive=True)]:
            try:
                times = process.cpu_times()
                total += times.user + times.system
            except psutil.NoSuchProcess:
                pass
        return total
    except psutil.NoSuchProcess:
        return 0.0


def run_locust(*, env: dict, host: str, classes: list[str], users: int, seconds: int, workdir: Path,
               label: str, watch: dict[str, int]) -> dict:
    results = workdir / f"{label}-results.json"
    log = workdir / f"{label}-locust.log"
    command = [sys.executable, "-m", "locust", "-f", str(BENCH / "locustfile.py"), "--headless",
               "--users", str(users), "--spawn-rate", str(max(1, users // 4)), "--run-time", f"{seconds}s",
               "--stop-timeout", str(STOP_TIMEOUT), "--host", host, "--only-summary", "--loglevel", "WARNING", *classes]
    cpu_before = {name: cpu_seconds(pid) for name, pid in watch.items()}
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    with open(log, "wb") as out:
        status = subprocess.run(command, cwd=ROOT, env={**env, "LOAD_RESULTS_FILE": str(results)}, stdout=out,
                                stderr=subprocess.STDOUT, check=False).returncode
    elapsed = time.monotonic() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in watch.items()}
    cpu["locust"] = (children.ru_utime + children.ru_stime) - (children_before.ru_utime + children_before.ru_stime)
    if not results.exists():
        raise SystemExit(f"locust ({label}) wrote no results (exit {status}):\n{log.read_text(errors='replace')[-5000:]}")
    data = json.loads(results.read_text())
    data["elapsed"] = elapsed
    data["log"] = str(log)
    data["cpu"] = cpu
    data["load"] = (load_before, os.getloadavg()[0])
    return data


# ------------------------------------------------------------------------------------ checks
def summarise(samples: list[dict]) -> tuple[dict, list[str]]:
    """Per page: count, p50, p95; and the responses that were not what the page should answer."""
    pages: dict[str, list[float]] = defaultdict(list)
    problems = []
    for sample in samples:
        pages[sample["name"]].extend(sample["ms"])
        if sample["failed"]:
            problems.append(f"{len(sample['ms'])} × {sample['status']} from {sample['name']}")
    return pages, problems


def drain(timeout: float) -> int:
    from reviews.models import Application
    from reviews.states import State

    deadline = time.monotonic() + timeout
    while True:
        left = Application.objects.filter(state__in=(State.SUBMITTED, State.SCREENING)).count()
        if left == 0 or time.monotonic() > deadline:
            return left
        time.sleep(0.5)


def screened_exactly_once(before: dict, submitted: list[dict]) -> list[str]:
    """One result per submission round of every application, rounds 1..n; the rounds added during
    the load are exactly the submissions made through the pages; nothing waits for screening."""
    from django.db.models import Count, Max, Min

    from reviews.models import Application, ScreeningResult
    from reviews.states import State

    problems = []
    stored = {row["application__public_id"]: row for row in ScreeningResult.objects.values(
        "application__public_id").annotate(n=Count("id"), low=Min("round"), high=Max("round"))}
    after = dict(Application.objects.values_list("public_id", "screening_round"))
    for public_id, rounds in after.items():
        row = stored.get(public_id, {"n": 0, "low": None, "high": None})
        if rounds and (row["n"], row["low"], row["high"]) != (rounds, 1, rounds):
            problems.append(f"{public_id}: {rounds} submission round(s) but {row['n']} screening result(s) "
                            f"(rounds {row['low']}..{row['high']})")
    made = Counter(entry["public_id"] for entry in submitted)
    for public_id, count in made.items():
        added = after.get(public_id, 0) - before["rounds"].get(public_id, 0)
        if added != count:
            problems.append(f"{public_id}: submitted {count} time(s) through the pages, {added} round(s) added")
    unexpected = [p for p in after if after[p] != before["rounds"].get(p, 0) and p not in made]
    if unexpected:
        problems.append(f"{len(unexpected)} application(s) screened again without a submission through the pages")
    waiting = Application.objects.filter(state__in=(State.SUBMITTED, State.SCREENING)).count()
    if waiting:
        problems.append(f"{waiting} application(s) still in submitted/screening")
    return problems


def verify_audit(env: dict) -> tuple[bool, str]:
    result = subprocess.run([sys.executable, "manage.py", "verify_audit"], cwd=ROOT, env=env, capture_output=True,
                            text=True, check=False)
    return result.returncode == 0, (result.stdout + result.stderr).strip()


# ------------------------------------------------------------------------------------ main
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=300, help="duration of the mixed load (default 300)")
    parser.add_argument("--users", type=int, default=20, help=f"concurrent users ({USER_WEIGHTS}; default 20)")
    parser.add_argument("--trivial-seconds", type=int, default=30,
                        help="duration of the trivial view's run, same users (default 30)")
    parser.add_argument("--applications", type=int, default=600, help="applications seeded beforehand (default 600)")
    parser.add_argument("--drain", type=int, default=60, help="seconds to wait for the worker afterwards (default 60)")
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_LOAD_DATABASE_URL", DEFAULT_URL)
    recreate_database(database_url)
    workdir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    env = production_env(database_url, workdir)
    # This process seeds and checks without a broker: the seed's screenings run in process.
    os.environ.update(env)

    import django

    django.setup()
    from django.core.management import call_command

    from audit.transparency.keys import write_private_key_file
    from audit.transparency.notes import generate_signer

    started = time.monotonic()
    write_private_key_file(workdir / "transparency.key", generate_signer(os.environ.get(
        "TRANSPARENCY_LOG_ORIGIN", "usecase-review.example/audit-log")))
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG off: whitenoise's manifest
    accounts = seed(organizations_per_kind=6, applicants_per_org=3, reviewers=8, auditors=3,
                    applications=args.applications)
    (workdir / "users.json").write_text(json.dumps(accounts))
    before = snapshot()
    print(f"seeded in {time.monotonic() - started:.0f} s: {len(before['rounds'])} applications "
          f"({', '.join(f'{s} {n}' for s, n in sorted(before['states'].items()))}), {before['events']:,} audit events, "
          f"{len(accounts['applicants'])} applicants, {len(accounts['reviewers'])} reviewers, "
          f"{len(accounts['auditors'])} auditors; work directory {workdir}", flush=True)

    redis_port, web_port = spare_port(), spare_port()
    served = {**env, "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0", "LOAD_USERS_FILE": str(workdir / "users.json")}
    host = f"http://127.0.0.1:{web_port}"
    redis_server = start_redis(workdir, redis_port)
    worker = web = None
    try:
        worker = start_worker(served, workdir / "worker.log")
        web = start_gunicorn(served, web_port, workdir / "gunicorn.log")
        print(f"mixed load: {args.users} users ({USER_WEIGHTS}) for {args.seconds} s against gunicorn "
              f"×{GUNICORN_WORKERS}, worker prefork ×2 …", flush=True)
        watch = {"gunicorn": web.pid, "worker": worker.pid, "redis": redis_server.pid}
        mixed = run_locust(env=served, host=host, classes=["Applicant", "Reviewer", "Auditor"], users=args.users,
                           seconds=args.seconds, workdir=workdir, label="mixed", watch=watch)
        left = drain(args.drain)
        print(f"trivial view: {args.users} users for {args.trivial_seconds} s …", flush=True)
        trivial = run_locust(env=served, host=host, classes=["Anonymous"], users=args.users,
                             seconds=args.trivial_seconds, workdir=workdir, label="trivial", watch=watch)
    finally:
        for process in (web, worker, redis_server):
            if process is not None:
                stop(process)

    after = snapshot()
    pages, response_problems = summarise(mixed["samples"])
    trivial_pages, trivial_problems = summarise(trivial["samples"])
    screening_problems = screened_exactly_once(before, mixed["submitted"])
    intact, verification = verify_audit(env)
    problems = response_problems + [f"trivial view: {p}" for p in trivial_problems] + screening_problems
    if not intact:
        problems.append(f"verify_audit: {verification}")

    # Throughput counts the requests that ended within --seconds of the first one's start; users
    # still finishing a task afterwards (up to locust's --stop-timeout) are in the page table only.
    total = sum(len(ms) for ms in pages.values())
    window, in_window = args.seconds, sum(1 for end in mixed["ends"] if end <= mixed["first"] + args.seconds)
    rate = in_window / window
    trivial_total = sum(len(ms) for ms in trivial_pages.values())
    trivial_window = args.trivial_seconds
    trivial_in_window = sum(1 for end in trivial["ends"] if end <= trivial["first"] + trivial_window)
    trivial_rate = trivial_in_window / trivial_window
    submissions = Counter(entry["how"] for entry in mixed["submitted"])
    codes = Counter()
    for sample in mixed["samples"]:
        codes[sample["status"]] += len(sample["ms"])

    print()
    print(f"| page ({args.users} users, {args.seconds} s) | requests | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for name in sorted(pages, key=lambda n: n.split(" ", 1)[1]):
        ms = pages[name]
        print(f"| {name} | {len(ms):,} | {percentile(ms, 50):.0f} | {percentile(ms, 95):.0f} | {max(ms):.0f} |")
    all_ms = [m for ms in pages.values() for m in ms]
    print(f"| **all pages** | {total:,} | {percentile(all_ms, 50):.0f} | {percentile(all_ms, 95):.0f} | "
          f"{max(all_ms):.0f} |")
    trivial_ms = [m for ms in trivial_pages.values() for m in ms]
    print(f"| GET /healthz (trivial view, separate run of {args.trivial_seconds} s) | {trivial_total:,} | "
          f"{percentile(trivial_ms, 50):.0f} | {percentile(trivial_ms, 95):.0f} | {max(trivial_ms):.0f} |")
    print()
    print(f"status codes: {dict(sorted(codes.items()))}")
    print(f"submissions through the pages: {submissions.get('submit', 0)} submitted, "
          f"{submissions.get('resubmit', 0)} resubmitted; screening results stored during the load: "
          f"{after['results'] - before['results']}; left in submitted/screening after the drain: {left}")
    conflicts = mixed.get("conflicts", [])
    print(f"someone else acted first, and the page said so (answered on purpose, not counted as a submission): "
          f"{len(conflicts)}" + (f", e.g. {conflicts[0]}" if conflicts else ""))
    print(f"applications by state after: {dict(sorted(after['states'].items()))}")
    print(f"audit events: {before['events']:,} before, {after['events']:,} after")
    print(f"verify_audit: {verification}")
    for label, run, count in (("mixed load", mixed, total), ("trivial view", trivial, trivial_total)):
        cpu = run["cpu"]
        print(f"CPU during the {label} ({run['elapsed']:.0f} s wall, {os.cpu_count()} CPUs, load average "
              f"{run['load'][0]:.1f} → {run['load'][1]:.1f}): gunicorn {cpu['gunicorn']:.0f} s "
              f"({1000 * cpu['gunicorn'] / max(count, 1):.1f} ms per request), worker {cpu['worker']:.0f} s, "
              f"redis {cpu['redis']:.0f} s, locust {cpu['locust']:.0f} s; PostgreSQL not counted")
    print(f"logs: {workdir} (gunicorn.log, worker.log, mixed-locust.log)")
    print()
    print(f"mixed load: {in_window:,} requests in {window} s = {rate:.1f} requests/s ({args.users} users)")
    print(f"trivial view: {trivial_in_window:,} requests in {trivial_window} s = {trivial_rate:.1f} requests/s "
          f"({args.users} users)")
    print(f"mixed load / trivial view: {rate / trivial_rate:.2f}x (budget ≥ {RATIO_BUDGET}x)")
    errors = sum(len(sample["ms"]) for sample in mixed["samples"] if sample["failed"])
    print(f"error responses: {errors}; screening exactly once: {'yes' if not screening_problems else 'NO'}; "
          f"audit chain and checkpoints: {'intact' if intact else 'NOT INTACT'}")
    if problems:
        print("PROBLEMS:")
        for problem in problems[:50]:
            print(f"  {problem}")
        for odd in mixed["odd"][:10]:
            print(f"  e.g. {odd}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
