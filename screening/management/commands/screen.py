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

from django.core.management.base import BaseCommand, CommandError, no_translations
from django.db import DatabaseError

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

    # The output is a format, read by programs: its messages are English whatever the locale.
    @no_translations
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
            except DatabaseError:
                raise CommandError("the database holds no policy yet: run `python manage.py migrate`, or "
                                   "pass --policy policies/v2.yaml") from None
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


# A facts document is a few levels deep. Deeper input is refused before it reaches the parser's
# (or anything else's) recursion limit.
MAX_DEPTH = 64
_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"


def _loads(text: str):
    try:
        return json.loads(text, parse_constant=_strict_constant)
    except RecursionError:
        raise ValueError(_TOO_DEEP) from None


def _checked(item) -> tuple[object, dict | None]:
    """The item, or a problem naming the top-level field that is nested too deeply (measured
    without recursion)."""
    stack = [(item, 1, None)]
    while stack:
        value, depth, top = stack.pop()
        if depth > MAX_DEPTH:
            return None, {"fields": {top or "__all__": _TOO_DEEP}, "message": _TOO_DEEP}
        if isinstance(value, dict):
            stack.extend((child, depth + 1, top or key) for key, child in value.items())
        elif isinstance(value, list):
            stack.extend((child, depth + 1, top) for child in value)
    return item, None


def _array_items(text: str) -> list[str] | None:
    """The texts of a top-level array's items, found by scanning (no recursion): for a document
    too deep to parse whole, so that only its deep items are refused."""
    body = text.strip()
    if not (body.startswith("[") and body.endswith("]")):
        return None
    items, depth, start, in_string, escaped = [], 0, 1, False, False
    for position in range(1, len(body) - 1):
        char = body[position]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:position])
            start = position + 1
    last = body[start:-1]
    if last.strip() or items:
        items.append(last)
    return items


def _parse_item(text: str) -> tuple[object, dict | None]:
    try:
        return _checked(_loads(text))
    except ValueError as exc:
        return None, _problem(f"malformed JSON: {exc}")


def parse_items(text: str) -> list[tuple[object, dict | None]]:
    """Split the input into items, each (value, None) or (None, problem). A document that is
    malformed as a whole is one problem; in JSON Lines, each malformed line is its own."""
    if not text.strip():
        return [(None, _problem("no input: expected a JSON object, a JSON array or JSON Lines"))]
    try:
        value = _loads(text)
    except ValueError as exc:
        if str(exc) == _TOO_DEEP and (items := _array_items(text)) is not None:
            return [_parse_item(item) for item in items]
        lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
        if len(lines) > 1 and any(_is_object(line) for _, line in lines):
            return [_parse_line(number, line) for number, line in lines]
        return [(None, _problem(f"malformed JSON: {exc}"))]
    return [_checked(item) for item in value] if isinstance(value, list) else [_checked(value)]


def _is_object(line: str) -> bool:
    try:
        return isinstance(_loads(line), dict)
    except ValueError:
        return False


def _parse_line(number: int, line: str) -> tuple[object, dict | None]:
    try:
        return _checked(_loads(line))
    except ValueError as exc:
        return None, {"line": number, **_problem(f"malformed JSON on line {number}: {exc}")}
