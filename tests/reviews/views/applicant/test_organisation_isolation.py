"""Applicants of one organisation see nothing of another's: every page and download is a 404,
and no action changes anything."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reviews import urls as application_urls
from reviews.models import Application, Attachment
from reviews.services.attachments import attachment_add
from reviews.states import State
from tests.reviews.helpers import application_in_state
from tests.reviews.views.applicant.helpers import PDF, form_data, stored_attachment

# Every page of an application, with the method(s) that reach it.
PER_APPLICATION = {
    "application_detail": ["get"],
    "application_edit": ["get", "post"],
    "application_withdraw": ["post"],
    "application_resubmit": ["post"],
    "application_appeal": ["post"],
    "application_message": ["post"],
    "application_unpublish": ["post"],
    "application_document": ["get"],
}
NOT_PER_APPLICATION = {"application_list", "application_new"}


def _urls(application: Application, attachment: Attachment):
    for name, methods in PER_APPLICATION.items():
        args = [application.public_id]
        if name == "application_document":
            args.append(attachment.public_id)
        for method in methods:
            yield name, method, reverse(f"reviews:{name}", args=args)


def test_every_applicant_page_is_covered_here():
    names = {pattern.name for pattern in application_urls.urlpatterns if pattern.name.startswith("application_")}
    assert set(PER_APPLICATION) | NOT_PER_APPLICATION == names


def test_any_other_page_of_an_application_refuses_another_organisation_too(client, alice, carol, rita):
    """Pages added later to the namespace (reviewers' pages, say) are checked as well."""
    application = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    client.force_login(alice)
    for pattern in application_urls.urlpatterns:
        converters = getattr(pattern.pattern, "converters", {})
        if "public_id" not in converters or pattern.name in PER_APPLICATION:
            continue
        kwargs = {key: application.public_id if key == "public_id" else "x" for key in converters}
        url = reverse(f"reviews:{pattern.name}", kwargs=kwargs)
        for method in ("get", "post"):
            assert getattr(client, method)(url).status_code in (403, 404, 405), (pattern.name, method)
    assert Application.objects.get(pk=application.pk).state == State.HUMAN_REVIEW


@pytest.mark.parametrize("state", [State.DRAFT, State.HUMAN_REVIEW, State.NEEDS_INFO, State.DENIED, State.APPROVED])
def test_applicants_of_another_organisation_get_404_everywhere(client, alice, carol, rita, state):
    application = application_in_state(state, applicant=carol, reviewer=rita)
    attachment = stored_attachment(application, carol)
    before = Application.objects.get(pk=application.pk)
    client.force_login(alice)
    body = {**form_data(alice.organizations.first(), action="submit"), "statement": "Let us in.", "body": "Hello"}
    for name, method, url in _urls(application, attachment):
        response = getattr(client, method)(url, body if method == "post" else None)
        assert response.status_code == 404, (name, method, response.status_code)
    after = Application.objects.get(pk=application.pk)
    assert (after.state, after.title, after.updated_at) == (before.state, before.title, before.updated_at)
    assert not after.messages.filter(author=alice).exists()


def test_a_document_cannot_be_fetched_through_another_application(client, alice, carol, rita):
    """Guessing a document id is not enough: it must belong to the application in the URL."""
    carols = application_in_state(State.DRAFT, applicant=carol, reviewer=rita)
    alices = application_in_state(State.DRAFT, applicant=alice, reviewer=rita)
    attachment = attachment_add(application=alices, by=alice,
                                upload=SimpleUploadedFile("plan.pdf", PDF, content_type="application/pdf"))
    client.force_login(carol)
    url = reverse("reviews:application_document", args=[carols.public_id, attachment.public_id])
    assert client.get(url).status_code == 404


def test_a_colleague_sees_and_may_act_on_the_organisations_application(client, alice, bob, rita):
    application = application_in_state(State.DRAFT, applicant=alice, reviewer=rita)
    client.force_login(bob)
    assert client.get(reverse("reviews:application_detail", args=[application.public_id])).status_code == 200
    assert client.get(reverse("reviews:application_edit", args=[application.public_id])).status_code == 200


def test_a_reviewer_cannot_act_as_the_applicant(client, alice, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.force_login(rita)
    for name in ("withdraw", "message"):
        response = client.post(reverse(f"reviews:application_{name}", args=[application.public_id]), {"body": "x"})
        assert response.status_code == 403  # may read it, may not act as the applicant
    assert Application.objects.get(pk=application.pk).state == State.HUMAN_REVIEW


def test_an_unknown_application_is_a_404(client, alice):
    client.force_login(alice)
    assert client.get(reverse("reviews:application_detail", args=["no-such-id"])).status_code == 404
