"""Sign and publish a checkpoint of the audit log now (the periodic task does this on its own).

Prints the checkpoint's tree size and file name; nothing new when no event was added. With
--dry-run, prints what the log's tree size and root are without signing or storing anything.
"""
import base64

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from audit.transparency.checkpoints import TransparencyError, checkpoint_publish, log_tree


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, dry_run, **options):
        if dry_run:
            log = log_tree()
            self.stdout.write(f"tree size {log.size}, root {base64.b64encode(log.tree.root()).decode()} (not signed)")
            return
        try:
            checkpoint = checkpoint_publish()
        except (ImproperlyConfigured, TransparencyError) as exc:
            raise CommandError(str(exc)) from None
        if checkpoint is None:
            self.stdout.write("the log is empty: nothing to checkpoint")
        else:
            self.stdout.write(f"checkpoint at tree size {checkpoint.tree_size}: {checkpoint.file_name}")
