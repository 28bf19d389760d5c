"""Jurisdiction packs (issue 13), table-driven: for each rule of each pack, facts that match it
and near misses that don't; a deny from any applicable pack denies; every matched pack rule names
its pack, version and citation. No database needed."""
import datetime
from pathlib import Path

import pytest

from screening.engine import screen_document
from screening.packs import compile_pack
from screening.policy import PolicyError, compile_policy

ROOT = Path(__file__).resolve().parents[2] / "policies"
BASE = compile_policy((ROOT / "v2.yaml").read_text(encoding="utf-8"))
EU = compile_pack((ROOT / "packs" / "eu-ai-act.yaml").read_text(encoding="utf-8"))
US = compile_pack((ROOT / "packs" / "us-state-local.yaml").read_text(encoding="utf-8"))
UK = compile_pack((ROOT / "packs" / "uk-police-lfr.yaml").read_text(encoding="utf-8"))
PACKS = [EU, US, UK]
TODAY = datetime.date(2026, 12, 1)

FR_LIVE_CCTV = {"mode": "realtime", "sources": ["fixed_cctv"], "environment": "uncontrolled"}
FR_LIVE_CONTROLLED = {"mode": "realtime", "sources": ["fixed_cctv"], "environment": "controlled"}
FR_RETRO = {"mode": "retrospective", "sources": ["uploaded_images"], "environment": "controlled"}


def facts(*, org=("Landeskriminalamt Berlin", "other_law_enforcement", "DE", ""), end_users=(), fr=None,
          capabilities=None, description="Summarise case files for investigators.", deployment=None) -> dict:
    name, org_type, country, subdivision = org
    document = {
        "title": "An application",
        "description": description,
        "organization": {"name": name, "type": org_type, "country": country,
                         **({"subdivision": subdivision} if subdivision else {})},
        "end_users": [{"name": n, "type": t, "country": c} for n, t, c in end_users],
        "capabilities": capabilities or (["facial_recognition"] if fr else ["summarization"]),
        "facial_recognition": fr,
    }
    if deployment is not None:
        document["deployment"] = deployment
    return document


def run(document: dict, packs=PACKS, on=TODAY) -> dict:
    from screening.engine import screen
    from screening.facts import validate_facts

    return screen(validate_facts(document), BASE, packs, on=on)


def pack_rules(result: dict) -> set[str]:
    return {rule["id"] for rule in result["matched_rules"] if "pack" in rule}


DE_LKA = ("Landeskriminalamt Berlin", "other_law_enforcement", "DE", "DE-BE")
DE_COUNCIL = ("Bezirksamt Mitte", "government", "DE", "DE-BE")
GB_POLICE = ("Northshire Police", "police_department", "GB", "")
US_WA_POLICE = ("Seattle Police Department", "police_department", "US", "US-WA")
US_WA_TRANSPORT = ("Washington State Department of Transportation", "government", "US", "US-WA")
US_OR_POLICE = ("Portland Police Bureau", "police_department", "US", "US-OR")
SF_DEPT = ("San Francisco Department of Emergency Management", "government", "US", "US-CA")
CA_STATE = ("California Department of Motor Vehicles", "government", "US", "US-CA")
BOSTON_DEPT = ("Boston Public Health Commission", "government", "US", "US-MA")
ACME_WA = ("Acme Analytics", "commercial", "US", "US-WA")
SCRAPING = "We scrape facial images from social media and the internet to expand our face database."
NOT_SCRAPING = "We do not scrape facial images from social media; we match only booking photos."
PREDICTION = ("The system predicts which residents are likely to commit crimes from their profile, "
              "age and neighbourhood.")
NOT_PREDICTION = "Summarise crime statistics by neighbourhood for the annual report."

