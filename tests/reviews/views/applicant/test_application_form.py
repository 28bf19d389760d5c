"""The application form: drafts at any time, submit only when complete, errors next to the
field, nothing typed ever lost."""
import pytest
from django.urls import reverse

from audit.models import AuditEvent
from reviews import services
from reviews.models import Application
from reviews.states import State
from tests.factories import facts_for, make_organization, make_user
from tests.reviews.views.applicant.helpers import ATTESTED, form_data

NEW = reverse("reviews:application_new")


def _edit_url(application):
    return reverse("reviews:application_edit", args=[application.public_id])


def _draft(user, **facts):
    org = user.organizations.first()
    return services.application_create_draft(organization=org, by=user, facts=facts_for(org, **facts))


def test_it_starts_with_the_organisation_filled_in(client, alice):
    client.force_login(alice)
    response = client.get(NEW)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<dd>Northshire Police</dd>" in content  # from the profile, not a field to type in
    for section in ("The use case", "Your organisation, and on whose behalf", "Capabilities",
                    "Facial recognition details", "Data sources and human oversight", "Supporting documents",
                    "Before you submit"):
        assert section in content
    # Without JavaScript the facial-recognition questions are there, with a note saying when they apply.
    assert 'name="fr_mode"' in content and "Answer this section only if you selected" in content
    assert "js/application_form.js" in content


def test_it_saves_a_draft_with_almost_nothing_in_it(client, alice):
    client.force_login(alice)
    response = client.post(NEW, {"action": "save", "title": "Half an idea", "end_users-TOTAL_FORMS": "0",
                                 "end_users-INITIAL_FORMS": "0"})
    application = Application.objects.get(created_by=alice)
    assert response.status_code == 302
    assert response["Location"] == _edit_url(application)
    assert (application.state, application.title, application.description) == (State.DRAFT, "Half an idea", "")


