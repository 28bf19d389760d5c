#!/usr/bin/env python3
"""Verify that a decision's audit event is in the Use-Case Review transparency log.

    python3 verify_inclusion.py BUNDLE.json VERIFIER_KEY

BUNDLE.json is the inclusion proof from the decision record; VERIFIER_KEY is the log's public key
("<origin>+<key id>+<base64>", as published by the operator), given as the text itself or as a
file holding it. Needs only Python 3.10+ and the `cryptography` package: not the application, not
its database. Prints OK and what was proven, exit 0; or FAILED and the reason, exit 1.

What it checks: the checkpoint is a note signed by that key (c2sp.org/signed-note, Ed25519) for a
tree of the log (c2sp.org/tlog-checkpoint); the event's fields hash to the event's hash; and the
RFC 6962 audit path leads from that hash, as leaf `leaf_index`, to the checkpoint's root
(RFC 9162 §2.1.3.2). Keep the checkpoints you are given: two checkpoints for the same tree size
with different roots, both signed, prove the log was forked.
"""
import base64
import binascii
import hashlib
import json
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

BUNDLE_FORMAT = "usecase-review/inclusion-proof/v1"


class Failed(Exception):
    pass


def b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Failed(f"invalid base64: {text[:20]}…") from None


def parse_verifier_key(text: str) -> tuple[str, bytes, bytes]:
    parts = text.strip().split("+", 2)
    if len(parts) != 3 or not parts[0] or any(c.isspace() for c in parts[0]):
        raise Failed("the verifier key must read <name>+<key id>+<base64 key>")
    name, hex_id, encoded = parts
    raw = b64(encoded)
    if len(raw) != 33 or raw[0] != 0x01:
        raise Failed("the verifier key is not an Ed25519 key")
    key_id = hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4]
    if hex_id != key_id.hex():
        raise Failed("the verifier key's key ID does not match its key")
    return name, key_id, raw[1:]


def open_note(note: str, name: str, key_id: bytes, public_key: bytes) -> str:
    if any(ord(c) < 0x20 and c != "\n" for c in note) or not note.endswith("\n"):
        raise Failed("the checkpoint is not a well-formed signed note")
    split = note.rfind("\n\n")
    if split < 0:
        raise Failed("the checkpoint has no signature block")
    text, lines = note[: split + 1], note[split + 2: -1].split("\n")
    verified = False
    for line in lines:
        if not line.startswith("\u2014 "):
            raise Failed("malformed signature line in the checkpoint")
        sig_name, _, encoded = line[2:].partition(" ")
        raw = b64(encoded)
        if sig_name != name or raw[:4] != key_id:
            continue  # another key's signature (a witness, an old key): not ours to judge
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(raw[4:], text.encode())
        except InvalidSignature:
            raise Failed("the checkpoint's signature is not valid: it was altered or not signed by this key") from None
        verified = True
    if not verified:
        raise Failed("the checkpoint is not signed by this key")
    return text


def parse_checkpoint(text: str) -> tuple[str, int, bytes]:
    lines = text.split("\n")
    if len(lines) < 4 or any(not line for line in lines[:-1]):
        raise Failed("the checkpoint text is not origin, tree size and root hash")
    origin, size, root = lines[0], lines[1], b64(lines[2])
    if not size.isascii() or not size.isdigit() or (size != "0" and size.startswith("0")) or len(root) != 32:
        raise Failed("the checkpoint's tree size or root hash is malformed")
    return origin, int(size), root


def node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_inclusion_proof(index: int, size: int, leaf: bytes, proof: list[bytes]) -> bytes:
    """RFC 9162 §2.1.3.2."""
    if not 0 <= index < size:
        raise Failed(f"leaf index {index} is outside a tree of {size} leaves")
    if any(len(p) != 32 for p in proof):
        raise Failed("every hash of the audit path must be 32 bytes")
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise Failed("the audit path is longer than the tree is deep")
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise Failed("the audit path is shorter than the tree is deep")
    return r


def verify(bundle: dict, verifier_key: str) -> str:
    if bundle.get("format") != BUNDLE_FORMAT:
        raise Failed(f"not an inclusion proof bundle of format {BUNDLE_FORMAT}")
    name, key_id, public_key = parse_verifier_key(verifier_key)
    origin, size, root = parse_checkpoint(open_note(bundle["checkpoint"], name, key_id, public_key))
    if origin != name:
        raise Failed(f"the checkpoint is of the log {origin!r}, the key is of {name!r}")
    if bundle["tree_size"] != size:
        raise Failed(f"the bundle claims tree size {bundle['tree_size']}, the signed checkpoint says {size}")
    event = bundle["event"]
    payload = "\x1f".join(value for _, value in event["fields"])
    if hashlib.sha256(payload.encode()).hexdigest() != event["hash"]:
        raise Failed("the event's fields do not hash to the event's hash: the event was altered")
    fields = dict(event["fields"])
    if fields.get("sequence") != str(event["sequence"]) or bundle["leaf_index"] != event["sequence"] - 1:
        raise Failed("the event's sequence number and its leaf index disagree")
    try:
        leaf = hashlib.sha256(b"\x00" + bytes.fromhex(event["hash"])).digest()
        proof = [bytes.fromhex(h) for h in bundle["inclusion_proof"]]
    except ValueError:
        raise Failed("a hash in the bundle is not hexadecimal") from None
    if root_from_inclusion_proof(bundle["leaf_index"], size, leaf, proof) != root:
        raise Failed("the audit path does not lead to the checkpoint's root: the event is not in that log")
    return (f"event #{event['sequence']} ({fields.get('action', '?')}, {fields.get('created_at', '?')}) is "
            f"entry {bundle['leaf_index']} of the log {origin}, in its checkpoint of {size} entries signed by "
            f"{name}+{key_id.hex()}")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    bundle_path, key = argv[1], argv[2]
    try:
        if "+" not in key and Path(key).is_file():
            key = Path(key).read_text()
        bundle = json.loads(Path(bundle_path).read_text(encoding="utf-8"))
        print(f"OK: {verify(bundle, key)}")
        return 0
    except Failed as exc:
        print(f"FAILED: {exc}")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"FAILED: the bundle cannot be read: {exc!r}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
