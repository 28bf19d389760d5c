"""The table of realistic applications in cases.yaml, decided by the engine and by the
`screen` command exactly as the table says."""
import io
import json
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command

from screening.engine import screen_document
from screening.policy import compile_policy

HERE = Path(__file__).resolve().parent
CASES = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))
POLICY = compile_policy((HERE.parents[1] / "policies" / "v1.yaml").read_text(encoding="utf-8"))
# Policy v2 reads the text anew but must decide v1's table as v1 does.
POLICY_V2 = compile_policy((HERE.parents[1] / "policies" / "v2.yaml").read_text(encoding="utf-8"))


def decision(result: dict) -> tuple:
    return result["outcome"], result["enhanced_scrutiny"], sorted(rule["id"] for rule in result["matched_rules"])


def expected(case: dict) -> tuple:
    expect = case["expect"]
    return expect["outcome"], expect["enhanced_scrutiny"], sorted(expect["rules"])


def test_the_table_is_large_and_varied_enough():
    assert len(CASES) >= 40
    assert len({case["name"] for case in CASES}) == len(CASES)
    outcomes = {case["expect"]["outcome"] for case in CASES}
    assert outcomes == {"auto_denied", "human_review"}
    every_rule = {rule_id for case in CASES for rule_id in case["expect"]["rules"]}
    assert every_rule == {rule.id for rule in POLICY.rules}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_the_engine_decides_each_case_as_the_table_says(case):
    assert decision(screen_document(case["facts"], POLICY)) == expected(case)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_policy_v2_decides_each_case_as_v1_does(case):
    assert decision(screen_document(case["facts"], POLICY_V2)) == expected(case)


@pytest.mark.django_db
def test_the_screen_command_decides_every_case_from_json_lines_on_stdin():
    stdin = io.StringIO("\n".join(json.dumps(case["facts"], ensure_ascii=False) for case in CASES) + "\n")
    stdout = io.StringIO()
    call_command("screen", "-", stdin=stdin, stdout=stdout)
    lines = stdout.getvalue().splitlines()
    assert len(lines) == len(CASES)
    for case, line in zip(CASES, lines, strict=True):
        result = json.loads(line)
        assert result["policy_version"] == "v2"  # the active policy after the migrations
        assert decision(result) == expected(case), case["name"]


@pytest.mark.django_db
def test_the_screen_command_decides_every_case_from_a_json_array_file(tmp_path):
    path = tmp_path / "applications.json"
    path.write_text(json.dumps([case["facts"] for case in CASES]), encoding="utf-8")
    stdout = io.StringIO()
    call_command("screen", str(path), stdout=stdout)
    results = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert [decision(r) for r in results] == [expected(case) for case in CASES]
