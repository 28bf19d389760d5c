"""The facts schema (design §2): what `validate_facts` accepts, how it normalises, and how it
names every field that is wrong. No database needed."""
import json

import pytest
from django.utils.functional import Promise
from hypothesis import given, settings
from hypothesis import strategies as st

from screening.facts import (
    CAPABILITIES,
    EU_COUNTRIES,
    LAW_ENFORCEMENT_TYPES,
    MOBILE_SOURCES,
    ORG_TYPES,
    SOURCES,
    US_AND_TERRITORIES,
    FactsError,
    validate_facts,
)


def facts(**overrides) -> dict:
    document = {
        "title": "Summaries of incident reports",
        "description": "Summarise incident reports for the duty sergeant.",
        "organization": {"name": "Northshire Police", "type": "police_department", "country": "GB"},
        "end_users": [],
        "capabilities": ["summarization"],
        "facial_recognition": None,
    }
    document.update(overrides)
    return document


FR = {"mode": "retrospective", "sources": ["booking_photos"], "environment": "controlled", "purpose": "Leads."}


def errors_of(document) -> dict:
    with pytest.raises(FactsError) as caught:
        validate_facts(document)
    return caught.value.fields


def test_it_returns_the_normalised_document_with_every_key():
    result = validate_facts(facts())
    assert result == {
        "title": "Summaries of incident reports",
        "description": "Summarise incident reports for the duty sergeant.",
        "organization": {"name": "Northshire Police", "type": "police_department", "country": "GB", "region": ""},
        "end_users": [],
        "capabilities": ["summarization"],
        "facial_recognition": None,
        "data_sources": "",
        "human_oversight": "",
    }


def test_country_codes_are_case_insensitive_and_stored_upper_case():
    result = validate_facts(facts(
        organization={"name": "San Juan", "type": "police_department", "country": " pr "},
        end_users=[{"name": "Acme", "type": "vendor", "country": "de"}],
    ))
    assert result["organization"]["country"] == "PR"
    assert result["end_users"][0]["country"] == "DE"


def test_unknown_country_codes_are_refused_with_a_hint_for_common_mistakes():
    fields = errors_of(facts(
        organization={"name": "Met", "type": "police_department", "country": "UK"},
        end_users=[{"name": "X", "type": "vendor", "country": "ZZ"}],
    ))
    assert "did you mean GB" in fields["organization.country"]
    assert "ISO 3166-1 alpha-2" in fields["end_users.0.country"]


def test_capabilities_are_deduplicated_in_order_and_must_not_be_empty():
    result = validate_facts(facts(capabilities=["translation", "summarization", "translation"]))
    assert result["capabilities"] == ["translation", "summarization"]
    assert "at least one" in errors_of(facts(capabilities=[]))["capabilities"]
    assert "at least one" in errors_of(facts(capabilities=None))["capabilities"]


def test_end_users_default_to_an_empty_list():
    document = facts()
    del document["end_users"]
    assert validate_facts(document)["end_users"] == []


def test_facial_recognition_details_are_required_when_it_is_requested():
    fields = errors_of(facts(capabilities=["facial_recognition"], facial_recognition=None))
    assert "Required" in fields["facial_recognition"]


def test_facial_recognition_details_must_be_null_when_it_is_not_requested():
    fields = errors_of(facts(capabilities=["face_detection"], facial_recognition=FR))
    assert "Must be null" in fields["facial_recognition"]


def test_facial_recognition_sources_are_checked_one_by_one():
    fields = errors_of(facts(
        capabilities=["facial_recognition"],
        facial_recognition={"mode": "live", "sources": ["drone", "satellite"], "environment": "controlled"},
    ))
    assert set(fields) == {"facial_recognition.mode", "facial_recognition.sources.1"}
    assert "'satellite' is not one of" in fields["facial_recognition.sources.1"]


def test_facial_recognition_needs_at_least_one_source():
    fields = errors_of(facts(capabilities=["facial_recognition"],
                             facial_recognition={**FR, "sources": []}))
    assert "facial_recognition.sources" in fields


def test_every_error_is_reported_at_once_with_its_path():
    fields = errors_of({
        "title": "",
        "description": 42,
        "organization": {"name": "A", "type": "police", "country": "US", "motto": "x"},
        "end_users": [{"name": "B", "type": "vendor"}, "C"],
        "capabilities": ["facial_recognition", "mind_reading"],
        "facial_recognition": {"mode": "realtime", "sources": ["body_worn"], "environment": "outdoors"},
        "extra": True,
    })
    assert fields == {
        "title": "This field is required.",
        "description": "Expected a string.",
        "organization.motto": fields["organization.motto"],
        "organization.type": fields["organization.type"],
        "end_users.0.country": "This field is required.",
        "end_users.1": "Expected a JSON object.",
        "capabilities.1": fields["capabilities.1"],
        "facial_recognition.environment": fields["facial_recognition.environment"],
        "extra": fields["extra"],
    }
    assert "Unknown field" in fields["extra"]


def test_text_is_stripped_and_limited_in_length():
    assert validate_facts(facts(title="  Spaced  "))["title"] == "Spaced"
    assert "At most 200" in errors_of(facts(title="x" * 201))["title"]
    assert "At most 20000" in errors_of(facts(description="x" * 20_001))["description"]
    assert "At most 200" in errors_of(facts(
        organization={"name": "n" * 201, "type": "vendor", "country": "US"}))["organization.name"]


