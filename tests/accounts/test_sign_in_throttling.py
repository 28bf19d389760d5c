"""Failed sign-ins are counted in the shared cache (Redis when `REDIS_URL` is set), so that every
gunicorn worker sees the same count: an attacker cannot spread guesses over processes."""
import os

import pytest
import redis
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD

LIMIT = 5


def redis_server() -> redis.Redis:
    return redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))


def forget_counters() -> None:
    """Counters survive a test's rollback in Redis; drop this run's (never FLUSHDB a shared server)."""
    if settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        server = redis_server()
        for key in server.scan_iter(f"{settings.CACHES['default']['KEY_PREFIX']}:*:allauth:rl:*"):
            server.delete(key)


@pytest.fixture
def throttled(settings):
    # The suite switches rate limits off; this is the production value.
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": f"10/m/ip,{LIMIT}/5m/key"}
    forget_counters()
    yield
    forget_counters()


def sign_in(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.redis
@pytest.mark.django_db
def test_it_refuses_even_the_right_password_after_too_many_wrong_ones_from_two_clients(throttled, alice):
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    first, second = Client(), Client()
    for attempt in range(LIMIT):
        response = sign_in(first if attempt % 2 else second, alice.email, f"wrong-{attempt}")
        assert response.status_code == 200 and not signed_in(first) and not signed_in(second)

    # The counter is in Redis, where every process (not only this one) reads it.
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    assert redis_server().keys(f"{prefix}:*:allauth:rl:allauth.account:login_failed:*")

    response = sign_in(first, alice.email, "wrong-again")
    assert "Too many failed login attempts" in response.content.decode()
    response = sign_in(second, alice.email, PASSWORD)
    assert "Too many failed login attempts" in response.content.decode()
    assert not signed_in(second)


@pytest.mark.django_db
def test_the_right_password_still_works_below_the_limit(throttled, alice):
    first, second = Client(), Client()
    for attempt in range(LIMIT - 1):
        sign_in(first, alice.email, f"wrong-{attempt}")
    assert sign_in(second, alice.email, PASSWORD).status_code == 302
    assert signed_in(second)


@pytest.mark.django_db
def test_behind_a_proxy_one_clients_failures_do_not_throttle_another(settings, throttled, alice, bob):
    # Every request arrives from the proxy's address; the client's is the last X-Forwarded-For entry.
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip,100/5m/key"}
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    attacker = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7")
    colleague = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.20")
    for attempt in range(4):
        sign_in(attacker, alice.email, f"wrong-{attempt}")
    assert "Too many failed login attempts" in sign_in(attacker, alice.email, PASSWORD).content.decode()
    assert sign_in(colleague, bob.email, PASSWORD).status_code == 302 and signed_in(colleague)
