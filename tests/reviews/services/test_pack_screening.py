"""Screening an application under the active base policy and every active jurisdiction pack
(issue 13): the versions used are stored, the checklist asks the packs' items, and the
citation reaches the review page and the applicant's reasons."""
from pathlib import Path

import pytest
from django.urls import reverse

from reviews import services
from reviews.models import ScrutinyRecord
from reviews.services.errors import ActionInvalid
from reviews.states import State
from screening.services import policy_version_activate, policy_version_load
from tests.factories import facts_for, make_organization, make_user
from tests.reviews.helpers import application_in_state, full_checklist

PACKS = Path(__file__).resolve().parents[3] / "policies" / "packs"


@pytest.fixture
def packs(db):
    versions = {}
    for name in ("eu-ai-act", "us-state-local", "uk-police-lfr"):
        version = policy_version_load(source=(PACKS / f"{name}.yaml").read_text(encoding="utf-8"))
        versions[name] = policy_version_activate(policy_version=version)
    return versions


@pytest.fixture
def berlin():
    return make_organization(name="Landeskriminalamt Berlin", type="other_law_enforcement", country="DE",
                             subdivision="DE-BE")


@pytest.fixture
def dieter(berlin):
    return make_user("dieter@lka.berlin.example", roles=["applicant"], organization=berlin)


@pytest.fixture
def san_francisco():
    return make_organization(name="San Francisco Department of Emergency Management", type="government",
                             country="US", subdivision="US-CA")


@pytest.fixture
def sally(san_francisco):
    return make_user("sally@sfgov.example", roles=["applicant"], organization=san_francisco)


LIVE_IN_A_SQUARE = {
    "capabilities": ["facial_recognition"],
    "facial_recognition": {"mode": "realtime", "sources": ["fixed_cctv"], "environment": "uncontrolled",
                           "purpose": "Find a suspect of a serious crime in the crowd."},
    "description": "Live facial recognition on the CCTV cameras of Alexanderplatz.",
    "deployment": {"countries": ["DE"], "subdivisions": ["DE-BE"], "localities": ["Berlin"]},
}
RETROSPECTIVE_IN_SF = {
    "capabilities": ["facial_recognition"],
    "facial_recognition": {"mode": "retrospective", "sources": ["uploaded_images"], "environment": "controlled",
                           "purpose": "Search recorded images for a missing person's face."},
    "deployment": {"countries": ["US"], "subdivisions": ["US-CA"], "localities": ["San Francisco"]},
}


def test_a_german_agencys_live_face_recognition_is_screened_under_the_base_policy_and_the_eu_pack(
        packs, berlin, dieter, rita, client):
    application = application_in_state(State.HUMAN_REVIEW, applicant=dieter, reviewer=rita,
                                       facts=facts_for(berlin, **LIVE_IN_A_SQUARE))
    screening = application.latest_screening
    assert screening.policy_version_label == "v2"
    assert screening.pack_versions == [{"pack": "eu-ai-act", "version": "eu-ai-act-2026.1",
                                        "policy_version": packs["eu-ai-act"].pk}]
    assert {"realtime-public-biometric-identification", "eu-realtime-remote-biometric-identification",
            "eu-high-risk-law-enforcement"} <= set(screening.rule_ids)
    keys = [key for key, _ in ScrutinyRecord.required_items(eu=True, pack_items=screening.checklist_items)]
    assert "eu_prior_authorisation" in keys and "eu-art-5-2-registration" in keys and "eu-art-27-fria" in keys

    # The checklist asks for the judicial authorisation and the packs' other items.
    with pytest.raises(ActionInvalid) as refused:
        services.application_recommend_approval(application=application, by=rita, checklist=full_checklist(),
                                                rationale="Safeguards are adequate.")
    assert "checklist.eu-art-27-fria.answer" in refused.value.fields
    checklist = full_checklist()
    for key, _ in screening.checklist_items:
        checklist.setdefault(key, {"answer": "satisfied", "note": "Court order on file."})
    record = services.application_recommend_approval(application=application, by=rita, checklist=checklist,
                                                     rationale="Safeguards are adequate.")
    assert record.is_complete and ["eu-art-27-fria", dict(screening.checklist_items)["eu-art-27-fria"]] in record.pack_items

    client.force_login(rita)
    page = client.get(reverse("reviews:review", args=[application.public_id])).content.decode()
    assert "eu-ai-act-2026.1" in page
    assert 'href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj"' in page
    assert "Art. 5(1)(h), 5(2)–(3)" in page
    assert "Prior judicial or independent administrative authorisation" in page


def test_a_san_francisco_city_departments_face_search_is_denied_by_the_local_pack_with_its_citation(
        packs, san_francisco, sally, rita, client):
    application = application_in_state(State.DENIED, applicant=sally, reviewer=rita,
                                       facts=facts_for(san_francisco, **RETROSPECTIVE_IN_SF))
    assert application.state == State.DENIED
    screening = application.latest_screening
    assert "us-sf-city-face-recognition" in screening.rule_ids
    assert [p["pack"] for p in screening.pack_versions] == ["us-state-local"]
    assert any("San Francisco Administrative Code, chapter 19B" in reason for reason in application.denial_reasons)

    client.force_login(sally)
    page = client.get(reverse("reviews:application_detail", args=[application.public_id])).content.decode()
    assert "Chapter 19B, Sec. 19B.2" in page
    assert 'href="https://codelibrary.amlegal.com/codes/san_francisco/latest/sf_admin/"' in page


def test_without_an_active_pack_the_screening_uses_the_base_policy_alone(berlin, dieter, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=dieter, reviewer=rita,
                                       facts=facts_for(berlin, **LIVE_IN_A_SQUARE))
    assert application.latest_screening.pack_versions == []
    assert application.latest_screening.checklist_items == ()
