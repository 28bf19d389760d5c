"""Make a loaded policy version the active one; new screenings use it from then on.

    python manage.py activate_policy VERSION [--dry-run]
"""
from django.core.management.base import BaseCommand, CommandError

from screening.models import PolicyVersion
from screening.services import policy_version_activate


class Command(BaseCommand):
    help = "Activate a loaded policy version."

    def add_arguments(self, parser):
        parser.add_argument("version", help="the version string, e.g. v2")
        parser.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")

    def handle(self, *args, **options):
        version = PolicyVersion.objects.filter(version=options["version"]).first()
        if version is None:
            known = ", ".join(PolicyVersion.objects.values_list("version", flat=True)) or "none"
            raise CommandError(f"no policy version {options['version']!r} (loaded: {known})")
        current = PolicyVersion.objects.active().first()
        if current is not None and current.pk == version.pk:
            self.stdout.write(f"Policy {version.version} is already active.")
            return
        change = f"{current.version if current else 'no policy'} -> {version.version}"
        if options["dry_run"]:
            self.stdout.write(f"Would activate: {change} (dry run).")
            return
        policy_version_activate(policy_version=version)
        self.stdout.write(f"Activated: {change}.")
