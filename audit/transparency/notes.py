"""Signed notes (c2sp.org/signed-note) with Ed25519, and the checkpoint body they carry
(c2sp.org/tlog-checkpoint). No Django: the formats are the ones Go's golang.org/x/mod/sumdb/note
reads and writes, so any tool of that ecosystem can check our checkpoints.

    key ID        = SHA-256(name || 0x0A || 0x01 || 32-byte public key)[:4]
    signature     = "— " name " " base64(key ID || Ed25519 signature over the note text) "\\n"
    verifier key  = name "+" hex(key ID) "+" base64(0x01 || public key)
    signer key    = "PRIVATE+KEY+" name "+" hex(key ID) "+" base64(0x01 || 32-byte seed)
"""
import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG_ED25519 = 0x01
SIGNATURE_PREFIX = "\u2014 "  # em dash, space
SIGNER_KEY_PREFIX = "PRIVATE+KEY+"
MAX_SIGNATURES = 16


class NoteError(ValueError):
    """A malformed key or note, or a note no trusted key signed."""


def _check_name(name: str) -> None:
    if not name or "+" in name or any(c.isspace() for c in name):
        raise NoteError(f"invalid key name {name!r}: it must be non-empty, without spaces or '+'")


def key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public_key).digest()[:4]


def _b64decode(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NoteError(f"invalid base64: {exc}") from None


@dataclass(frozen=True)
class Verifier:
    name: str
    key_id: bytes
    public_key: bytes

    def __str__(self) -> str:
        return f"{self.name}+{self.key_id.hex()}+{base64.b64encode(bytes([ALG_ED25519]) + self.public_key).decode()}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class Signer:
    name: str
    seed: bytes

    @property
    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public_key(self) -> bytes:
        return self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public_key)

    @property
    def verifier(self) -> Verifier:
        return Verifier(self.name, self.key_id, self.public_key)

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __str__(self) -> str:
        encoded = base64.b64encode(bytes([ALG_ED25519]) + self.seed).decode()
        return f"{SIGNER_KEY_PREFIX}{self.name}+{self.key_id.hex()}+{encoded}"

    def __repr__(self) -> str:  # never the seed, not even in a traceback
        return f"Signer(name={self.name!r}, key_id={self.key_id.hex()})"


def generate_signer(name: str) -> Signer:
    _check_name(name)
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    seed = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return Signer(name, seed)


def parse_signer_key(text: str) -> Signer:
    text = text.strip()
    if not text.startswith(SIGNER_KEY_PREFIX):
        raise NoteError("a signer key starts with PRIVATE+KEY+")
    parts = text[len(SIGNER_KEY_PREFIX):].split("+", 2)  # the base64 part may hold '+' itself
    if len(parts) != 3:
        raise NoteError("a signer key reads PRIVATE+KEY+<name>+<key id>+<base64 key>")
    name, hex_id, encoded = parts
    _check_name(name)
    raw = _b64decode(encoded)
    if len(raw) != 33 or raw[0] != ALG_ED25519:
        raise NoteError("the signer key is not an Ed25519 key (0x01 and a 32-byte seed)")
    signer = Signer(name, raw[1:])
    if hex_id != signer.key_id.hex():
        raise NoteError("the signer key's key ID does not match its key")
    return signer


def parse_verifier_key(text: str) -> Verifier:
    parts = text.strip().split("+", 2)
    if len(parts) != 3:
        raise NoteError("a verifier key reads <name>+<key id>+<base64 key>")
    name, hex_id, encoded = parts
    _check_name(name)
    raw = _b64decode(encoded)
    if len(raw) != 33 or raw[0] != ALG_ED25519:
        raise NoteError("the verifier key is not an Ed25519 key (0x01 and a 32-byte public key)")
    if len(hex_id) != 8 or hex_id != key_id(name, raw[1:]).hex():
        raise NoteError("the verifier key's key ID does not match its key")
    return Verifier(name, bytes.fromhex(hex_id), raw[1:])


def _check_text(text: str) -> None:
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        raise NoteError("a note must not contain control characters other than newline")


def sign_note(text: str, signer: Signer) -> str:
    """The note `text` (ending in a newline) followed by a blank line and one signature line."""
    _check_text(text)
    if not text.endswith("\n") or "\n\n" in text or text.startswith("\n"):
        raise NoteError("the note text must be non-empty lines ending in a newline")
    signature = base64.b64encode(signer.key_id + signer.sign(text.encode())).decode()
    return f"{text}\n{SIGNATURE_PREFIX}{signer.name} {signature}\n"


def open_note(note: str, verifiers: list[Verifier]) -> tuple[str, Verifier]:
    """The note's text and the trusted key that signed it; NoteError if none did, if a trusted
    key's signature fails, or if the note is malformed."""
    _check_text(note)
    if not note.endswith("\n"):
        raise NoteError("a signed note ends with a newline")
    split = note.rfind("\n\n")
    if split < 0:
        raise NoteError("no blank line separates the text from the signatures")
    text, signature_block = note[: split + 1], note[split + 2:]
    lines = signature_block[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise NoteError("too many signatures")
    known = {(v.name, v.key_id): v for v in verifiers}
    signed_by = None
    for line in lines:
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError("a signature line starts with an em dash and a space")
        name, _, encoded = line[len(SIGNATURE_PREFIX):].partition(" ")
        _check_name(name)
        raw = _b64decode(encoded)
        if len(raw) < 5:
            raise NoteError("a signature is too short")
        verifier = known.get((name, raw[:4]))
        if verifier is None:
            continue  # unknown keys are ignored, as the spec requires (rotation, cosigners)
        if not verifier.verify(text.encode(), raw[4:]):
            raise NoteError(f"the signature of {name} ({raw[:4].hex()}) is not valid for this text")
        signed_by = verifier
    if signed_by is None:
        raise NoteError("no trusted key signed this note")
    return text, signed_by


@dataclass(frozen=True)
class CheckpointBody:
    origin: str
    tree_size: int
    root_hash: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.tree_size}\n{base64.b64encode(self.root_hash).decode()}\n"


def parse_checkpoint(text: str) -> CheckpointBody:
    lines = text.split("\n")
    if len(lines) < 4 or lines[-1] != "" or any(not line for line in lines[:-1]):
        raise NoteError("a checkpoint is at least three non-empty lines, each ending in a newline")
    origin, size, root = lines[0], lines[1], lines[2]
    if not size.isascii() or not size.isdigit() or (size != "0" and size.startswith("0")):
        raise NoteError(f"invalid tree size {size!r}")
    root_hash = _b64decode(root)
    if len(root_hash) != 32:
        raise NoteError("the root hash is not 32 bytes")
    return CheckpointBody(origin, int(size), root_hash)
