"""`manage.py screen`: one output line per input item, in order; invalid items name the field
and the problem on their own line while the others are still screened, with exit status 2."""
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from screening.models import PolicyVersion

ROOT = Path(__file__).resolve().parents[2]

VALID = {
    "title": "Incident summaries",
    "description": "Summarise incident reports.",
    "organization": {"name": "Northshire Police", "type": "police_department", "country": "GB"},
    "capabilities": ["summarization"],
}
DENIED = {
    "title": "Patrol matching",
    "description": "Officers match faces against a watchlist.",
    "organization": {"name": "Springfield PD", "type": "police_department", "country": "US"},
    "capabilities": ["facial_recognition"],
    "facial_recognition": {"mode": "realtime", "sources": ["body_worn"], "environment": "uncontrolled"},
}


def screen(text: str, *args: str) -> tuple[list[dict], int]:
    stdout = io.StringIO()
    try:
        call_command("screen", *args, stdin=io.StringIO(text), stdout=stdout)
        status = 0
    except CommandError as exc:
        status = exc.returncode
    return [json.loads(line) for line in stdout.getvalue().splitlines()], status


pytestmark = pytest.mark.django_db


def test_one_object_gives_one_result():
    results, status = screen(json.dumps(DENIED))
    assert status == 0
    assert [r["outcome"] for r in results] == ["auto_denied"]


def test_an_unknown_enum_value_a_missing_field_and_a_wrong_type_are_named_and_others_still_screened():
    items = [
        VALID,
        {**VALID, "organization": {**VALID["organization"], "type": "sheriff"}},
        {key: value for key, value in VALID.items() if key != "description"},
        {**VALID, "capabilities": "summarization"},
        DENIED,
    ]
    results, status = screen(json.dumps(items))
    assert status == 2
    assert len(results) == 5
    assert results[0]["outcome"] == "human_review"
    assert results[1] == {"error": {"index": 1, "fields": {
        "organization.type": results[1]["error"]["fields"]["organization.type"]}}}
    assert "'sheriff' is not one of" in results[1]["error"]["fields"]["organization.type"]
    assert results[2] == {"error": {"index": 2, "fields": {"description": "This field is required."}}}
    assert results[3] == {"error": {"index": 3, "fields": {"capabilities": "Expected a list of capability values."}}}
    assert results[4]["outcome"] == "auto_denied"


def test_an_item_that_is_not_an_object_is_an_invalid_item():
    results, status = screen(json.dumps([VALID, 42]))
    assert status == 2
    assert results[1]["error"]["index"] == 1 and "__all__" in results[1]["error"]["fields"]


def test_malformed_json_is_one_error_line_naming_the_problem():
    results, status = screen('{"title": "Incident summaries", "description": }')
    assert status == 2
    assert len(results) == 1
    assert results[0]["error"]["message"].startswith("malformed JSON: Expecting value: line 1 column 48")


def test_a_malformed_line_in_json_lines_is_reported_and_the_other_lines_screened():
    text = json.dumps(VALID) + "\n" + '{"title": "broken",\n' + json.dumps(DENIED) + "\n"
    results, status = screen(text)
    assert status == 2
    assert results[0]["outcome"] == "human_review"
    assert results[1]["error"]["index"] == 1
    assert results[1]["error"]["line"] == 2
    assert "malformed JSON on line 2" in results[1]["error"]["message"]
    assert results[2]["outcome"] == "auto_denied"


def test_not_a_number_is_not_json():
    results, status = screen('{"title": NaN}')
    assert status == 2
    assert "malformed JSON" in results[0]["error"]["message"]


def test_empty_input_is_an_error():
    results, status = screen("  \n")
    assert status == 2
    assert "no input" in results[0]["error"]["message"]