# (rule id, pack, facts that match, near misses that do not)
CASES = [
    ("eu-untargeted-face-scraping", EU,
     [facts(org=DE_LKA, fr=FR_RETRO, description=SCRAPING)],
     [facts(org=DE_LKA, fr=FR_RETRO, description=NOT_SCRAPING),
      facts(org=("Met", "police_department", "GB", ""), fr=FR_RETRO, description=SCRAPING)]),
    ("eu-crime-prediction-profiling", EU,
     [facts(org=DE_LKA, capabilities=["data_analysis"], description=PREDICTION),
      facts(org=("Acme", "vendor", "US", ""), capabilities=["data_analysis"], description=PREDICTION,
            deployment={"countries": ["FR"]})],
     [facts(org=DE_LKA, capabilities=["data_analysis"], description=NOT_PREDICTION),
      facts(org=("Acme", "vendor", "US", ""), capabilities=["data_analysis"], description=PREDICTION)]),
    ("eu-realtime-remote-biometric-identification", EU,
     [facts(org=DE_LKA, fr=FR_LIVE_CCTV, deployment={"countries": ["DE"], "localities": ["Alexanderplatz"]})],
     [facts(org=DE_LKA, fr=FR_LIVE_CONTROLLED), facts(org=DE_LKA, fr=FR_RETRO),
      facts(org=DE_COUNCIL, fr=FR_LIVE_CCTV)]),
    ("eu-high-risk-law-enforcement", EU,
     [facts(org=DE_LKA, capabilities=["data_analysis"]), facts(org=DE_LKA, fr=FR_RETRO)],
     [facts(org=DE_LKA, capabilities=["translation"]), facts(org=DE_COUNCIL, capabilities=["data_analysis"])]),
    ("us-wa-facial-recognition-service", US,
     [facts(org=US_WA_TRANSPORT, fr=FR_RETRO)],
     [facts(org=US_WA_TRANSPORT, capabilities=["face_detection"]), facts(org=ACME_WA, fr=FR_RETRO),
      facts(org=US_OR_POLICE, fr=FR_RETRO)]),
    ("us-sf-city-face-recognition", US,
     [facts(org=SF_DEPT, fr=FR_RETRO, deployment={"countries": ["US"], "subdivisions": ["US-CA"],
                                                  "localities": ["San Francisco"]})],
     [facts(org=SF_DEPT, fr=FR_RETRO, deployment={"localities": ["Oakland"]}),
      facts(org=CA_STATE, fr=FR_RETRO, deployment={"localities": ["San Francisco"]}),
      facts(org=SF_DEPT, capabilities=["face_detection"], deployment={"localities": ["San Francisco"]})]),
    ("us-boston-city-face-surveillance", US,
     [facts(org=BOSTON_DEPT, fr=FR_RETRO, deployment={"localities": ["Boston"]})],
     [facts(org=BOSTON_DEPT, capabilities=["image_analysis"], deployment={"localities": ["Boston"]}),
      facts(org=("Acme", "commercial", "US", "US-MA"), fr=FR_RETRO, deployment={"localities": ["Boston"]})]),
    ("uk-police-live-facial-recognition", UK,
     [facts(org=GB_POLICE, fr=FR_LIVE_CCTV), facts(org=GB_POLICE, fr=FR_LIVE_CONTROLLED)],
     [facts(org=GB_POLICE, fr=FR_RETRO), facts(org=("Acme", "commercial", "GB", ""), fr=FR_LIVE_CCTV)]),
    ("uk-lfr-national-guidance", UK,
     [facts(org=GB_POLICE, fr=FR_LIVE_CCTV),
      facts(org=("Acme", "vendor", "IE", ""), end_users=[("Northshire Police", "police_department", "GB")],
            fr=FR_LIVE_CCTV)],
     [facts(org=GB_POLICE, fr=FR_RETRO)]),
]


@pytest.mark.parametrize(("rule_id", "pack", "matches", "misses"), CASES, ids=[case[0] for case in CASES])
def test_each_pack_rule_matches_its_facts_and_not_the_near_misses(rule_id, pack, matches, misses):
    rule = pack.policy.rule(rule_id)
    for document in matches:
        result = run(document)
        assert rule_id in pack_rules(result), document
        matched = next(r for r in result["matched_rules"] if r["id"] == rule_id)
        assert matched["pack"] == pack.name and matched["pack_version"] == pack.version
        assert matched["citation"] == pack.pack_rules[rule_id].citation.as_dict()
        assert matched["citation"]["url"].startswith("https://")
        assert {"pack": pack.name, "version": pack.version} in result["packs"]
        if rule.effect == "deny":
            assert result["outcome"] == "auto_denied"
    for document in misses:
        assert rule_id not in pack_rules(run(document)), document


