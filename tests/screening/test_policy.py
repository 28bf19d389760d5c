"""Policies as data: policy v1 as shipped, and drafts refused with the rule id and the line
and column in the YAML file. No database needed."""
import dataclasses
from pathlib import Path

import pytest

from screening.policy import PolicyError, compile_policy

V1 = Path(__file__).resolve().parents[2] / "policies" / "v1.yaml"

HEADER = 'version: "v2-draft"\ntitle: A draft\nrules:\n'


def rule(rule_id: str = "a-rule", condition: str = "derived.law_enforcement", **extra) -> str:
    lines = [f"  - id: {rule_id}", "    effect: scrutiny", "    reason: Because.", "    reference: Clause 1."]
    lines += [f"    {key}: {value}" for key, value in extra.items()]
    lines.append(f"    condition: {condition}")
    return "\n".join(lines) + "\n"


def refused(source: str) -> PolicyError:
    with pytest.raises(PolicyError) as caught:
        compile_policy(source)
    return caught.value


def test_policy_v1_has_the_seven_rules_of_the_design_in_order():
    policy = compile_policy(V1.read_text(encoding="utf-8"))
    assert policy.version == "v1"
    assert [(r.id, r.effect) for r in policy.rules] == [
        ("us-police-facial-recognition", "deny"),
        ("le-realtime-mobile-facial-recognition", "deny"),
        ("law-enforcement-use", "scrutiny"),
        ("facial-recognition-use", "scrutiny"),
        ("realtime-public-biometric-identification", "scrutiny"),
        ("undeclared-facial-recognition", "scrutiny"),
        ("undeclared-law-enforcement", "scrutiny"),
    ]
    assert all(r.reason and r.reference for r in policy.rules)
    assert "Art. 5(1)(h)" in policy.rule("realtime-public-biometric-identification").reason_eu
    assert policy.rule("undeclared-facial-recognition").evidence == ("facial_recognition",)
    assert policy.rule("undeclared-law-enforcement").evidence == ("law_enforcement",)


def test_a_compiled_policy_cannot_be_changed():
    policy = compile_policy(V1.read_text(encoding="utf-8"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.version = "v9"
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.rules[0].effect = "scrutiny"
    assert isinstance(policy.rules, tuple)


def test_a_condition_that_does_not_compile_is_refused_at_its_line_and_column():
    source = HEADER + rule("first-rule") + rule("second-rule", "derived.law_enforcement &&")
    error = refused(source)
    assert (error.rule_id, error.line, error.column) == ("second-rule", 13, 42)
    assert "does not compile" in error.message
    # Line 13 is `    condition: derived.law_enforcement &&`; the expression ends at column 41.
    assert source.splitlines()[12][error.column - 2] == "&"


def test_the_position_is_found_inside_a_block_scalar():
    source = HEADER + rule("block-rule", "|\n      derived.facial_recognition\n        && derived.us_police)")
    error = refused(source)
    assert (error.rule_id, error.line, error.column) == ("block-rule", 10, 29)
    assert source.splitlines()[error.line - 1][error.column - 1] == ")"


def test_the_position_is_found_inside_a_folded_scalar():
    source = HEADER + rule("folded-rule", ">-\n      derived.facial_recognition &&\n      derived.us_police ! derived.eu")
    error = refused(source)
    assert error.rule_id == "folded-rule"
    assert source.splitlines()[error.line - 1][error.column - 1] == "!"
    assert (error.line, error.column) == (10, 25)


def test_the_position_is_found_inside_a_quoted_scalar():
    source = HEADER + rule("quoted-rule", '"derived.eu && (derived.realtime"')
    error = refused(source)
    assert (error.rule_id, error.line) == ("quoted-rule", 8)
    assert error.column == len('    condition: "derived.eu && (derived.realtime"')


def test_unknown_variables_and_values_are_refused_where_they_are_written():
    error = refused(HEADER + rule("typo-rule", "derived.eu && derivd.realtime"))
    assert (error.rule_id, error.line, error.column) == ("typo-rule", 8, 30)
    assert "unknown variable 'derivd'" in error.message
    error = refused(HEADER + rule("key-rule", "derived.law_enforcement && derived.polce"))
    assert (error.rule_id, error.line, error.column) == ("key-rule", 8, 51)
    assert "unknown derived value 'polce'" in error.message
    error = refused(HEADER + rule("signal-rule", "signals.faces"))
    assert "unknown signals value 'faces'" in error.message


def test_a_condition_that_fails_on_an_application_is_refused_before_it_is_used():
    error = refused(HEADER + rule("careless-rule", 'facts.facial_recognition.mode == "realtime"'))
    assert (error.rule_id, error.line, error.column) == ("careless-rule", 8, 16)
    assert "sample application" in error.message


def test_a_condition_must_be_a_boolean():
    error = refused(HEADER + rule("number-rule", "size(derived.countries)"))
    assert error.rule_id == "number-rule"
    assert "not a boolean" in error.message


def test_conditions_can_read_the_facts_themselves():
    policy = compile_policy(HEADER + rule("british", 'facts.organization.country == "GB"'))
    assert policy.variables == frozenset({"facts"})


@pytest.mark.parametrize(("source", "message", "rule_id", "line"), [
    (HEADER + rule("same") + rule("same"), "duplicate rule id 'same'", "same", 9),
    (HEADER + rule("x").replace("scrutiny", "warn"), "unknown effect 'warn'", "x", 5),
    (HEADER + rule("x").replace("    reason: Because.\n", ""), "has no 'reason'", "x", 4),
    (HEADER + rule("x").replace("condition:", "conditon:"), "unknown key 'conditon'", "x", 8),
    (HEADER + rule("x", reason_eu="''"), "'reason_eu' must not be empty", "x", 8),
    (HEADER + rule("x", evidence="faces"), "unknown signal 'faces'", "x", 8),
    (HEADER + rule("Not_An_Id"), "rule ids are lower-case", "Not_An_Id", 4),
    ('version: "v2"\ntitle: T\nrules: []\n', "'rules' must be a non-empty list", None, 3),
    ('title: T\nrules:\n' + rule(), "missing 'version'", None, 1),
    ('version: "v 2"\ntitle: T\nrules:\n' + rule(), "version must be", None, 1),
    ('version: "v2"\ntitle: T\nrules:\n  - id: [unclosed\n', "not valid YAML", None, 5),
    ('version: "v2"\nversion: "v3"\ntitle: T\nrules:\n' + rule(), "duplicate key 'version'", None, 2),
])
def test_malformed_policies_are_refused_with_where_and_why(source, message, rule_id, line):
    error = refused(source)
    assert message in error.message
    assert error.rule_id == rule_id
    assert error.line == line


def test_the_error_reads_well_and_serialises():
    error = refused(HEADER + rule("second-rule", "derived.law_enforcement &&"))
    assert str(error).startswith("line 8, column 42: rule second-rule: condition does not compile")
    assert error.as_dict() == {"rule_id": "second-rule", "line": 8, "column": 42, "message": error.message}
