"""The decision record carries the decision's place in the transparency log and its inclusion
proof, which the standalone script verifies with the public key alone (acceptance 2 of issue 10)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from audit.models import AuditEvent
from audit.transparency.checkpoints import checkpoint_publish
from audit.transparency.keys import signer
from reviews.states import State
from tests.audit.helpers import write_events
from tests.oversight.conftest import client_for
from tests.reviews.helpers import application_in_state

pytestmark = pytest.mark.django_db
SCRIPT = Path(settings.BASE_DIR) / "tools" / "verify_inclusion.py"


@pytest.fixture
def approved(carol, rita):
    app = application_in_state(State.APPROVED, applicant=carol, reviewer=rita)
    return app, AuditEvent.objects.for_subject(app).filter(to_state=State.APPROVED).get()


def test_the_record_shows_the_decision_in_the_signed_log_and_links_its_proof(audrey, approved):
    app, decision = approved
    write_events(2)
    checkpoint = checkpoint_publish()
    body = client_for(audrey).get(f"/oversight/applications/{app.public_id}/record/").content.decode()
    assert f"The decision is event #{decision.sequence}" in body
    assert f"entry {decision.sequence - 1} of the log's signed checkpoint of {checkpoint.tree_size} entries" in body
    assert f"/oversight/applications/{app.public_id}/record/inclusion-proof/" in body
    assert str(signer().verifier) in body


def test_before_any_checkpoint_the_record_says_so(audrey, approved):
    app, _ = approved
    body = client_for(audrey).get(f"/oversight/applications/{app.public_id}/record/").content.decode()
    assert "No signed checkpoint covers it yet" in body
    response = client_for(audrey).get(f"/oversight/applications/{app.public_id}/record/inclusion-proof/")
    assert response.status_code == 409


def test_the_downloaded_proof_verifies_with_the_standalone_script_only(audrey, approved, tmp_path):
    app, decision = approved
    checkpoint_publish()
    response = client_for(audrey).get(f"/oversight/applications/{app.public_id}/record/inclusion-proof/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    proof = tmp_path / "proof.json"
    proof.write_bytes(response.content)
    assert json.loads(response.content)["event"]["sequence"] == decision.sequence
    result = subprocess.run([sys.executable, "-I", str(SCRIPT), str(proof), str(signer().verifier)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"OK: event #{decision.sequence} (application.approve")


@pytest.mark.parametrize("persona", ["carol", "rita"])
def test_only_auditors_and_admins_get_the_proof(approved, persona, request):
    app, _ = approved
    checkpoint_publish()
    response = client_for(request.getfixturevalue(persona)).get(
        f"/oversight/applications/{app.public_id}/record/inclusion-proof/")
    assert response.status_code in (302, 403, 404)
    assert b"inclusion_proof" not in response.content


def test_an_undecided_application_has_no_proof(audrey, carol, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    checkpoint_publish()
    assert client_for(audrey).get(f"/oversight/applications/{app.public_id}/record/inclusion-proof/").status_code == 404
