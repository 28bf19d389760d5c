"""The status page: the state in plain words, an applicant-safe timeline, the message thread
and what the applicant can do next."""
import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from reviews import services
from reviews.models import Application
from reviews.states import State
from tests.factories import make_organization, make_user
from tests.reviews.helpers import application_in_state, fresh
from tests.reviews.views.applicant.helpers import form_data

INTERNAL_NOTE = "Internal: the caller sounded evasive, check the contract"


def _url(name, application):
    return reverse(f"reviews:application_{name}", args=[application.public_id])


def _page(client, application) -> str:
    response = client.get(_url("detail", application))
    assert response.status_code == 200
    return response.content.decode()


def test_it_explains_the_state_and_when_a_decision_is_due(client, alice, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.force_login(alice)
    content = _page(client, application)
    assert "In review" in content
    assert "A reviewer is examining your application." in content
    assert f"A decision is due by <strong>{application.due_on:%-d %B %Y}</strong>" in content


def test_the_timeline_shows_what_happened_with_reviewers_anonymous(client, alice, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    services.application_claim(application=application, by=rita)
    services.application_add_internal_note(application=application, by=rita, body=INTERNAL_NOTE)
    services.application_request_info(application=fresh(application), by=rita, message="Which data sources?")
    client.force_login(alice)
    content = _page(client, application)
    timeline = content[content.index("What happened"):content.index("Your application</h2>")]
    for entry in ("Application started", "Submitted", "Automatic screening started",
                  "Passed automatic screening; sent to a reviewer", "More information requested"):
        assert entry in timeline
    assert "by a reviewer" in timeline and "by you" in timeline
    assert "Which data sources?" in content  # the reviewer's message, in the thread
    assert "A reviewer ·" in content


def test_nothing_internal_reaches_the_applicant(client, alice, carol, rita, sam):
    application = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    services.application_claim(application=application, by=rita)
    services.application_add_internal_note(application=application, by=rita, body=INTERNAL_NOTE)
    services.application_deny(application=fresh(application), by=rita, rationale="Rationale for the file only.",
                              reasons=["The use case is outside the service's purpose."])
    client.force_login(carol)
    content = _page(client, application)
    assert "The use case is outside the service&#x27;s purpose." in content
    for secret in (INTERNAL_NOTE, "rita@", "usecase-review.example", "Rationale for the file only.", "risk",
                   "policy_version", "matched_rules", "data_json", "hash"):
        assert secret not in content, secret


def test_an_automatic_denial_shows_the_reasons_but_not_the_rule_internals(client, db,
                                                                          django_capture_on_commit_callbacks):
    metro = make_organization(name="Metro City PD", type="police_department", country="US")
    officer = make_user("officer@metrocity-pd.example", roles=["applicant"], organization=metro)
    client.force_login(officer)
    data = form_data(metro, action="submit", capabilities=["facial_recognition"], fr_mode="realtime",
                     fr_sources=["body_worn"], fr_environment="uncontrolled", fr_purpose="Patrol matching.")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reviews:application_new"), data)
    application = Application.objects.get(created_by=officer)
    assert application.state == State.DENIED and len(application.denial_reasons) == 2
    content = _page(client, application)
    assert content.count("<li>", content.index("Why it was denied")) >= 2
    for internal in ("us-police-facial-recognition", "le-realtime-mobile-facial-recognition", "evidence",
                     "law-enforcement-use", "Denied automatically: the application matches"):
        assert internal not in content, internal
    assert "Denied by the automatic screening" in content
    assert "you can appeal it once" in content


def test_an_approval_shows_its_conditions_and_reverification_date(client, carol, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    reverify = timezone.localdate() + datetime.timedelta(days=200)
    services.application_approve(application=application, by=rita, rationale="Low risk.",
                                 conditions="Proof of concept only, <90 days>.", reverification_date=reverify)
    client.force_login(carol)
    content = _page(client, application)
    assert "Approved" in content
    assert "Proof of concept only, &lt;90 days&gt;." in content
    assert f"{reverify:%-d %B %Y}" in content
    assert "Low risk." not in content


def test_the_applicant_replies_to_an_information_request_then_corrects_and_resubmits(
        client, alice, rita, django_capture_on_commit_callbacks):
    application = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    client.force_login(alice)
    content = _page(client, application)
    assert "A reviewer needs more information" in content
    assert "Correct the application" in content and "Resubmit as it is" in content

    response = client.post(_url("message", application), {"body": "Only our own <case files>."})
    assert response.status_code == 302
    assert "Only our own &lt;case files&gt;." in _page(client, application)

    data = form_data(alice.organizations.first(), action="submit", data_sources="Case files from 2019 on.",
                     attested=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("edit", application), data)
    assert response.status_code == 302
    application = fresh(application)
    assert application.data_sources == "Case files from 2019 on."
    assert application.state == State.HUMAN_REVIEW
    assert application.screening_round == 2


def test_resubmit_as_it_is_from_the_status_page(client, alice, rita, django_capture_on_commit_callbacks):
    application = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    client.force_login(alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("resubmit", application))
    assert response.status_code == 302
    assert fresh(application).state == State.HUMAN_REVIEW
    again = client.post(_url("resubmit", application), follow=True)
    assert again.status_code == 200
    assert "it is now in review. Nothing was changed" in again.content.decode()


def test_an_empty_message_is_refused_next_to_the_field(client, alice, rita):
    application = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    client.force_login(alice)
    response = client.post(_url("message", application), {"body": "   "})
    assert response.status_code == 422
    assert "This field is required." in response.content.decode()
    assert not application.messages.filter(from_applicant=True).exists()


def test_withdraw(client, alice, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.force_login(alice)
    response = client.post(_url("withdraw", application), {"state": State.HUMAN_REVIEW}, follow=True)
    assert "The application was withdrawn." in response.content.decode()
    assert fresh(application).state == State.WITHDRAWN
    again = client.post(_url("withdraw", application), {"state": State.HUMAN_REVIEW}, follow=True)
    assert again.status_code == 200
    assert "Someone else acted on this application first" in again.content.decode()


def test_appeal_a_denial_once_with_a_statement(client, carol, rita, sam):
    application = application_in_state(State.DENIED, applicant=carol, reviewer=rita)
    client.force_login(carol)
    assert "Appeal this decision" in _page(client, application)

    empty = client.post(_url("appeal", application), {"statement": ""})
    assert empty.status_code == 422
    assert fresh(application).state == State.DENIED

    response = client.post(_url("appeal", application), {"statement": "We only <summarise> invoices."}, follow=True)
    content = response.content.decode()
    application = fresh(application)
    assert application.state == State.HUMAN_REVIEW
    assert application.appeal_statement == "We only <summarise> invoices."
    assert application.assignee == sam
    assert "sam@" not in content and "Appealed" in content
    assert "We only &lt;summarise&gt; invoices." in content

    services.application_deny(application=application, by=sam, rationale="Upheld.", reasons=["Still out of scope."])
    content = _page(client, application)
    assert "Appeal this decision" not in content and "is final" in content
    second = client.post(_url("appeal", application), {"statement": "Please reconsider."}, follow=True)
    assert second.status_code == 200
    assert "can be appealed only once" in second.content.decode()
    assert fresh(application).state == State.DENIED


def test_the_status_page_uses_the_same_number_of_queries_however_much_happened(client, alice, rita):
    small = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    big = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    for i in range(5):
        services.application_message_reviewers(application=big, by=alice, body=f"Answer {i}")
    services.application_update_draft(application=big, by=alice, facts={
        **fresh(big).facts(),
        "end_users": [{"name": f"Force {i}", "type": "police_department", "country": "GB"} for i in range(5)],
    })
    client.force_login(alice)
    _page(client, small)
    with CaptureQueriesContext(connection) as few:
        _page(client, small)
    with CaptureQueriesContext(connection) as many:
        content = _page(client, big)
    assert content.count("Answer ") == 5 and content.count("Force ") == 5
    assert len(many) == len(few), "\n".join(q["sql"][:150] for q in many.captured_queries)
    assert len(many) <= 12


def test_a_reviewer_reading_the_page_gets_no_applicant_actions(client, alice, rita):
    application = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    client.force_login(rita)
    content = _page(client, application)
    for action in ("withdraw", "resubmit", "message", "edit"):
        assert _url(action, application) not in content
