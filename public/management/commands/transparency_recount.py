"""Recount a quarter's transparency figures from an audit export and compare them with the report.

    python manage.py transparency_recount audit-log.jsonl --quarter 2026-Q4 [--tree-size N]

Reads the JSON Lines export that auditors download (audit/exports.py), keeps the events up to the
checkpoint (the latest, or the one of `--tree-size`), counts them as the report does and prints
the differences. Exit 0 when the published report equals the recount, 1 otherwise. Reads only.
"""
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from audit.models_transparency import Checkpoint
from public.figures import Quarter, events_from_export
from public.transparency import build_report, csv_rows


def _lines(path: str):
    with (sys.stdin if path == "-" else open(path, encoding="utf-8")) as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("export", help="The audit export in JSON Lines, or - for standard input.")
        parser.add_argument("--quarter", required=True, help="e.g. 2026-Q4")
        parser.add_argument("--tree-size", type=int, help="The checkpoint's tree size (default: the latest).")

    def handle(self, *args, export: str, quarter: str, tree_size: int | None, **options):
        try:
            chosen = Quarter.parse(quarter)
        except ValueError as exc:
            raise CommandError(f"Not a quarter: {quarter!r} (write it like 2026-Q4).") from exc
        checkpoints = Checkpoint.objects.order_by("-tree_size")
        checkpoint = (checkpoints.filter(tree_size=tree_size) if tree_size else checkpoints).first()
        if checkpoint is None:
            raise CommandError("No such checkpoint.")
        published = build_report(chosen, checkpoint)
        recounted = build_report(chosen, checkpoint, events=events_from_export(_lines(export), up_to=checkpoint.tree_size))
        if recounted == published:
            self.stdout.write(f"OK: the figures of {chosen} at the checkpoint of {checkpoint.tree_size} events "
                              "equal those recounted from the export.")
            return
        published_rows, recounted_rows = list(csv_rows(published)), list(csv_rows(recounted))
        for row in published_rows:
            if row not in recounted_rows:
                self.stdout.write(f"DIFFERS: published {row}")
        for row in recounted_rows:
            if row not in published_rows:
                self.stdout.write(f"DIFFERS: recounted {row}")
        sys.exit(1)
