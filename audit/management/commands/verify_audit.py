"""Verify the audit log: its hash chain, the head remembered by the last intact check (so a
log cut short or re-chained since is caught too), and every signed checkpoint of the
transparency log (signature, root recomputed from the events, consistency with the one before).
The same check as the periodic task and the audit page's "verify now"; the result is stored and
shown on the audit pages.

Prints `N events verified, chain intact` (and the checkpoints verified) and exits 0, or names the
first broken event or the first contradicted checkpoint and exits 1.
"""
import sys

from django.core.management.base import BaseCommand

from audit.models import ChainCheck
from audit.verification import ChainStatus, verify_log


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        check = verify_log(trigger=ChainCheck.Trigger.COMMAND)
        status = ChainStatus.of(check)
        if status.intact:
            self.stdout.write(str(status))
            checkpoints = getattr(check, "checkpoints", None)
            if checkpoints is not None and checkpoints.checked:
                self.stdout.write(str(checkpoints))
            return
        self.stderr.write(str(status))
        sys.exit(1)
