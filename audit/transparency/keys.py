"""The log's signing key and the public keys its checkpoints are checked against.

The private key comes from the environment or a file (settings TRANSPARENCY_SIGNING_KEY,
TRANSPARENCY_SIGNING_KEY_FILE), never from the database: whoever can rewrite the database must
not be able to sign a checkpoint for the rewritten history. In DEBUG, with neither set, a key is
generated once into var/ so that `make run` works out of the box; in production publishing
refuses to run instead.
"""
import os
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from audit.transparency.notes import NoteError, Signer, Verifier, generate_signer, parse_signer_key, parse_verifier_key


def write_private_key_file(path: Path, signer: Signer) -> None:
    """Write a signer key readable by its owner only; never over an existing file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(f"{signer}\n")


def _development_signer() -> Signer:
    path = Path(settings.TRANSPARENCY_DEV_KEY_FILE)
    if not path.exists():
        try:
            write_private_key_file(path, generate_signer(settings.TRANSPARENCY_LOG_ORIGIN))
        except FileExistsError:  # another process made it first
            pass
    return parse_signer_key(path.read_text())


def signer() -> Signer:
    origin = settings.TRANSPARENCY_LOG_ORIGIN
    text = settings.TRANSPARENCY_SIGNING_KEY
    where = "TRANSPARENCY_SIGNING_KEY"
    if not text and settings.TRANSPARENCY_SIGNING_KEY_FILE:
        where = f"TRANSPARENCY_SIGNING_KEY_FILE ({settings.TRANSPARENCY_SIGNING_KEY_FILE})"
        try:
            text = Path(settings.TRANSPARENCY_SIGNING_KEY_FILE).read_text()
        except OSError as exc:
            raise ImproperlyConfigured(f"Cannot read the transparency log's signing key: {exc.strerror}") from None
    if not text:
        if settings.DEBUG:
            return _development_signer()
        raise ImproperlyConfigured(
            "The transparency log cannot publish checkpoints without a signing key: set "
            "TRANSPARENCY_SIGNING_KEY or TRANSPARENCY_SIGNING_KEY_FILE (make one with "
            "`manage.py transparency_keygen`)."
        )
    try:
        key = parse_signer_key(text)
    except NoteError as exc:
        raise ImproperlyConfigured(f"{where} is not a valid signer key: {exc}") from None
    if key.name != origin:
        raise ImproperlyConfigured(
            f"The signing key is named {key.name!r} but the log's origin is {origin!r} "
            "(TRANSPARENCY_LOG_ORIGIN); a checkpoint's key name must match its origin."
        )
    return key


def verifiers() -> list[Verifier]:
    """The trusted public keys: TRANSPARENCY_VERIFIER_KEYS, or else the signing key's own."""
    if settings.TRANSPARENCY_VERIFIER_KEYS:
        try:
            return [parse_verifier_key(k) for k in settings.TRANSPARENCY_VERIFIER_KEYS]
        except NoteError as exc:
            raise ImproperlyConfigured(f"TRANSPARENCY_VERIFIER_KEYS: {exc}") from None
    return [signer().verifier]


def checkpoint_directory() -> Path:
    if not settings.TRANSPARENCY_CHECKPOINT_DIR:
        raise ImproperlyConfigured(
            "TRANSPARENCY_CHECKPOINT_DIR is not set: every checkpoint must also be written outside the "
            "database, where its administrators cannot rewrite it."
        )
    return Path(settings.TRANSPARENCY_CHECKPOINT_DIR)
