"""Load a policy document as a new, inactive policy version (and optionally activate it).

    python manage.py load_policy FILE [--activate] [--dry-run]

The document is checked and compiled first; a broken one is refused with the rule id and the
line and column of the problem, and nothing is stored. Loading and activation are audited.
"""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from screening.policy import PolicyError, compile_policy
from screening.services import policy_version_activate, policy_version_load

INVALID_INPUT = 2


class Command(BaseCommand):
    help = "Load a policy YAML file as a new policy version."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the policy YAML file")
        parser.add_argument("--activate", action="store_true", help="make it the active policy")
        parser.add_argument("--dry-run", action="store_true", help="check the policy, store nothing")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            source = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {path}: {exc}", returncode=INVALID_INPUT) from None
        try:
            policy = compile_policy(source)
            if options["dry_run"]:
                self.stdout.write(f"{path}: policy {policy.version} ({len(policy.rules)} rules) is valid; "
                                  "nothing stored (dry run).")
                return
            version = policy_version_load(source=source)
        except PolicyError as exc:
            raise CommandError(f"{path}: {exc}", returncode=INVALID_INPUT) from None
        self.stdout.write(f"Loaded policy {version.version} ({len(policy.rules)} rules), sha256 {version.sha256}.")
        if options["activate"]:
            policy_version_activate(policy_version=version)
            self.stdout.write(f"Policy {version.version} is now active.")
