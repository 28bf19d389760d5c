"""Generate the transparency log's Ed25519 signing key and print its public verifier key.

The private key (signed-note format, PRIVATE+KEY+<origin>+<key id>+<base64>) is written to --out
with mode 0600, never over an existing file; point TRANSPARENCY_SIGNING_KEY_FILE at it, or put
its content in TRANSPARENCY_SIGNING_KEY. The verifier key printed on stdout is public: give it to
whoever checks the log (TRANSPARENCY_VERIFIER_KEYS, tools/verify_inclusion.py).
"""
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from audit.transparency.keys import write_private_key_file
from audit.transparency.notes import NoteError, generate_signer


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, help="File to write the private key to (must not exist).")
        parser.add_argument("--origin", default=None, help="Key name; default TRANSPARENCY_LOG_ORIGIN.")

    def handle(self, *args, out, origin, **options):
        try:
            signer = generate_signer(origin or settings.TRANSPARENCY_LOG_ORIGIN)
            write_private_key_file(Path(out), signer)
        except NoteError as exc:
            raise CommandError(str(exc)) from None
        except FileExistsError:
            raise CommandError(f"{out} exists; a signing key is never overwritten") from None
        self.stderr.write(f"Private key written to {out} (keep it out of the database and the image).")
        self.stdout.write(str(signer.verifier))
