"""The JSON API answers in English whatever language the request asks for: its words are part of
what programs read. The organisation's page about its keys is a page for people and stays in the
reader's language. alice's key is the client; she reads the site in German."""
from django.conf import settings
from django.urls import reverse

from api.services import api_key_create
from tests.factories import facts_for

GERMAN = {"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9"}


def test_it_answers_a_german_request_in_english(api, northshire):
    facts = facts_for(northshire, title="")
    response = api.post("/api/v1/applications", {"facts": facts}, format="json", **GERMAN)
    assert response.status_code == 201, response.content
    assert response["Content-Language"] == "en"
    body = response.json()
    assert body["state_label"] == "Draft"
    assert body["incomplete"] == {"title": "This field is required."}
    assert body["timeline"][0]["what"] == "Application started"

    refused = api.post(f"/api/v1/applications/{body['id']}/submit", {"attestations": {}}, format="json", **GERMAN)
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["title"] == "The input is not valid"
    assert problem["detail"] == "The application is not complete yet."
    assert problem["fields"]["title"] == "This field is required."
    assert problem["fields"]["attestations.attest_accurate"] == "Please confirm this statement before submitting."


def test_the_services_refusals_and_drfs_own_messages_are_english(api, northshire):
    created = api.post("/api/v1/applications", {"facts": facts_for(northshire)}, format="json").json()
    api.post(f"/api/v1/applications/{created['id']}/withdraw", **GERMAN)
    refused = api.post(f"/api/v1/applications/{created['id']}/withdraw", **GERMAN)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "This is not possible while the application is withdrawn."
    # DRF's catalogue has German for its own messages; the API does not use it.
    invalid = api.get("/api/v1/applications?state=nonsense", **GERMAN)
    assert invalid.status_code == 422
    assert invalid.json()["fields"]["state"] == '"nonsense" is not a valid choice.'


def test_neither_the_language_cookie_nor_the_saved_language_changes_the_answer(api, alice, northshire):
    alice.language = "de"
    alice.save(update_fields=["language"])
    api.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    response = api.post("/api/v1/applications", {"facts": facts_for(northshire, capabilities=[])}, format="json")
    assert response.json()["incomplete"] == {"capabilities": "Choose at least one capability."}


def test_the_organisations_api_page_stays_in_the_readers_language(client, alice, northshire):
    api_key_create(organization=northshire, by=alice, name="integration", scopes=["read"])
    client.force_login(alice)
    page = client.get(reverse("api:organization_api", args=[northshire.public_id]), **GERMAN)
    assert page.status_code == 200
    assert page["Content-Language"] == "de"
    text = page.content.decode()
    assert "API-Schlüssel" in text
    assert "Lesen: " in text  # the read scope's label