def test_it_submits_a_complete_application_and_screens_it(client, alice, northshire,
                                                          django_capture_on_commit_callbacks):
    client.force_login(alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(NEW, form_data(northshire, action="submit"))
    application = Application.objects.get(created_by=alice)
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:application_detail", args=[application.public_id])
    assert application.state == State.HUMAN_REVIEW
    assert application.attested_at is not None


def test_an_incomplete_submission_shows_each_error_next_to_its_field_and_keeps_the_text(client, alice, northshire):
    client.force_login(alice)
    data = form_data(northshire, action="submit", description="", capabilities=["facial_recognition"],
                     fr_purpose="Find missing persons in archived footage.", human_oversight="Two officers check.",
                     end_users=[{"name": "Southshire Constabulary", "type": "police_department", "country": ""}])
    response = client.post(NEW, data)
    form = response.context["form"]
    assert response.status_code == 422
    assert set(form.errors) >= {"description", "fr_mode", "fr_sources", "fr_environment"}
    assert "required" in form.errors["description"][0]
    assert form.end_user_formset.forms[0].errors["country"] == ["This field is required."]
    content = response.content.decode()
    assert "Find missing persons in archived footage." in content
    assert "Two officers check." in content and 'value="Southshire Constabulary"' in content
    # The draft is kept, with what was typed, so closing the page now loses nothing.
    application = Application.objects.get(created_by=alice)
    assert application.state == State.DRAFT
    assert application.fr_purpose == "Find missing persons in archived footage."


def test_submitting_needs_all_three_attestations(client, alice, northshire):
    client.force_login(alice)
    data = form_data(northshire, action="submit", attested=False, attest_accurate="on")
    response = client.post(NEW, data)
    form = response.context["form"]
    assert response.status_code == 422
    assert "attest_accurate" not in form.errors
    assert set(form.errors) == {"attest_no_us_police_fr", "attest_code_of_conduct"}
    assert Application.objects.get(created_by=alice).state == State.DRAFT


def test_saving_a_draft_does_not_ask_for_attestations(client, alice, northshire):
    client.force_login(alice)
    response = client.post(NEW, form_data(northshire, attested=False, description=""))
    assert response.status_code == 302
    assert Application.objects.get(created_by=alice).state == State.DRAFT


def test_end_users_are_added_removed_and_blank_rows_ignored(client, alice, northshire):
    application = _draft(alice)
    client.force_login(alice)
    data = form_data(northshire, end_users=[
        {"name": "Southshire Constabulary", "type": "police_department", "country": "GB"},
        {"name": "", "type": "", "country": ""},
        {"name": "Eastshire Police", "type": "police_department", "country": "gb", "DELETE": "on"},
        {"name": "Westshire Council", "type": "government", "country": "GB"},
    ])
    assert client.post(_edit_url(application), data).status_code == 302
    assert [(e.name, e.position) for e in application.end_users.all()] == [
        ("Southshire Constabulary", 0), ("Westshire Council", 1),
    ]


def test_without_javascript_add_an_end_user_gives_one_more_row_and_keeps_the_input(client, alice, northshire):
    application = _draft(alice)
    client.force_login(alice)
    data = form_data(northshire, action="add_end_user", title="Typed but not saved",
                     end_users=[{"name": "Southshire Constabulary", "type": "police_department", "country": "GB"}])
    response = client.post(_edit_url(application), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert len(response.context["formset"].forms) == 2
    assert 'value="Typed but not saved"' in content and 'value="Southshire Constabulary"' in content
    assert Application.objects.get(pk=application.pk).title == "Summaries of case files"


def test_an_end_user_error_is_placed_on_the_right_row(client, alice, northshire):
    application = _draft(alice)
    client.force_login(alice)
    data = form_data(northshire, action="submit", end_users=[
        {"name": "", "type": "", "country": ""},
        {"name": "Southshire Constabulary", "type": "", "country": "GB"},
    ])
    response = client.post(_edit_url(application), data)
    forms = response.context["formset"].forms
    assert response.status_code == 422
    assert not forms[0].errors
    assert "type" in forms[1].errors


def test_a_us_police_department_declaring_facial_recognition_is_denied_and_reads_why(
        client, db, django_capture_on_commit_callbacks):
    metro = make_organization(name="Metro City Police Department", type="police_department", country="US")
    officer = make_user("officer@metrocity-pd.example", roles=["applicant"], organization=metro)
    client.force_login(officer)
    data = form_data(metro, action="submit", capabilities=["facial_recognition"], fr_mode="retrospective",
                     fr_sources=["booking_photos"], fr_environment="controlled", fr_purpose="Identify suspects.")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(NEW, data)
    content = client.get(response["Location"]).content.decode()
    application = Application.objects.get(created_by=officer)
    assert application.state == State.DENIED
    assert "Why it was denied" in content
    for reason in application.denial_reasons:
        assert str(reason).replace("'", "&#x27;").replace('"', "&quot;") in content


def test_a_second_click_on_submit_gives_a_clear_message_not_an_error(client, alice, northshire,
                                                                      django_capture_on_commit_callbacks):
    application = _draft(alice)
    client.force_login(alice)
    data = form_data(northshire, action="submit")
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(_edit_url(application), data)
    second = client.post(_edit_url(application), data, follow=True)
    assert first.status_code == 302
    assert second.status_code == 200
    assert "can no longer be edited" in second.content.decode()
    assert Application.objects.filter(created_by=alice).count() == 1
    assert AuditEvent.objects.for_subject(application).filter(action="application.submit").count() == 1


def test_the_same_new_form_posted_twice_makes_one_application(client, alice, northshire):
    client.force_login(alice)
    token = client.get(NEW).context["token"]
    data = form_data(northshire, action="submit", token=token)
    client.post(NEW, data)
    second = client.post(NEW, data, follow=True)
    assert second.status_code == 200
    assert Application.objects.filter(created_by=alice).count() == 1
    assert Application.objects.get(created_by=alice).state == State.SUBMITTED


def test_a_submitted_application_cannot_be_edited(client, alice, northshire):
    application = _draft(alice)
    services.application_submit(application=application, by=alice, attested=True)
    client.force_login(alice)
    response = client.get(_edit_url(application))
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:application_detail", args=[application.public_id])


TEXT_FIELDS = ["title", "description", "fr_purpose", "data_sources", "human_oversight"]


def test_html_in_every_text_field_is_shown_escaped(client, alice, northshire):
    client.force_login(alice)
    data = form_data(northshire, capabilities=["facial_recognition"], fr_mode="retrospective",
                     fr_sources=["booking_photos"], fr_environment="controlled",
                     end_users=[{"name": "<script>alert('end_user')</script>", "type": "government",
                                 "country": "GB"}])
    for field in TEXT_FIELDS:
        data[field] = f"<script>alert('{field}')</script><b>bold</b>"
    client.post(NEW, data)
    application = Application.objects.get(created_by=alice)
    assert application.title.startswith("<script>")  # stored as typed; escaped when shown
    pages = [_edit_url(application), reverse("reviews:application_detail", args=[application.public_id]),
             reverse("reviews:application_list")]
    for url in pages:
        content = client.get(url).content.decode()
        assert "<script>alert" not in content, url
        assert "<b>bold" not in content, url
        assert "&lt;script&gt;alert(&#x27;title&#x27;)" in content, url
    detail = client.get(pages[1]).content.decode()
    for field in [*TEXT_FIELDS, "end_user"]:
        assert f"&lt;script&gt;alert(&#x27;{field}&#x27;)&lt;/script&gt;" in detail, field


def test_html_is_escaped_when_the_form_comes_back_with_errors(client, alice, northshire):
    client.force_login(alice)
    data = form_data(northshire, action="submit", description="", capabilities=[])
    for field in TEXT_FIELDS:
        data[field] = f"<script>alert('{field}')</script>"
    content = client.post(NEW, data).content.decode()
    assert "<script>alert" not in content
    for field in ("title", "data_sources"):
        assert f"&lt;script&gt;alert(&#x27;{field}&#x27;)&lt;/script&gt;" in content


@pytest.mark.parametrize("bad", [
    {},  # nothing at all
    {"action": "submit"},  # no fields, no management form
    {"end_users-TOTAL_FORMS": "many", "end_users-INITIAL_FORMS": "x"},
    {"end_users-TOTAL_FORMS": "100000000", "end_users-INITIAL_FORMS": "0"},
    {"capabilities": "not-a-capability"},
    {"capabilities": ["summarization", ["nested"]]},
    {"org_type": ["vendor", "commercial"], "org_country": "Narnia"},
    {"fr_mode": "sometimes", "fr_sources": "everywhere", "capabilities": "facial_recognition"},
    {"title": "x" * 5000},
    {"title": ["a", "b"], "description": {"nested": "dict"}},
    {"action": "something-else"},
    {"token": "t" * 10000},
])
@pytest.mark.parametrize("action", ["save", "submit"])
def test_bad_input_never_gives_a_500(client, alice, northshire, bad, action):
    client.force_login(alice)
    data = {**form_data(northshire, action=action), **bad} if bad else {}
    response = client.post(NEW, data)
    assert response.status_code in (200, 302, 422), response.status_code
    if response.status_code == 422:
        assert "Nothing was saved" in response.content.decode() or response.context["form"].errors


def test_unknown_values_are_reported_not_stored(client, alice, northshire):
    client.force_login(alice)
    response = client.post(NEW, form_data(northshire, capabilities=["summarization", "mind_reading"]))
    assert response.status_code == 422
    assert "capabilities" in response.context["form"].errors
    assert not Application.objects.filter(created_by=alice).exists()


def test_attestations_are_kept_checked_when_the_form_comes_back(client, alice, northshire):
    client.force_login(alice)
    response = client.post(NEW, form_data(northshire, action="submit", description="", **ATTESTED))
    assert response.status_code == 422
    assert response.context["form"]["attest_accurate"].value() is True


def test_an_applicant_without_an_organisation_is_sent_to_the_organisation_step(client, db):
    lone = make_user("lone@example.org", roles=["applicant"])
    client.force_login(lone)
    response = client.get(NEW)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:organization_home")


def test_staff_cannot_start_an_application(client, audrey):
    client.force_login(audrey)
    assert client.get(NEW).status_code == 403


def test_a_member_who_is_not_an_applicant_is_offered_no_application(client, northshire, db):
    """Applying is for applicants: a member without that role sees no "New application" and may
    not open the form (the list and the form ask the same permission)."""
    member = make_user("records@northshire.example", organization=northshire)
    client.force_login(member)
    assert reverse("reviews:application_new") not in client.get(reverse("reviews:application_list")).content.decode()
    assert client.get(NEW).status_code == 403


def test_a_member_of_two_organisations_says_which_one_applies(client, alice, acme):
    from accounts.models import Membership

    Membership.objects.create(user=alice, organization=acme)
    client.force_login(alice)
    assert "Which of your organisations is applying?" in client.get(NEW).content.decode()
    client.post(NEW, form_data(acme, organization=acme.public_id))
    assert Application.objects.get(created_by=alice).organization == acme


def test_nobody_applies_for_an_organisation_they_do_not_belong_to(client, alice, acme):
    client.force_login(alice)
    client.post(NEW, form_data(acme, organization=acme.public_id))
    assert Application.objects.get(created_by=alice).organization == alice.organizations.first()


def test_who_applies_comes_from_the_profile_whatever_is_typed(client, alice, northshire,
                                                               django_capture_on_commit_callbacks):
    """Posting another organisation's name, type and country changes nothing: the facts take the
    organisation from its profile, at every save and at submission."""
    client.force_login(alice)
    data = form_data(northshire, action="submit", org_name="Harmless Ltd", org_type="commercial", org_country="DE",
                     org_region="Bavaria")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(NEW, data)
    application = Application.objects.get(created_by=alice)
    assert (application.org_name, application.org_type, application.org_country) == (
        "Northshire Police", "police_department", "GB")
    screened = application.latest_screening.facts["organization"]
    assert (screened["name"], screened["type"], screened["country"]) == ("Northshire Police", "police_department", "GB")
    assert screened["verified"] is True
    assert "law-enforcement-use" in application.matched_rule_ids


def test_it_asks_where_the_system_will_be_used_and_screens_those_places(client, alice, northshire,
                                                                        django_capture_on_commit_callbacks):
    client.force_login(alice)
    data = form_data(northshire, action="submit", deployment_countries="de, FR",
                     deployment_subdivisions="DE-BE", deployment_localities="Berlin, Paris")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(NEW, data)
    application = Application.objects.get(created_by=alice)
    assert application.deployment == {"countries": ["de", "FR"], "subdivisions": ["DE-BE"],
                                      "localities": ["Berlin", "Paris"]}
    assert application.latest_screening.facts["deployment"] == {
        "countries": ["DE", "FR"], "subdivisions": ["DE-BE"], "localities": ["Berlin", "Paris"]}
    page = client.get(_edit_url(application)) if application.state == State.DRAFT else None
    assert page is None or 'value="DE-BE"' in page.content.decode()


def test_a_wrong_deployment_code_is_shown_next_to_its_field(client, alice, northshire):
    client.force_login(alice)
    response = client.post(NEW, form_data(northshire, action="submit", deployment_subdivisions="Bavaria"))
    assert response.status_code == 422
    assert "ISO 3166-2" in response.context["form"].errors["deployment_subdivisions"][0]


def test_the_schemas_messages_are_shown_in_the_readers_language_with_what_was_typed(client, alice, northshire):
    client.force_login(alice)
    response = client.post(NEW, form_data(northshire, action="submit", capabilities=["facial_recognition"],
                                          fr_mode="realtime", fr_environment="uncontrolled",
                                          deployment_subdivisions="Bavaria"), HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 422
    errors = response.context["form"].errors
    assert errors["fr_sources"] == ["Wählen Sie mindestens eine Quelle."]
    assert errors["deployment_subdivisions"] == [
        "'Bavaria' ist kein Code einer Verwaltungseinheit nach ISO 3166-2 (z. B. „US-CA“, „DE-BY“)."]
