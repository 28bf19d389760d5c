"""Screen applications from a file or standard input and print one result per line.

    python manage.py screen [FILE|-] [--policy POLICY.yaml] [--pack PACK.yaml …] [--active-packs]

The input is one JSON object, a JSON array of them, or JSON Lines (one object per line). Each
item is screened against the active policy, or against the given draft policy without loading
it, and one JSON object is printed per item, in input order. An item that is not valid facts
prints {"error": {"index": N, "fields": {"field.path": "what is wrong"}}} on its line instead;
the other items are still screened, and the exit status is 2. Nothing is stored and no worker
is needed. With `--pack` (any number) or `--active-packs`, the jurisdiction packs are screened
too and each result lists the packs that applied (design §2).
"""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from screening.engine import screen
from screening.facts import FactsError, validate_facts
from screening.packs import compile_pack
from screening.policy import PolicyError, compile_policy

INVALID_INPUT = 2


class Command(BaseCommand):
    help = "Screen applications (a JSON object, a JSON array or JSON Lines) and print one result per line."
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default="-", help="a file of applications, or - for standard input")
        parser.add_argument("--policy", metavar="POLICY.yaml", help="screen against this draft policy instead of the active one")
        parser.add_argument("--pack", metavar="PACK.yaml", action="append", default=[],
                            help="screen with this jurisdiction pack too (repeatable)")
        parser.add_argument("--active-packs", action="store_true", help="screen with every active pack too")

    def handle(self, *args, **options):
        policy = self._policy(options["policy"])
        packs = self._packs(options["pack"], options["active_packs"])
        text = self._read(options["file"], options.get("stdin") or sys.stdin)
        failures = 0
        for index, (item, problem) in enumerate(parse_items(text)):
            if problem is not None:
                self._emit({"error": {"index": index, **problem}})
                failures += 1
                continue
            try:
                self._emit(screen(validate_facts(item), policy, packs))
            except FactsError as exc:
                self._emit({"error": {"index": index, "fields": exc.fields}})
                failures += 1
            except PolicyError as exc:
                self._emit({"error": {"index": index, **exc.as_dict()}})
                failures += 1
        if failures:
            raise CommandError(f"{failures} item(s) could not be screened", returncode=INVALID_INPUT)

    def _emit(self, value: dict) -> None:
        self.stdout.write(json.dumps(value, ensure_ascii=False))

    def _read(self, name: str, stdin) -> str:
        if name == "-":
            return stdin.read()
        try:
            return Path(name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {name}: {exc}", returncode=INVALID_INPUT) from None

    def _policy(self, path: str | None):
        if path is None:
            from screening.services import active_policy

            try:
                return active_policy()[1]
            except PolicyError as exc:
                raise CommandError(exc.message) from None
        try:
            source = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {path}: {exc}", returncode=INVALID_INPUT) from None
        try:
            return compile_policy(source)
        except PolicyError as exc:
            self._emit({"error": {"policy": path, **exc.as_dict()}})
            raise CommandError(f"{path}: {exc}", returncode=INVALID_INPUT) from None

    def _packs(self, paths: list[str], active: bool):
        if not paths and not active:
            return None
        packs = []
        if active:
            from screening.services import active_packs

            packs += [pack for _, pack in active_packs()]
        for path in paths:
            try:
                packs.append(compile_pack(Path(path).read_text(encoding="utf-8-sig")))
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"cannot read {path}: {exc}", returncode=INVALID_INPUT) from None
            except PolicyError as exc:
                self._emit({"error": {"pack": path, **exc.as_dict()}})
                raise CommandError(f"{path}: {exc}", returncode=INVALID_INPUT) from None
        return packs


def _problem(message: str) -> dict:
    # Same shape as an invalid item's error, so readers can always look at "fields".
    return {"fields": {"__all__": message}, "message": message}


def _strict_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def _loads(text: str):
    return json.loads(text, parse_constant=_strict_constant)


def parse_items(text: str) -> list[tuple[object, dict | None]]:
    """Split the input into items, each (value, None) or (None, problem). A document that is
    malformed as a whole is one problem; in JSON Lines, each malformed line is its own."""
    if not text.strip():
        return [(None, _problem("no input: expected a JSON object, a JSON array or JSON Lines"))]
    try:
        value = _loads(text)
    except ValueError as exc:
        lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
        if len(lines) > 1 and any(_is_object(line) for _, line in lines):
            return [_parse_line(number, line) for number, line in lines]
        return [(None, _problem(f"malformed JSON: {exc}"))]
    return [(item, None) for item in value] if isinstance(value, list) else [(value, None)]


def _is_object(line: str) -> bool:
    try:
        return isinstance(_loads(line), dict)
    except ValueError:
        return False


def _parse_line(number: int, line: str) -> tuple[object, dict | None]:
    try:
        return _loads(line), None
    except ValueError as exc:
        return None, {"line": number, **_problem(f"malformed JSON on line {number}: {exc}")}
