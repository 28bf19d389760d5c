"""Print the inclusion proof bundle (JSON) of one audit event, e.g. a decision's.

    manage.py inclusion_proof 1234 > decision-1234.json
    python3 tools/verify_inclusion.py decision-1234.json "<the log's verifier key>"
"""
import json

from django.core.management.base import BaseCommand, CommandError

from audit.models import AuditEvent
from audit.transparency.checkpoints import TransparencyError
from audit.transparency.proofs import NoCheckpointYet, inclusion_proof_bundle


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("sequence", type=int, help="The event's sequence number.")

    def handle(self, *args, sequence, **options):
        try:
            bundle = inclusion_proof_bundle(sequence)
        except AuditEvent.DoesNotExist:
            raise CommandError(f"there is no event #{sequence}") from None
        except (NoCheckpointYet, TransparencyError) as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(json.dumps(bundle, indent=2, ensure_ascii=False))
