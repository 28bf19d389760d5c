"""A control character anywhere a person can type (path, query, form field, file name) is refused
in one place with a message, before it can reach PostgreSQL, which refuses NUL in text."""
import pytest
from django.test import Client

from audit.models import AuditEvent
from reviews.states import State
from tests.factories import facts_for
from tests.reviews.helpers import application_in_state

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_it_answers_404_for_a_nul_byte_in_a_path_segment(alice):
    response = client_for(alice).get("/applications/%00/")
    assert response.status_code == 404
    assert "control character" in response.content.decode()


def test_it_answers_400_for_a_nul_byte_in_a_queue_filter(rita):
    response = client_for(rita).get("/review/", {"rule": "\x00"})
    assert response.status_code == 400
    assert "query parameter 'rule' contains a control character" in response.content.decode()


@pytest.mark.parametrize("field", ["reference", "actor", "action", "since", "until"])
def test_it_answers_400_for_a_nul_byte_in_an_audit_log_filter(audrey, field):
    assert client_for(audrey).get("/audit/", {field: "a\x00b"}).status_code == 400


def test_an_export_with_a_nul_byte_is_refused_and_not_recorded(audrey):
    response = client_for(audrey).post("/audit/export/csv/", {"reference": "\x00"})
    assert response.status_code == 400
    assert "form field 'reference'" in response.content.decode()
    assert not AuditEvent.objects.filter(action="audit.exported").exists()


def test_other_control_characters_are_refused_but_line_breaks_in_a_textarea_are_not(alice, rita, northshire):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita, facts=facts_for(northshire))
    client = client_for(alice)
    url = f"/applications/{application.public_id}/messages/"
    assert client.post(url, {"body": "ring\x07ring"}).status_code == 400
    assert client.post(url, {"body": "Dear reviewers,\r\n\tthe answer is below."}).status_code == 302


def test_a_nul_byte_in_the_application_form_is_refused_and_nothing_saved(alice):
    # Moved here from test_application_form's bad inputs: the middleware now refuses it first.
    from reviews.models import Application

    response = client_for(alice).post("/applications/new/", {"title": "Case files", "description": "nul\x00byte"})
    assert response.status_code == 400
    assert "form field 'description'" in response.content.decode()
    assert not Application.objects.filter(created_by=alice).exists()


def test_a_session_cookie_with_a_nul_byte_is_ignored(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    response = client.get("/applications/")
    assert response.status_code == 302  # to the sign-in page, as without a cookie