def test_a_draft_policy_is_used_without_being_loaded(tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(
        'version: "v2-draft"\ntitle: Stricter draft\nrules:\n'
        "  - id: any-law-enforcement-facial-recognition\n    effect: deny\n"
        "    reason: No facial recognition for law enforcement.\n    reference: Draft clause 1.\n"
        "    condition: derived.law_enforcement && derived.facial_recognition\n",
        encoding="utf-8",
    )
    retrospective = {**DENIED, "organization": {"name": "Northshire Police", "type": "police_department",
                                                "country": "GB"},
                     "facial_recognition": {"mode": "retrospective", "sources": ["booking_photos"],
                                            "environment": "controlled"}}
    results, status = screen(json.dumps(retrospective), "--policy", str(draft))
    assert status == 0
    assert results[0]["policy_version"] == "v2-draft"
    assert [r["id"] for r in results[0]["matched_rules"]] == ["any-law-enforcement-facial-recognition"]
    assert not PolicyVersion.objects.filter(version="v2-draft").exists()


def test_a_broken_draft_policy_is_refused_with_rule_line_and_column(tmp_path):
    draft = tmp_path / "broken.yaml"
    draft.write_text(
        'version: "v2-draft"\ntitle: Broken draft\nrules:\n'
        "  - id: broken-rule\n    effect: deny\n    reason: R.\n    reference: C.\n"
        "    condition: derived.law_enforcement && (derived.facial_recognition\n",
        encoding="utf-8",
    )
    results, status = screen(json.dumps(VALID), "--policy", str(draft))
    assert status == 2
    assert results == [{"error": {"policy": str(draft), "rule_id": "broken-rule", "line": 8, "column": 70,
                                  "message": results[0]["error"]["message"]}}]
    assert "does not compile" in results[0]["error"]["message"]


def test_without_an_active_policy_the_command_says_what_to_do():
    PolicyVersion.objects.update(is_active=False)
    with pytest.raises(CommandError, match="load_policy --activate"):
        call_command("screen", stdin=io.StringIO(json.dumps(VALID)), stdout=io.StringIO())


def test_the_real_command_line_prints_one_line_per_item_and_exits_2(tmp_path):
    # A draft policy needs no database, so the command runs here as a user would run it.
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(VALID) + "\n" + json.dumps({"title": 1}) + "\n", encoding="utf-8")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings_test"}
    completed = subprocess.run(
        [sys.executable, "manage.py", "screen", str(path), "--policy", "policies/v1.yaml"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 2, completed.stderr
    lines = [json.loads(line) for line in completed.stdout.splitlines()]
    assert lines[0]["outcome"] == "human_review"
    assert lines[1]["error"]["index"] == 1
    assert "title" in lines[1]["error"]["fields"]


def test_policy_v2_is_active_and_reads_the_new_optional_fields():
    van = {
        **DENIED,
        "organization": {"name": "Met Police", "type": "police_department", "country": "GB", "verified": True,
                         "domains": ["met.police.uk"], "subdivision": "GB-LND"},
        "facial_recognition": {"mode": "realtime", "sources": ["vehicle_mounted"], "environment": "uncontrolled"},
        "deployment": {"countries": ["GB"], "subdivisions": ["GB-LND"], "localities": ["Croydon"]},
    }
    results, status = screen(json.dumps([VALID, van]))
    assert status == 0
    assert [r["policy_version"] for r in results] == ["v2", "v2"]
    # A van is a mobile camera: real-time facial recognition on it is denied anywhere.
    assert "le-realtime-mobile-facial-recognition" in {rule["id"] for rule in results[1]["matched_rules"]}


def test_invalid_new_fields_are_named_in_the_error_line():
    item = {**VALID, "organization": {**VALID["organization"], "domains": ["not a domain"]},
            "deployment": {"countries": ["XX"]}}
    results, status = screen(json.dumps([item, VALID]))
    assert status == 2
    assert results[0] == {"error": {"index": 0, "fields": {
        "organization.domains.0": "'not a domain' is not an email domain, e.g. \"police.uk\".",
        "deployment.countries.0": "'XX' is not an ISO 3166-1 alpha-2 country code.",
    }}}
    assert results[1]["outcome"] == "human_review"


def test_packs_given_on_the_command_line_are_screened_too():
    sf = {
        "title": "Missing persons", "description": "Search recorded images for a missing person's face.",
        "organization": {"name": "San Francisco Department of Emergency Management", "type": "government",
                         "country": "US", "subdivision": "US-CA"},
        "capabilities": ["facial_recognition"],
        "facial_recognition": {"mode": "retrospective", "sources": ["uploaded_images"], "environment": "controlled"},
        "deployment": {"localities": ["San Francisco"]},
    }
    results, status = screen(json.dumps(sf) + "\n" + json.dumps(VALID), "--pack",
                             str(ROOT / "policies" / "packs" / "us-state-local.yaml"))
    assert status == 0
    assert results[0]["outcome"] == "auto_denied"
    assert results[0]["packs"] == [{"pack": "us-state-local", "version": "us-state-local-2026.1"}]
    assert results[1]["packs"] == [] and "packs" not in screen(json.dumps(VALID))[0][0]


def test_on_a_database_not_yet_set_up_the_command_says_what_to_do(tmp_path):
    # A fresh machine before `migrate`: no traceback, the reason and the two ways on, exit 1.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    completed = subprocess.run(
        [sys.executable, "manage.py", "screen", "-"], input=json.dumps(VALID),
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert "migrate" in completed.stderr and "--policy" in completed.stderr
