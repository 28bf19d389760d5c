"""The text reader's hot modules, compiled.

`make install` compiles `folding`, `languages` and `reading`, and the facts' validation and
context (`facts`, `context`), with Cython into `build/reader/` (`screening/build_reader.py`); the
compiled modules run the same code about a fifth faster (1.15–1.3× in `make bench`), which is what
keeps screening above its throughput budget (design §7).

A compiled module is used only when it was built from exactly the source beside it: the build
records each source's SHA-256, and the package loads the compiled modules only when all of
them still match. Edit `reading.py` and the package runs the source until the next
`make install` (or `make test`) builds it again; a stale build is never loaded. Set
`SCREENING_COMPILED=0` to run the source anyway (a debugger or profiler that steps through it).
"""
import hashlib
import json
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE.parent / "build" / "reader"
# Where the compiled modules are: a directory named after the package, put first on its path.
COMPILED = BUILD / "screening"
MANIFEST = BUILD / "sources.json"
MODULES = ("folding", "languages", "reading", "facts", "context")
DISABLE = "SCREENING_COMPILED"


def digests() -> dict[str, str]:
    """Each compiled module's name and the SHA-256 of its source as it is now."""
    return {name: hashlib.sha256((PACKAGE / f"{name}.py").read_bytes()).hexdigest() for name in MODULES}


def compiled_path(manifest: Path = MANIFEST, compiled: Path = COMPILED) -> str | None:
    """The directory of compiled modules to search before the sources, or None when there is
    no build, it failed, it was built from other sources, or `SCREENING_COMPILED=0`."""
    if os.environ.get(DISABLE, "1") == "0":
        return None
    try:
        built = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(built, dict) or not built.get("compiled") or built.get("sources") != digests():
        return None
    return str(compiled)


def in_use() -> bool:
    """Whether the reader now imported is the compiled one."""
    from screening import reading

    return not reading.__file__.endswith(".py")
