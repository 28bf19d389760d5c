"""Measure the free-text rules on a labelled corpus (screening/evaluation.py describes the
format): print precision and recall per rule and language, and exit 1 below the thresholds of
DESIGN §7 (recall ≥ 95 %, precision ≥ 90 % per rule and language for the undeclared rules; no
face-detection text read as facial recognition).

    python manage.py screen_eval tests/screening/corpus/ [--split heldout] [--policy policies/v2.yaml]
"""
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from screening import evaluation
from screening.policy import PolicyError, compile_policy


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("corpus", nargs="+", help="JSON Lines files, or folders of them")
        parser.add_argument("--policy", help="policy YAML (default: policies/v2.yaml)")
        parser.add_argument("--split", choices=("all", "tune", "heldout"), default="all")
        parser.add_argument("--min-recall", type=float, default=evaluation.MIN_RECALL)
        parser.add_argument("--min-precision", type=float, default=evaluation.MIN_PRECISION)
        parser.add_argument("--show-errors", action="store_true", help="list the ids of misses and false alarms")

    def handle(self, *args, corpus, policy=None, split="all", min_recall, min_precision, show_errors=False,
               **options):
        path = Path(policy) if policy else Path(settings.BASE_DIR) / "policies" / "v2.yaml"
        try:
            compiled = compile_policy(path.read_text(encoding="utf-8"))
            items = evaluation.load_corpus([Path(p) for p in corpus])
        except (OSError, ValueError, PolicyError) as exc:
            raise CommandError(str(exc)) from None
        if split != "all":
            items = [item for item in items if item.get("split", "tune") == split]
        if not items:
            raise CommandError("the corpus has no items")
        report = evaluation.evaluate(items, compiled)
        self.stdout.write(f"{report.items} texts ({split}), policy {compiled.version}\n")
        self.stdout.write(evaluation.table(report))
        if show_errors:
            for (rule, language), count in sorted(report.counts.items()):
                if language != "all" and (count.misses or count.false_alarms):
                    self.stdout.write(f"{evaluation.RULES[rule]} [{language}] missed: {count.misses} "
                                      f"false alarms: {count.false_alarms}")
        failures = report.failures(min_recall, min_precision)
        for failure in failures:
            self.stderr.write(f"BELOW THRESHOLD: {failure}")
        if failures:
            sys.exit(1)
