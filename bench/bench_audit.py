"""Audit log benchmark on PostgreSQL: chain verification rate (the `verify_audit` command's
verifier and the one the periodic check uses) and a streamed export of 1M events (rate and
peak memory of the process consuming the response).

A valid chain is bulk-loaded first: hashes computed in Python, rows sent with COPY. Each export
runs in a fresh child process, so its peak resident memory (VmHWM, which starts afresh at exec,
unlike ru_maxrss) is the export's alone, Django and all, not the loader's.

Usage: python bench/bench_audit.py [--events 1000000]
Uses its own database (BENCH_AUDIT_DATABASE_URL, default ucr_bench_audit), dropped and recreated.
"""
import argparse
import datetime
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import recreate_database, setup_django  # noqa: E402 (after the path is set)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ucr_bench_audit"
ACTIONS = [("application.submit", "draft", "submitted"), ("application.begin_screening", "submitted", "screening"),
           ("application.route_to_review", "screening", "human_review"), ("application.claimed", "", ""),
           ("application.approve", "human_review", "approved"), ("application.deny", "human_review", "denied")]
COPY_COLUMNS = ("sequence", "created_at", "actor_id", "actor_label", "action", "subject_kind", "subject_public_id",
                "subject_reference", "from_state", "to_state", "data_json", "prev_hash", "hash")




def load_chain(total: int) -> float:
    """Append events until the log holds `total`, as one valid chain; returns the seconds taken."""
    from django.db import connection

    from audit.models import AuditEvent, canonical_json

    started = time.perf_counter()
    last = AuditEvent.objects.order_by("-sequence").values_list("sequence", "hash").first()
    sequence, prev = last if last else (0, "0" * 64)
    base = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    sha256 = hashlib.sha256
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg's own cursor, for COPY
        with raw.copy(f"COPY audit_auditevent ({', '.join(COPY_COLUMNS)}) FROM STDIN") as copy:
            for seq in range(sequence + 1, total + 1):
                action, from_state, to_state = ACTIONS[seq % len(ACTIONS)]
                created = (base + datetime.timedelta(seconds=seq * 3, microseconds=seq % 997)).isoformat()
                reference = f"UCR-2025-{seq // 6:07d}"
                label = f"reviewer{seq % 40}@usecase-review.example"
                data = canonical_json({"rationale": f"Decision {seq}: the safeguards described are adequate.",
                                       "screening_result": seq // 6})
                payload = "\x1f".join((str(seq), created, "", label, action, reference, from_state, to_state, data, prev))
                digest = sha256(payload.encode()).hexdigest()
                copy.write_row((seq, created, None, label, action, "application", f"bench-{seq // 6}", reference,
                                from_state, to_state, data, prev, digest))
                prev = digest
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE audit_auditevent")
    return time.perf_counter() - started


def measure_verification() -> list[tuple[str, int, float]]:
    from audit.verification import verify_chain, verify_chain_fast

    rows = []
    for name, verify in (("reference verifier (verify_chain)", verify_chain),
                         ("verify_audit command and periodic check (verify_chain_fast)", verify_chain_fast)):
        started = time.perf_counter()
        status = verify()
        seconds = time.perf_counter() - started
        assert status.intact, status
        rows.append((name, status.verified, seconds))
    return rows


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, from the kernel's high-water mark."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export_child(fmt: str) -> None:
    """Consume one export through the real view, as a client would, and print its figures."""
    from django.contrib.auth.models import Group
    from django.test import Client

    from accounts.models import User

    user = User.objects.filter(email="bench-auditor@usecase-review.example").first()
    if user is None:
        user = User.objects.create_user(email="bench-auditor@usecase-review.example", password="x")
        user.groups.add(Group.objects.get(name="auditor"))
    client = Client()
    client.force_login(user)
    before_mb = peak_rss_mb()
    started = time.perf_counter()
    response = client.post(f"/audit/export/{fmt}/")
    size = lines = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    peak_mb = peak_rss_mb()
    print(json.dumps({"format": fmt, "lines": lines, "bytes": size, "seconds": seconds,
                      "baseline_mb": before_mb, "peak_mb": peak_mb}))


def run_export(url: str, fmt: str) -> dict:
    result = subprocess.run([sys.executable, __file__, "--export-child", fmt, "--url", url],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--url", default=os.environ.get("BENCH_AUDIT_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--export-child", choices=["csv", "jsonl"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export_child:
        setup_django(args.url)
        export_child(args.export_child)
        return
    recreate_database(args.url)
    setup_django(args.url)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    seconds = load_chain(args.events)
    print(f"loaded a valid chain of {args.events:,} events in {seconds:.1f} s", flush=True)
    for name, verified, seconds in measure_verification():
        print(f"verification {name}: {verified:,} events in {seconds:.2f} s = {verified / seconds:,.0f} events/s",
              flush=True)
    for fmt in ("csv", "jsonl"):
        r = run_export(args.url, fmt)
        print(f"export {fmt}: {r['lines'] - (fmt == 'csv'):,} events, {r['bytes'] / 1e6:,.0f} MB in {r['seconds']:.1f} s "
              f"= {(r['lines'] - (fmt == 'csv')) / r['seconds']:,.0f} events/s, peak memory {r['peak_mb']:.0f} MB "
              f"(process before the export {r['baseline_mb']:.0f} MB)", flush=True)


if __name__ == "__main__":
    main()
