"""Organisation API keys on the organisation's page: created by a member and shown once, stored
hashed, scoped, expiring, revocable, rate-limited per key; creation and revocation are audit
events naming the key."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from api.models import OrganizationAPIKey
from audit.events import AuditEventType
from audit.models import AuditEvent
from tests.api.conftest import client_with, key_for


def test_a_member_creates_a_key_shown_once_and_stored_hashed(client, alice, northshire):
    client.force_login(alice)
    page = client.post(reverse("api:api_key_create", args=[northshire.public_id]),
                       {"name": "case system", "scopes": ["read"], "expires_on": "2099-01-31"})
    assert page.status_code == 200 and page["Cache-Control"] == "no-store"
    secret = page.context["secret"]
    key = OrganizationAPIKey.objects.get(organization=northshire)
    assert secret not in key.hashed_key and secret.startswith(key.prefix + ".")
    assert key.scopes == ["read"] and key.expiry_date.date() == datetime.date(2099, 1, 31)
    assert secret not in client.get(reverse("api:organization_api", args=[northshire.public_id])).content.decode()
    event = AuditEvent.objects.get(action=AuditEventType.API_KEY_CREATED)
    assert event.actor == alice and event.subject_public_id == northshire.public_id
    assert event.data["api_key"] == key.prefix and event.data["name"] == "case system"
    assert client_with(secret).get("/api/v1/applications").status_code == 200


def test_a_revoked_key_stops_working_and_the_revocation_is_audited(client, alice, northshire):
    key, secret = key_for(alice)
    client.force_login(alice)
    client.post(reverse("api:api_key_revoke", args=[northshire.public_id, key.prefix]))
    response = client_with(secret).get("/api/v1/applications")
    assert response.status_code == 401 and response["Content-Type"] == "application/problem+json"
    event = AuditEvent.objects.get(action=AuditEventType.API_KEY_REVOKED)
    assert event.actor == alice and event.data == {"api_key": key.prefix, "name": "integration"}


def test_an_expired_key_is_refused(alice):
    key, secret = key_for(alice)
    OrganizationAPIKey.objects.filter(pk=key.pk).update(expiry_date=timezone.now() - datetime.timedelta(seconds=1))
    assert client_with(secret).get("/api/v1/applications").status_code == 401


def test_a_read_key_cannot_write(alice, northshire):
    _, secret = key_for(alice, scopes=["read"])
    api = client_with(secret)
    assert api.get("/api/v1/applications").status_code == 200
    assert api.post("/api/v1/screen", {"facts": {}}, format="json").status_code == 422  # reading, not writing
    refused = api.post("/api/v1/applications", {"facts": {}}, format="json")
    assert refused.status_code == 403 and refused.json()["detail"] == "This API key does not have the scope this request needs."


def test_no_key_or_a_wrong_key_is_401(db):
    from rest_framework.test import APIClient

    assert APIClient().get("/api/v1/applications").status_code == 401
    assert client_with("nope.nope").get("/api/v1/applications").status_code == 401


def test_keys_are_rate_limited_each_on_its_own(alice, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 3
    busy, quiet = client_with(key_for(alice, name="busy")[1]), client_with(key_for(alice, name="quiet")[1])
    codes = [busy.get("/api/v1/applications").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = busy.get("/api/v1/applications")
    assert int(limited["Retry-After"]) >= 1 and limited["Content-Type"] == "application/problem+json"
    assert quiet.get("/api/v1/applications").status_code == 200


def test_only_members_see_the_page(client, carol, northshire):
    client.force_login(carol)
    assert client.get(reverse("api:organization_api", args=[northshire.public_id])).status_code == 404


def test_staff_are_refused_the_page(client, rita, northshire):
    client.force_login(rita)
    assert client.get(reverse("api:organization_api", args=[northshire.public_id])).status_code == 403


@pytest.mark.parametrize("name,scopes", [("", ["read"]), ("ok", []), ("ok", ["admin"])])
def test_an_invalid_key_form_is_shown_again(client, alice, northshire, name, scopes):
    client.force_login(alice)
    page = client.post(reverse("api:api_key_create", args=[northshire.public_id]), {"name": name, "scopes": scopes})
    assert page.status_code == 422 and not OrganizationAPIKey.objects.exists()


@pytest.mark.redis
def test_the_counts_live_in_the_shared_redis_cache(alice, settings):
    import os

    import redis

    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url,
                                   "KEY_PREFIX": "ucr-api-test"}}
    key, secret = key_for(alice)
    client_with(secret).get("/api/v1/applications")
    names = redis.Redis.from_url(url).keys(f"ucr-api-test:*api-rate:{key.prefix}:*")
    assert len(names) == 1