def test_text_that_cannot_be_stored_is_refused():
    assert "cannot be stored" in errors_of(facts(description="nul \x00 byte"))["description"]
    assert "cannot be stored" in errors_of(facts(description="lone \ud800 surrogate"))["description"]


def test_a_document_that_is_not_an_object_is_refused_as_a_whole():
    assert set(errors_of(["not", "an", "object"])) == {"__all__"}


def test_vocabularies_are_usable_as_django_choices():
    for choices in (ORG_TYPES, CAPABILITIES, SOURCES, MOBILE_SOURCES, LAW_ENFORCEMENT_TYPES,
                    US_AND_TERRITORIES, EU_COUNTRIES):
        # Labels are translated when shown (lazy strings); values are plain codes.
        assert all(isinstance(value, str) and isinstance(label, (str, Promise)) for value, label in choices)
    assert {code for code, _ in US_AND_TERRITORIES} == {"US", "PR", "GU", "VI", "AS", "MP", "UM"}
    assert {value for value, _ in MOBILE_SOURCES} == {"body_worn", "dash_mounted", "handheld_mobile", "drone", "vehicle_mounted"}
    assert {value for value, _ in LAW_ENFORCEMENT_TYPES} == {"police_department", "other_law_enforcement"}
    assert len(EU_COUNTRIES) == 27


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25,
)
# Documents that look like facts, so that the deeper checks are exercised too.
fact_like = st.fixed_dictionaries(
    {},
    optional={
        "title": json_values | st.text(max_size=30),
        "description": json_values | st.text(),
        "organization": json_values | st.fixed_dictionaries({}, optional={
            "name": json_values, "type": st.sampled_from([v for v, _ in ORG_TYPES]) | json_values,
            "country": st.sampled_from(["US", "pr", "XX", ""]) | json_values}),
        "end_users": json_values | st.lists(json_values | st.fixed_dictionaries({
            "name": st.text(), "type": st.sampled_from([v for v, _ in ORG_TYPES]), "country": st.text(max_size=3)})),
        "capabilities": json_values | st.lists(st.sampled_from([v for v, _ in CAPABILITIES]) | json_values),
        "facial_recognition": json_values | st.fixed_dictionaries({}, optional={
            "mode": st.sampled_from(["realtime", "retrospective"]) | json_values,
            "sources": st.lists(st.sampled_from([v for v, _ in SOURCES]) | json_values),
            "environment": st.sampled_from(["controlled", "uncontrolled"]) | json_values,
            "purpose": json_values}),
        "data_sources": json_values,
        "human_oversight": json_values,
    },
)


@settings(max_examples=200, deadline=None)
@given(json_values | fact_like)
def test_any_json_value_gives_facts_or_a_facts_error(document):
    try:
        result = validate_facts(document)
    except FactsError as exc:
        assert exc.fields and all(isinstance(k, str) and isinstance(v, str) for k, v in exc.fields.items())
    else:
        assert validate_facts(result) == result  # normalising twice changes nothing
        json.dumps(result)


def test_v2_additions_are_optional_and_absent_when_not_given():
    assert set(validate_facts(facts())) == {
        "title", "description", "organization", "end_users", "capabilities", "facial_recognition",
        "data_sources", "human_oversight",
    }


def test_v2_additions_are_normalised():
    result = validate_facts(facts(
        organization={"name": "Ville", "type": "government", "country": "fr", "verified": True,
                      "domains": ["@Interieur.GOUV.fr", "interieur.gouv.fr"], "subdivision": "fr-idf"},
        deployment={"countries": ["fr", "BE"], "subdivisions": ["BE-BRU"], "localities": [" Lille "]},
        capabilities=["facial_recognition"],
        facial_recognition={**FR, "sources": ["vehicle_mounted"]},
    ))
    assert result["organization"] == {
        "name": "Ville", "type": "government", "country": "FR", "region": "", "verified": True,
        "domains": ["interieur.gouv.fr"], "subdivision": "FR-IDF",
    }
    assert result["deployment"] == {"countries": ["FR", "BE"], "subdivisions": ["BE-BRU"], "localities": ["Lille"]}
    assert result["facial_recognition"]["sources"] == ["vehicle_mounted"]


def test_v2_additions_name_every_wrong_field():
    assert errors_of(facts(
        organization={"name": "X", "type": "vendor", "country": "US", "verified": "yes",
                      "domains": ["not a domain"], "subdivision": "DE-BY"},
        deployment={"countries": ["XX"], "subdivisions": ["nowhere"], "towns": []},
    )) == {
        "organization.verified": "Expected true or false.",
        "organization.domains.0": "'not a domain' is not an email domain, e.g. \"police.uk\".",
        "organization.subdivision": "DE-BY is not a subdivision of US.",
        "deployment.towns": "Unknown field. Expected only: countries, localities, subdivisions.",
        "deployment.countries.0": "'XX' is not an ISO 3166-1 alpha-2 country code.",
        "deployment.subdivisions.0": "'nowhere' is not an ISO 3166-2 subdivision code (e.g. \"US-CA\", \"DE-BY\").",
    }
