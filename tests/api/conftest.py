"""The API's clients: an organisation key for a named persona, sent as a bearer token.

alice's key (read and write) is the usual client; carol's key belongs to another organisation.
"""
import pytest
from rest_framework.test import APIClient

from api.services import api_key_create
from tests.factories import make_organization, make_user

# The real Redis and Celery workers of the pipeline tests, for the webhook delivery tests.
from tests.pipeline.conftest import broker, redis_server, workers  # noqa: F401


def key_for(user, *, organization=None, scopes=("read", "write"), name="integration"):
    organization = organization or user.organizations.first()
    return api_key_create(organization=organization, by=user, name=name, scopes=list(scopes))


def client_with(secret: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    return client


@pytest.fixture
def alice_key(alice):
    return key_for(alice)


@pytest.fixture
def api(alice_key):
    """alice's organisation, through her read-and-write key."""
    return client_with(alice_key[1])


@pytest.fixture
def carol_api(carol):
    return client_with(key_for(carol)[1])


@pytest.fixture
def springfield(db):
    return make_organization(name="Springfield Police Department", type="police_department", country="US")


@pytest.fixture
def dave(springfield):
    """An applicant of a US police department."""
    return make_user("dave@springfield-police.example", roles=["applicant"], organization=springfield)
