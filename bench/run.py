"""Run every benchmark and print one Markdown table of figures against the budgets of design §7.

Each benchmark runs as its own process (each sets up Django on its own database); its output is
shown as it runs, and the figures are read from it. The exit status is 1 when a benchmark fails,
prints no figure, or misses its budget.

    .venv/bin/python bench/run.py [--only screening,pipeline,queue,audit,transparency,load]
"""
import argparse
import os
import platform
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MISSING = 127  # the shell's status for a command that does not exist


@dataclass(frozen=True)
class Figure:
    what: str
    pattern: str  # a regular expression whose groups hold the numbers, read from the output
    unit: str
    budget: str
    within: Callable[..., bool]  # the numbers of the match → whether the budget is met
    value: Callable[..., float] = lambda *numbers: numbers[0]  # the numbers of the match → the figure shown


@dataclass(frozen=True)
class Benchmark:
    name: str
    script: str
    figures: tuple[Figure, ...]


NUMBER = r"([\d,]+(?:\.\d+)?)"


def queue_row(size: str) -> str:
    return (rf"^\s*{size} rows\s+queue first p50 {NUMBER} ms p95 {NUMBER} ms\s+deep p95 {NUMBER} ms"
            rf"\s+admin changelist p50 {NUMBER} ms p95 {NUMBER} ms")


BENCHMARKS = (
    Benchmark("screening", "bench_screening.py", (
        # Per CPU-second where the script reports it so, which is what "on one core" means.
        Figure("screening engine, in process, one core (validate + screen)",
               rf"validate \+ screen: {NUMBER} applications(?:/s| per CPU-second)", "applications/s",
               "≥ 5,000 applications/s", lambda n: n >= 5000),
    )),
    Benchmark("pipeline", "bench_pipeline.py", (
        Figure("submit → screening outcome, live worker and Redis, p95",
               rf"submit returned → outcome stored: p50 {NUMBER} ms, p95 {NUMBER} ms, max {NUMBER} ms", "ms",
               "p95 ≤ 500 ms", lambda p50, p95, top: p95 <= 500, lambda p50, p95, top: p95),
    )),
    Benchmark("queue", "bench_queue.py", (
        Figure("reviewer queue, first page, 100k applications, p95 server time",
               queue_row("100,000"), "ms", "p95 ≤ 50 ms",
               lambda *n: n[1] <= 50, lambda *n: n[1]),
        Figure("reviewer queue p95 / Django admin changelist p95, 100k",
               queue_row("100,000"), "×", "≤ 0.5×",
               lambda *n: n[1] / n[4] <= 0.5, lambda *n: n[1] / n[4]),
        Figure("reviewer queue p95 at 1M / at 10k",
               rf"queue p95 at 1,000,000 / at 10,000: {NUMBER}x", "×", "≤ 2×", lambda ratio: ratio <= 2),
    )),
    Benchmark("audit", "bench_audit.py", (
        Figure("audit chain verification, plain reference verifier",
               rf"^verification reference[^:]*: [\d,]+ events in [\d.]+ s = {NUMBER} events/s", "events/s",
               "none (for comparison)", lambda rate: True),
        Figure("audit chain verification, verify_audit and periodic check",
               rf"^verification verify_audit[^:]*: [\d,]+ events in [\d.]+ s = {NUMBER} events/s", "events/s",
               "≥ 100,000 events/s", lambda rate: rate >= 100_000),
        Figure("audit export of 1M events, CSV, peak memory",
               rf"^export csv: .*peak memory {NUMBER} MB", "MB", "streamed; < 150 MB", lambda mb: mb < 150),
        Figure("audit export of 1M events, JSON Lines, peak memory",
               rf"^export jsonl: .*peak memory {NUMBER} MB", "MB", "streamed; < 150 MB", lambda mb: mb < 150),
    )),
    Benchmark("transparency", "bench_transparency.py", (
        Figure("audit verification with checkpoints and consistency proofs (verify_audit)",
               rf"^verify_audit \(chain, remembered head and checkpoints\): [\d,]+ events in [\d.]+ s = {NUMBER} events/s",
               "events/s", "≥ 100,000 events/s", lambda rate: rate >= 100_000),
        Figure("checkpoints alone (signatures, roots, consistency proofs)",
               rf"^verification of \d+ checkpoints over [\d,]+ events in [\d.]+ s = {NUMBER} events/s", "events/s",
               "none (for comparison)", lambda rate: True),
    )),
    # The load test exits 1 (so every row here says "failed") unless there was no error response,
    # every submission was screened exactly once and verify_audit found the chain and checkpoints
    # intact; the figures are then read from its summary lines.
    Benchmark("load", "bench_load.py", (
        Figure("mixed load through the pages (applicants, reviewers, auditors), gunicorn + worker",
               rf"^mixed load: [\d,]+ requests in \d+ s = {NUMBER} requests/s", "requests/s",
               "none (for comparison)", lambda rate: True),
        Figure("trivial view (/healthz), same server, same users",
               rf"^trivial view: [\d,]+ requests in \d+ s = {NUMBER} requests/s", "requests/s",
               "none (for comparison)", lambda rate: True),
        Figure("mixed load / trivial view throughput",
               rf"^mixed load / trivial view: {NUMBER}x", "×", "≥ 0.3×", lambda ratio: ratio >= 0.3),
        Figure("error responses during the mixed load (submissions screened once, audit log intact)",
               rf"^error responses: {NUMBER};", "responses", "0", lambda errors: errors == 0),
    )),
)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{model}, nproc {cpus}"


def run(benchmark: Benchmark) -> tuple[int, str]:
    """Run one benchmark, echoing its output to stderr, and return its exit status and output."""
    script = BENCH / benchmark.script
    if not script.exists():
        return MISSING, f"not run: {script.relative_to(ROOT)} does not exist"
    print(f"==> {script.relative_to(ROOT)}", file=sys.stderr, flush=True)
    process = subprocess.Popen([sys.executable, str(script)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, bufsize=1)
    lines = []
    for line in process.stdout:
        sys.stderr.write(line)
        lines.append(line)
    return process.wait(), "".join(lines)


def numbers(match: re.Match) -> list[float]:
    return [float(group.replace(",", "")) for group in match.groups()]


def format_figure(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="comma-separated benchmark names: "
                        + ", ".join(b.name for b in BENCHMARKS))
    args = parser.parse_args()
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = wanted - {b.name for b in BENCHMARKS}
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    where = machine()
    rows, all_met = [], True
    for benchmark in BENCHMARKS:
        if wanted and benchmark.name not in wanted:
            continue
        status, output = run(benchmark)
        for figure in benchmark.figures:
            match = re.search(figure.pattern, output, re.MULTILINE) if status == 0 else None
            if match is None:
                if status == MISSING:
                    problem = output
                elif status != 0:
                    problem = f"failed (exit status {status})"
                else:
                    problem = "no figure in its output"
                rows.append((figure.what, problem, figure.budget, "**no**"))
                all_met = False
                continue
            met = figure.within(*numbers(match))
            all_met &= met
            rows.append((figure.what, format_figure(figure.value(*numbers(match)), figure.unit), figure.budget,
                         "yes" if met else "**no**"))

    print()
    print("| what | figure | budget | within budget | machine |")
    print("|---|---|---|---|---|")
    for what, figure, budget, met in rows:
        print(f"| {what} | {figure} | {budget} | {met} | {where} |")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