def test_a_german_agencys_live_face_recognition_in_a_public_square_is_screened_under_both():
    result = run(facts(org=DE_LKA, fr=FR_LIVE_CCTV, description="Live facial recognition on Alexanderplatz.",
                       deployment={"countries": ["DE"], "subdivisions": ["DE-BE"], "localities": ["Berlin"]}))
    assert result["policy_version"] == "v2"
    assert result["packs"] == [{"pack": "eu-ai-act", "version": "eu-ai-act-2026.1"}]
    ids = [rule["id"] for rule in result["matched_rules"]]
    assert "realtime-public-biometric-identification" in ids  # the base policy
    assert "eu-realtime-remote-biometric-identification" in ids  # the EU pack
    authorisation = next(r for r in result["matched_rules"] if r["id"] == "eu-realtime-remote-biometric-identification")
    assert ["eu_prior_authorisation",
            "Prior judicial or independent administrative authorisation (EU AI Act Art. 5(2)–(3))"] in authorisation["checklist"]
    assert result["outcome"] == "human_review" and result["enhanced_scrutiny"]


def test_a_san_francisco_city_departments_retrospective_face_search_is_denied_by_the_local_pack():
    result = run(facts(org=SF_DEPT, fr=FR_RETRO, description="Search recorded images for a suspect's face.",
                       deployment={"countries": ["US"], "subdivisions": ["US-CA"], "localities": ["San Francisco"]}))
    assert result["outcome"] == "auto_denied"
    deny = [r for r in result["matched_rules"] if r["effect"] == "deny"]
    assert [r["id"] for r in deny] == ["us-sf-city-face-recognition"]
    assert deny[0]["citation"]["article"] == "Chapter 19B, Sec. 19B.2"
    # Without the packs the base policy alone does not deny it (not a police department).
    assert screen_document(facts(org=SF_DEPT, fr=FR_RETRO), BASE)["outcome"] == "human_review"


def test_a_pack_that_does_not_apply_adds_nothing():
    result = run(facts(org=("Tokyo Metropolitan Police", "police_department", "JP", ""), fr=FR_LIVE_CCTV,
                       description=SCRAPING))
    assert result["packs"] == [] and not pack_rules(result)


def test_a_rule_not_yet_in_effect_does_not_match():
    document = facts(org=DE_LKA, capabilities=["data_analysis"])
    assert "eu-high-risk-law-enforcement" in pack_rules(run(document, on=datetime.date(2026, 8, 2)))
    assert "eu-high-risk-law-enforcement" not in pack_rules(run(document, on=datetime.date(2026, 8, 1)))


def test_without_packs_the_result_keeps_the_design_2_shape():
    result = screen_document(facts(org=DE_LKA, fr=FR_LIVE_CCTV), BASE)
    assert set(result) == {"policy_version", "outcome", "enhanced_scrutiny", "matched_rules", "risk_score"}


def test_a_pack_rule_without_a_citation_is_refused_with_its_line():
    source = (ROOT / "packs" / "uk-police-lfr.yaml").read_text(encoding="utf-8")
    broken = source.replace('      url: "https://www.bailii.org/ew/cases/EWCA/Civ/2020/1058.html"\n', "", 1)
    with pytest.raises(PolicyError, match="citation has no 'url'") as caught:
        compile_pack(broken)
    assert caught.value.rule_id == "uk-police-live-facial-recognition" and caught.value.line


def test_pack_keys_are_refused_in_a_base_policy():
    source = (ROOT / "v2.yaml").read_text(encoding="utf-8")
    with pytest.raises(PolicyError, match="unknown key 'applies_when'"):
        compile_policy(source.replace("rules:", "applies_when: derived.eu\nrules:", 1))


def test_an_applies_when_that_does_not_compile_is_refused_with_its_position():
    source = (ROOT / "packs" / "uk-police-lfr.yaml").read_text(encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        compile_pack(source.replace('applies_when: derived.places', 'applies_when: derived.nowhere', 1))
    assert "nowhere" in caught.value.message and (caught.value.line, caught.value.column) == (11, 23)
