"""Signed notes and checkpoints in the formats of c2sp.org/signed-note and c2sp.org/tlog-checkpoint,
checked byte for byte against the reference vectors of golang.org/x/mod/sumdb/note (note_test.go)
and the keys of the transparency-dev examples."""
import base64

import pytest

from audit.transparency.notes import (
    CheckpointBody,
    NoteError,
    generate_signer,
    open_note,
    parse_checkpoint,
    parse_signer_key,
    parse_verifier_key,
    sign_note,
)

# golang.org/x/mod/sumdb/note note_test.go
PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
PETER_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
PETER_NOTE = PETER_TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
# A transparency-dev example log key pair (tessera's example server flags).
BETTY_SKEY = "PRIVATE+KEY+Test-Betty+df84580a+Afge8kCzBXU7jb3cV2Q363oNXCufJ6u9mjOY1BGRY9E2"
BETTY_VKEY = "Test-Betty+df84580a+AQQASqPUZoIHcJAF5mBOryctwFdTV1E0GRY4kEAtTzwB"


def test_it_signs_exactly_as_the_go_reference_does():
    signer = parse_signer_key(PETER_SKEY)
    assert str(signer.verifier) == PETER_VKEY
    assert str(signer) == PETER_SKEY
    assert sign_note(PETER_TEXT, signer) == PETER_NOTE


def test_it_derives_the_published_verifier_key_of_another_key():
    assert str(parse_signer_key(BETTY_SKEY).verifier) == BETTY_VKEY


def test_it_opens_the_reference_note():
    text, by = open_note(PETER_NOTE, [parse_verifier_key(PETER_VKEY)])
    assert text == PETER_TEXT
    assert by.name == "PeterNeumann"


def test_an_altered_text_fails():
    with pytest.raises(NoteError, match="not valid"):
        open_note(PETER_NOTE.replace("cryptography", "cryptographY"), [parse_verifier_key(PETER_VKEY)])


def test_a_note_without_a_trusted_signature_fails():
    other = generate_signer("PeterNeumann").verifier  # same name, other key: ignored, so unsigned
    with pytest.raises(NoteError, match="no trusted key"):
        open_note(PETER_NOTE, [other])


def test_an_unknown_extra_signature_is_ignored():
    cosigned = PETER_NOTE + "\u2014 witness.example/w1 " + base64.b64encode(b"\x01\x02\x03\x04" + b"x" * 64).decode() + "\n"
    assert open_note(cosigned, [parse_verifier_key(PETER_VKEY)])[0] == PETER_TEXT


@pytest.mark.parametrize("mangled", [
    PETER_VKEY[:-1],
    PETER_VKEY.replace("c74f20a3", "c74f20a4"),
    "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==",  # wrong length (note_test.go)
    "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # unknown algorithm (note_test.go)
    "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
])
def test_it_refuses_mangled_verifier_keys(mangled):
    with pytest.raises(NoteError):
        parse_verifier_key(mangled)


def test_it_refuses_a_signer_key_whose_id_does_not_match():
    with pytest.raises(NoteError, match="key ID"):
        parse_signer_key(PETER_SKEY.replace("c74f20a3", "00000000"))


@pytest.mark.parametrize("bad", [
    PETER_NOTE.replace("\n\n", "\n"),  # no blank line
    PETER_NOTE[:-1],  # no final newline
    PETER_NOTE.replace("\u2014", "-"),  # a hyphen is not an em dash
    PETER_NOTE.replace("problem,", "problem,\x07"),  # a control character
])
def test_it_refuses_malformed_notes(bad):
    with pytest.raises(NoteError):
        open_note(bad, [parse_verifier_key(PETER_VKEY)])


def test_a_checkpoint_round_trips_in_the_tlog_checkpoint_layout():
    # The example of c2sp.org/tlog-checkpoint.
    text = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
    body = parse_checkpoint(text)
    assert (body.origin, body.tree_size) == ("example.com/behind-the-sofa", 20852163)
    assert body.text() == text
    signer = generate_signer("example.com/behind-the-sofa")
    note = sign_note(text, signer)
    assert open_note(note, [signer.verifier])[0] == text
    assert CheckpointBody("o", 0, bytes(32)).text() == "o\n0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"


@pytest.mark.parametrize("text", [
    "origin\n012\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
    "origin\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
    "origin\n12\nCsUYapGGPo4dkMgI\n",
    "origin\n12\n",
])
def test_it_refuses_malformed_checkpoints(text):
    with pytest.raises(NoteError):
        parse_checkpoint(text)


def test_a_signer_never_shows_its_seed():
    signer = parse_signer_key(PETER_SKEY)
    assert "AYEKFALV" not in repr(signer)
