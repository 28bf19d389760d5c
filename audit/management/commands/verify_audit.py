"""Verify the audit log: its hash chain, and the head remembered by the last intact check (so a
log cut short or re-chained since is caught too). The same check as the periodic task and the
audit page's "verify now"; the result is stored and shown on the audit pages.

Prints `N events verified, chain intact` and exits 0, or names the first broken event and exits 1.
"""
import sys

from django.core.management.base import BaseCommand

from audit.models import ChainCheck
from audit.verification import ChainStatus, verify_log


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        status = ChainStatus.of(verify_log(trigger=ChainCheck.Trigger.COMMAND))
        if status.intact:
            self.stdout.write(str(status))
            return
        self.stderr.write(str(status))
        sys.exit(1)
