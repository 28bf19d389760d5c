"""A policy upload built to exhaust the YAML composer (deep nesting) or to multiply itself
(the "billion laughs" alias bomb) is refused with a message next to the field, never a 500."""
import pytest
from django.test import Client

from screening.models import PolicyVersion

pytestmark = pytest.mark.django_db

DEEP = "version: deep\ntitle: Deep\nrules: " + "[" * 50_000 + "]" * 50_000 + "\n"
LAUGHS = "".join(
    f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9 if previous else ['"lol"'] * 9) + "]\n"
    for previous, name in zip([None, *"abcdefgh"], "abcdefghi", strict=True)
)
BOMB = "version: bomb\ntitle: &title Bomb\ndescription:\n  " + LAUGHS.replace("\n", "\n  ") + "\nrules: [*i]\n"


def upload(adam, source: str):
    client = Client(raise_request_exception=False)
    client.force_login(adam)
    return client.post("/policies/new/", {"source": source})


@pytest.mark.parametrize(("source", "message"), [(DEEP, "nested more than"), (BOMB, "anchors and aliases")])
def test_a_hostile_policy_is_refused_next_to_the_field(adam, source, message):
    response = upload(adam, source)
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="policy-error"' in body and message in body
    assert not PolicyVersion.objects.filter(version__in=["deep", "bomb"]).exists()
