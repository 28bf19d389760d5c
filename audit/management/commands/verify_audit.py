"""Verify the audit log's hash chain.

Prints `N events verified, chain intact` and exits 0, or names the first broken event and exits 1.
"""
import sys

from django.core.management.base import BaseCommand

from audit.verification import verify_chain_fast


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        status = verify_chain_fast()
        if status.intact:
            self.stdout.write(str(status))
            return
        self.stderr.write(str(status))
        sys.exit(1)
