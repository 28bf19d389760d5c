"""Expand the v2 reader's vocabulary (screening/lexicon.py, written as lemmas) to every
inflected form simplemma's lemma data knows, and write screening/lexicon_forms.json, which the
reader loads at import. Run it after editing the lexicon; `--check` exits 1 when the file is
out of date (the tests run it)."""
import json
import sys

from django.core.management.base import BaseCommand

from screening.lexicon_build import LEXICON_FORMS_PATH, expanded_lexicon


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="only compare with the file on disk")

    def handle(self, *args, check: bool = False, **options):
        text = json.dumps(expanded_lexicon(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
        current = LEXICON_FORMS_PATH.read_text(encoding="utf-8") if LEXICON_FORMS_PATH.exists() else ""
        if check:
            if current != text:
                self.stderr.write("screening/lexicon_forms.json is out of date: run manage.py build_lexicon")
                sys.exit(1)
            self.stdout.write("up to date")
            return
        LEXICON_FORMS_PATH.write_text(text, encoding="utf-8")
        self.stdout.write(f"wrote {LEXICON_FORMS_PATH}")
