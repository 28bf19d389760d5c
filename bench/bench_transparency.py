"""Transparency log benchmark on PostgreSQL: publishing a signed checkpoint, verifying every
checkpoint (signatures, roots recomputed from the events, consistency proofs) alone and within
the whole `verify_audit` check, and making one inclusion proof bundle, over a valid chain of 1M events checkpointed ten times on the way.

Usage: python bench/bench_transparency.py [--events 1000000] [--checkpoints 10]
Uses its own database (BENCH_TRANSPARENCY_DATABASE_URL, default ucr_bench_transparency), dropped
and recreated, and a temporary checkpoint directory.
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_audit import load_chain  # noqa: E402
from common import recreate_database, setup_django  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ucr_bench_transparency"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--checkpoints", type=int, default=10)
    parser.add_argument("--url", default=os.environ.get("BENCH_TRANSPARENCY_DATABASE_URL", DEFAULT_URL))
    args = parser.parse_args()
    recreate_database(args.url)
    setup_django(args.url)
    from django.conf import settings
    from django.core.management import call_command

    from audit.transparency.checkpoints import checkpoint_publish
    from audit.transparency.proofs import inclusion_proof_bundle
    from audit.transparency.verify import verify_checkpoints

    call_command("migrate", verbosity=0)
    with tempfile.TemporaryDirectory() as directory:
        settings.TRANSPARENCY_CHECKPOINT_DIR = directory
        publish_seconds = 0.0
        for i in range(1, args.checkpoints + 1):
            load_chain(args.events * i // args.checkpoints)
            started = time.perf_counter()
            checkpoint = checkpoint_publish()
            publish_seconds = time.perf_counter() - started
        print(f"publish a checkpoint of {checkpoint.tree_size:,} events: {publish_seconds:.2f} s", flush=True)
        started = time.perf_counter()
        status = verify_checkpoints()
        seconds = time.perf_counter() - started
        assert status.intact, status
        print(f"verification of {status.checked} checkpoints over {status.events:,} events in {seconds:.2f} s "
              f"= {status.events / seconds:,.0f} events/s", flush=True)
        from audit.verification import verify_log

        started = time.perf_counter()
        check = verify_log()
        seconds = time.perf_counter() - started
        assert check.intact, check.summary
        print(f"verify_audit (chain, remembered head and checkpoints): {check.verified:,} events in {seconds:.2f} s "
              f"= {check.verified / seconds:,.0f} events/s", flush=True)
        started = time.perf_counter()
        inclusion_proof_bundle(args.events // 2)
        print(f"inclusion proof bundle, first request: {time.perf_counter() - started:.2f} s", flush=True)


if __name__ == "__main__":
    main()
