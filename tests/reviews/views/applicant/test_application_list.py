"""The list of an organisation's applications."""
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reviews import services
from reviews.states import State
from tests.factories import facts_for
from tests.reviews.helpers import application_in_state


def _draft(user, **facts):
    org = user.organizations.first()
    return services.application_create_draft(organization=org, by=user, facts=facts_for(org, **facts))


def test_it_lists_the_organisations_applications_with_state_and_due_date(client, alice, bob, rita):
    mine = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    colleagues = _draft(bob, title="Translation of witness statements")
    client.force_login(alice)
    response = client.get(reverse("reviews:application_list"))
    content = response.content.decode()
    assert response.status_code == 200
    assert mine.reference in content and colleagues.reference in content
    assert "Translation of witness statements" in content
    assert "In review" in content and "Draft" in content
    assert f"{mine.due_on:%-d %b %Y}" in content
    assert "New application" in content


def test_it_never_lists_another_organisations_applications(client, alice, carol):
    theirs = _draft(carol, title="Route planning for lorries")
    client.force_login(alice)
    content = client.get(reverse("reviews:application_list")).content.decode()
    assert theirs.reference not in content
    assert "Route planning for lorries" not in content


def test_it_needs_a_login(client):
    response = client.get(reverse("reviews:application_list"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_it_uses_the_same_number_of_queries_for_one_or_many_applications(client, alice):
    client.force_login(alice)
    _draft(alice)
    client.get(reverse("reviews:application_list"))  # warm the session
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("reviews:application_list"))
    for i in range(6):
        _draft(alice, title=f"Use case {i}")
    with CaptureQueriesContext(connection) as seven:
        response = client.get(reverse("reviews:application_list"))
    assert response.content.decode().count("Use case ") == 6
    assert len(seven) == len(one), [q["sql"] for q in seven.captured_queries]
    assert len(seven) <= 8


def test_it_escapes_titles(client, alice):
    _draft(alice, title="<script>alert('list')</script>")
    client.force_login(alice)
    content = client.get(reverse("reviews:application_list")).content.decode()
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert" in content
