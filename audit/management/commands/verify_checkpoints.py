"""Verify every signed checkpoint of the audit log, in the database and in the checkpoint
directory, against the events now in the log.

Prints a summary and exits 0, or names the first contradicted checkpoint and exits 1.
"""
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from audit.transparency.verify import verify_checkpoints


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        try:
            status = verify_checkpoints()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from None
        if status.intact:
            self.stdout.write(str(status))
            return
        self.stderr.write(str(status))
        for problem in status.problems[1:]:
            self.stderr.write(f"  also: {problem}")
        sys.exit(1)
