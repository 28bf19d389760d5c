"""The screening engine against policy v1: each rule fires when it should and stays quiet
otherwise, at the boundaries design §2 draws. No database needed."""
from pathlib import Path

import pytest

from screening.engine import screen, screen_document, signals
from screening.facts import FactsError, validate_facts
from screening.policy import compile_policy

POLICY = compile_policy((Path(__file__).resolve().parents[2] / "policies" / "v1.yaml").read_text(encoding="utf-8"))

FR_RETRO = {"mode": "retrospective", "sources": ["booking_photos"], "environment": "controlled"}
FR_LIVE_BODYCAM = {"mode": "realtime", "sources": ["body_worn"], "environment": "uncontrolled"}
FR_LIVE_CCTV = {"mode": "realtime", "sources": ["fixed_cctv"], "environment": "uncontrolled"}


def application(*, org=("Acme Ltd", "commercial", "GB"), end_users=(), fr=None, capabilities=None,
                description="Summarise monthly sales reports.", **extra) -> dict:
    name, org_type, country = org
    return {
        "title": "An application",
        "description": description,
        "organization": {"name": name, "type": org_type, "country": country},
        "end_users": [{"name": n, "type": t, "country": c} for n, t, c in end_users],
        "capabilities": capabilities or (["facial_recognition"] if fr else ["summarization"]),
        "facial_recognition": fr,
        **extra,
    }


def run(**kwargs) -> dict:
    return screen_document(application(**kwargs), POLICY)


def rule_ids(result: dict) -> list[str]:
    return [rule["id"] for rule in result["matched_rules"]]


US_PD = ("Springfield Police Department", "police_department", "US")
UK_PD = ("Northshire Police", "police_department", "GB")


def test_the_output_has_exactly_the_shape_of_the_contract():
    result = run(org=US_PD, fr=FR_RETRO)
    assert set(result) == {"policy_version", "outcome", "enhanced_scrutiny", "matched_rules", "risk_score"}
    assert result["policy_version"] == "v1"
    for rule in result["matched_rules"]:
        assert set(rule) == {"id", "effect", "reason", "evidence"}
    assert isinstance(result["risk_score"], int) and 0 <= result["risk_score"] <= 100


def test_a_us_police_department_asking_for_facial_recognition_is_denied():
    result = run(org=US_PD, fr=FR_RETRO)
    assert result["outcome"] == "auto_denied"
    assert rule_ids(result) == ["us-police-facial-recognition", "law-enforcement-use", "facial-recognition-use"]


def test_a_vendor_building_for_a_us_police_department_is_denied():
    result = run(org=("Lumen Inc.", "vendor", "US"), end_users=[("Springfield PD", "police_department", "US")],
                 fr=FR_RETRO)
    assert result["outcome"] == "auto_denied"
    assert "us-police-facial-recognition" in rule_ids(result)


@pytest.mark.parametrize("territory", ["PR", "GU", "VI", "AS", "MP", "UM", "pr"])
def test_police_in_us_territories_count_as_us_police(territory):
    result = run(org=("Territorial Police", "police_department", territory), fr=FR_RETRO)
    assert "us-police-facial-recognition" in rule_ids(result)


def test_non_us_police_and_us_non_police_law_enforcement_are_not_us_police():
    assert "us-police-facial-recognition" not in rule_ids(run(org=UK_PD, fr=FR_RETRO))
    federal = run(org=("Federal Office", "other_law_enforcement", "US"), fr=FR_RETRO)
    assert "us-police-facial-recognition" not in rule_ids(federal)
    assert federal["outcome"] == "human_review"


def test_face_detection_alone_is_not_facial_recognition():
    result = run(org=US_PD, capabilities=["face_detection", "image_analysis"],
                 description="Blur bystanders' faces in body-worn video before release.")
    assert result["outcome"] == "human_review"
    assert rule_ids(result) == ["law-enforcement-use"]


def test_a_us_police_department_without_facial_recognition_goes_to_review_with_scrutiny():
    result = run(org=US_PD)
    assert (result["outcome"], result["enhanced_scrutiny"], rule_ids(result)) == (
        "human_review", True, ["law-enforcement-use"])


def test_realtime_recognition_on_mobile_cameras_by_any_law_enforcement_is_denied():
    result = run(org=UK_PD, fr=FR_LIVE_BODYCAM)
    assert result["outcome"] == "auto_denied"
    assert rule_ids(result) == ["le-realtime-mobile-facial-recognition", "law-enforcement-use",
                                "facial-recognition-use", "realtime-public-biometric-identification"]


@pytest.mark.parametrize("source", ["body_worn", "dash_mounted", "handheld_mobile", "drone"])
def test_every_mobile_source_counts_even_in_a_controlled_environment(source):
    result = run(org=UK_PD, fr={"mode": "realtime", "sources": ["fixed_cctv", source], "environment": "controlled"})
    assert "le-realtime-mobile-facial-recognition" in rule_ids(result)


def test_retrospective_use_of_mobile_footage_is_not_denied():
    result = run(org=UK_PD, fr={"mode": "retrospective", "sources": ["body_worn"], "environment": "uncontrolled"})
    assert result["outcome"] == "human_review"
    assert rule_ids(result) == ["law-enforcement-use", "facial-recognition-use"]


