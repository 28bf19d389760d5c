"""A decision's inclusion proof, verified by the standalone script with the public key alone
(acceptance 2 of issue 10): run in a subprocess, outside the project, on a bundle made from a
real decision; and refused whenever the bundle, the event or the key is not the real one."""
import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from audit.models import AuditEvent
from audit.transparency.checkpoints import checkpoint_publish
from audit.transparency.keys import signer
from audit.transparency.notes import generate_signer
from audit.transparency.proofs import NoCheckpointYet, inclusion_proof_bundle
from reviews.states import State
from tests.audit.helpers import write_events
from tests.reviews.helpers import application_in_state

SCRIPT = Path(settings.BASE_DIR) / "tools" / "verify_inclusion.py"


def run_script(tmp_path, bundle: dict, key: str) -> subprocess.CompletedProcess:
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle))
    # -I: isolated, so nothing of the project is importable; run from elsewhere.
    return subprocess.run([sys.executable, "-I", str(SCRIPT), str(path), key],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)


@pytest.fixture
def decision(alice, rita):
    application = application_in_state(State.DENIED, applicant=alice, reviewer=rita)
    event = AuditEvent.objects.for_subject(application).filter(to_state=State.DENIED).get()
    write_events(3)  # later events: the proof is not of the last leaf
    checkpoint_publish()
    return event


@pytest.mark.django_db
def test_the_script_verifies_a_decision_with_the_public_key_alone(tmp_path, decision):
    bundle = inclusion_proof_bundle(decision.sequence)
    assert bundle["leaf_index"] == decision.sequence - 1 and bundle["tree_size"] > decision.sequence
    result = run_script(tmp_path, bundle, str(signer().verifier))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"OK: event #{decision.sequence} (application.deny, ")


@pytest.mark.django_db
def test_the_script_accepts_the_key_in_a_file(tmp_path, decision):
    key_file = tmp_path / "log.pub"
    key_file.write_text(f"{signer().verifier}\n")
    assert run_script(tmp_path, inclusion_proof_bundle(decision.sequence), str(key_file)).returncode == 0


def _altered(bundle: dict, how: str) -> dict:
    bundle = json.loads(json.dumps(bundle))
    if how == "decision text":
        fields = bundle["event"]["fields"]
        fields[[n for n, _ in fields].index("data_json")][1] = fields[[n for n, _ in fields].index("data_json")][1].replace("Out of scope", "Approved")
    elif how == "rehashed event":
        import hashlib

        fields = bundle["event"]["fields"]
        fields[[n for n, _ in fields].index("to_state")][1] = "approved"
        bundle["event"]["hash"] = hashlib.sha256("\x1f".join(v for _, v in fields).encode()).hexdigest()
    elif how == "audit path":
        bundle["inclusion_proof"][0] = "00" * 32
    elif how == "leaf index":
        bundle["leaf_index"] += 1
    elif how == "checkpoint root":
        lines = bundle["checkpoint"].split("\n")
        lines[2] = "A" * 43 + "="
        bundle["checkpoint"] = "\n".join(lines)
    elif how == "tree size":
        bundle["tree_size"] += 1
    return bundle


@pytest.mark.django_db
@pytest.mark.parametrize(("how", "reason"), [
    ("decision text", "fields do not hash"),
    ("rehashed event", "does not lead to the checkpoint's root"),
    ("audit path", "does not lead to the checkpoint's root"),
    ("leaf index", "leaf index disagree"),
    ("checkpoint root", "signature is not valid"),
    ("tree size", "claims tree size"),
])
def test_the_script_refuses_an_altered_bundle(tmp_path, decision, how, reason):
    result = run_script(tmp_path, _altered(inclusion_proof_bundle(decision.sequence), how), str(signer().verifier))
    assert result.returncode == 1
    assert result.stdout.startswith("FAILED:") and reason in result.stdout


@pytest.mark.django_db
def test_the_script_refuses_another_key(tmp_path, decision):
    other = generate_signer(settings.TRANSPARENCY_LOG_ORIGIN).verifier
    result = run_script(tmp_path, inclusion_proof_bundle(decision.sequence), str(other))
    assert result.returncode == 1 and "not signed by this key" in result.stdout


@pytest.mark.django_db
def test_there_is_no_bundle_before_a_checkpoint_covers_the_event():
    write_events(2)
    checkpoint_publish()
    write_events(1)
    with pytest.raises(NoCheckpointYet):
        inclusion_proof_bundle(AuditEvent.objects.order_by("-sequence").first().sequence)


def test_the_script_needs_nothing_but_the_standard_library_and_cryptography():
    tree = ast.parse(SCRIPT.read_text())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= set(sys.stdlib_module_names) | {"cryptography"}, imported


def test_the_scripts_own_merkle_check_agrees_with_the_reference_vectors():
    from tests.audit.transparency.test_merkle import INCLUSION, LEAVES, ROOTS

    spec = importlib.util.spec_from_file_location("verify_inclusion", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    from audit.transparency.merkle import leaf_hash

    for index, size, path in INCLUSION:
        root = script.root_from_inclusion_proof(index, size, leaf_hash(LEAVES[index]), [bytes.fromhex(p) for p in path])
        assert root == ROOTS[size - 1]
    with pytest.raises(script.Failed):
        script.root_from_inclusion_proof(0, 8, leaf_hash(LEAVES[0]), [bytes.fromhex(p) for p in INCLUSION[0][2]][:-1])