def test_realtime_on_fixed_cctv_in_public_is_scrutinised_not_denied():
    result = run(org=UK_PD, fr=FR_LIVE_CCTV)
    assert result["outcome"] == "human_review"
    assert rule_ids(result) == ["law-enforcement-use", "facial-recognition-use",
                                "realtime-public-biometric-identification"]


def test_realtime_in_a_controlled_environment_is_not_public_identification():
    result = run(org=UK_PD, fr={"mode": "realtime", "sources": ["fixed_cctv"], "environment": "controlled"})
    assert "realtime-public-biometric-identification" not in rule_ids(result)


def test_realtime_recognition_without_law_enforcement_is_never_denied():
    for fr in (FR_LIVE_BODYCAM, FR_LIVE_CCTV):
        result = run(org=("Sentinel Guarding", "commercial", "US"), fr=fr,
                     description="Guards are alerted when a banned visitor arrives.")
        assert (result["outcome"], rule_ids(result)) == ("human_review", ["facial-recognition-use"])


def test_non_us_police_retrospective_matching_is_human_review_with_scrutiny():
    result = run(org=UK_PD, fr=FR_RETRO)
    assert (result["outcome"], result["enhanced_scrutiny"]) == ("human_review", True)
    assert rule_ids(result) == ["law-enforcement-use", "facial-recognition-use"]


def test_in_the_eu_the_public_identification_reason_cites_the_ai_act():
    german = run(org=("Bundespolizei", "other_law_enforcement", "DE"), fr=FR_LIVE_CCTV)
    reason = next(r["reason"] for r in german["matched_rules"] if r["id"] == "realtime-public-biometric-identification")
    assert "Art. 5(1)(h)" in reason
    via_end_user = run(org=("Vendor", "vendor", "US"), end_users=[("Politie", "other_law_enforcement", "NL")],
                       fr=FR_LIVE_CCTV)
    reason = next(r["reason"] for r in via_end_user["matched_rules"]
                  if r["id"] == "realtime-public-biometric-identification")
    assert "Art. 5(1)(h)" in reason
    british = run(org=UK_PD, fr=FR_LIVE_CCTV)
    reason = next(r["reason"] for r in british["matched_rules"] if r["id"] == "realtime-public-biometric-identification")
    assert "Art. 5(1)(h)" not in reason


def test_undeclared_facial_recognition_carries_its_evidence():
    description = "We do not store images. Staff identify regular customers by their faces."
    result = run(capabilities=["image_analysis"], description=description)
    assert rule_ids(result) == ["undeclared-facial-recognition"]
    [evidence] = result["matched_rules"][0]["evidence"]
    assert evidence == {"field": "description", "start": 30, "end": 71,
                        "text": "identify regular customers by their faces", "negated": False}
    assert description[evidence["start"]:evidence["end"]] == evidence["text"]


def test_negated_facial_recognition_in_the_text_fires_nothing():
    result = run(capabilities=["image_analysis"], description="We do not use facial recognition.")
    assert result["matched_rules"] == []
    assert signals(validate_facts(application(capabilities=["image_analysis"],
                                              description="We do not use facial recognition.")))[
        "facial_recognition"][0]["negated"] is True


def test_undeclared_law_enforcement_carries_its_evidence_from_any_text_field():
    result = run(org=("Quillworks", "vendor", "US"), human_oversight="Sheriff's deputies review each draft.")
    assert rule_ids(result) == ["undeclared-law-enforcement"]
    assert result["matched_rules"][0]["evidence"] == [
        {"field": "human_oversight", "start": 0, "end": 9, "text": "Sheriff's", "negated": False}]


def test_declared_law_enforcement_needs_no_undeclared_rule():
    assert "undeclared-law-enforcement" not in rule_ids(run(org=UK_PD, description="For police use."))


def test_declared_facial_recognition_needs_no_undeclared_rule():
    result = run(fr=FR_RETRO, description="Facial recognition of consenting staff.")
    assert rule_ids(result) == ["facial-recognition-use"]


def test_nothing_to_flag_is_human_review_without_scrutiny_and_no_risk():
    result = run()
    assert result == {"policy_version": "v1", "outcome": "human_review", "enhanced_scrutiny": False,
                      "matched_rules": [], "risk_score": 0}


def test_risk_score_follows_the_documented_weights():
    assert run(org=UK_PD)["risk_score"] == 30
    assert run(fr=FR_RETRO)["risk_score"] == 25
    assert run(org=UK_PD, fr=FR_RETRO)["risk_score"] == 55
    assert run(org=UK_PD, fr=FR_LIVE_CCTV)["risk_score"] == 75
    assert run(capabilities=["license_plate_recognition"])["risk_score"] == 5
    assert run(capabilities=["image_analysis"], description="We run facial recognition.")["risk_score"] == 20
    assert run(description="For police use.")["risk_score"] == 15


def test_any_denial_scores_at_least_ninety():
    assert run(org=US_PD, fr=FR_RETRO)["risk_score"] == 90
    assert run(org=US_PD, fr=FR_LIVE_BODYCAM)["risk_score"] == 95


def test_screen_document_refuses_invalid_facts():
    with pytest.raises(FactsError) as caught:
        screen_document({"title": "x"}, POLICY)
    assert "organization" in caught.value.fields


def test_screening_the_same_facts_twice_gives_the_same_result():
    facts = validate_facts(application(org=US_PD, fr=FR_LIVE_BODYCAM, description="Officers match faces."))
    assert screen(facts, POLICY) == screen(facts, POLICY)
