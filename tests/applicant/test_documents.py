"""Supporting documents: PDF only (by content, not by name), at most 10 MB, stored under a
random name, downloaded only by those who may see the application."""
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from audit.models import AuditEvent
from reviews import services
from reviews.models import Application, Attachment
from reviews.states import State
from tests.applicant.helpers import PDF, form_data
from tests.factories import facts_for
from tests.reviews.helpers import application_in_state

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def _draft(user):
    org = user.organizations.first()
    return services.application_create_draft(organization=org, by=user, facts=facts_for(org))


def _upload(client, user, application, name, content, content_type="application/pdf"):
    data = form_data(user.organizations.first())
    data["document"] = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(reverse("applications:edit", args=[application.public_id]), data)


def test_a_pdf_is_stored_under_a_random_name_and_listed(client, alice, settings):
    application = _draft(alice)
    client.force_login(alice)
    response = _upload(client, alice, application, "impact assessment.pdf", PDF)
    assert response.status_code == 302
    attachment = Attachment.objects.get(application=application)
    assert attachment.original_name == "impact assessment.pdf"
    assert "impact" not in attachment.file.name and attachment.file.name.endswith(".pdf")
    assert (Path(settings.MEDIA_ROOT) / attachment.file.name).read_bytes() == PDF
    assert AuditEvent.objects.for_subject(application).filter(action="application.document_added").exists()
    page = client.get(reverse("applications:detail", args=[application.public_id])).content.decode()
    assert "impact assessment.pdf" in page


def test_a_member_downloads_it_as_an_attachment(client, alice, bob):
    application = _draft(alice)
    client.force_login(alice)
    _upload(client, alice, application, "plan.pdf", PDF)
    attachment = Attachment.objects.get(application=application)
    client.force_login(bob)
    response = client.get(reverse("applications:document", args=[application.public_id, attachment.public_id]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_executable_renamed_to_pdf_is_refused(client, alice):
    application = _draft(alice)
    client.force_login(alice)
    response = _upload(client, alice, application, "report.pdf", EXE)
    assert response.status_code == 422
    assert "This file is not a PDF" in response.content.decode()
    assert not Attachment.objects.exists()


def test_a_20_mb_file_is_refused_with_a_message(client, alice, settings):
    application = _draft(alice)
    client.force_login(alice)
    response = _upload(client, alice, application, "big.pdf", PDF + b"0" * (20 * 1024 * 1024))
    assert response.status_code == 422
    assert "at most 10 MB" in response.content.decode()
    assert not Attachment.objects.exists()
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.pdf"))


def test_the_rest_of_the_input_is_kept_when_a_document_is_refused(client, alice):
    application = _draft(alice)
    client.force_login(alice)
    data = form_data(alice.organizations.first(), title="Typed with the upload")
    data["document"] = SimpleUploadedFile("notes.pdf", b"just text", content_type="application/pdf")
    response = client.post(reverse("applications:edit", args=[application.public_id]), data)
    assert response.status_code == 422
    assert 'value="Typed with the upload"' in response.content.decode()


def test_documents_cannot_be_added_once_submitted(client, alice, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.force_login(alice)
    response = _upload(client, alice, application, "late.pdf", PDF)
    assert response.status_code == 302
    assert not Attachment.objects.exists()


def test_a_missing_file_on_disk_is_a_404_not_an_error(client, alice):
    application = _draft(alice)
    client.force_login(alice)
    _upload(client, alice, application, "plan.pdf", PDF)
    attachment = Attachment.objects.get(application=application)
    attachment.file.delete(save=False)
    response = client.get(reverse("applications:document", args=[application.public_id, attachment.public_id]))
    assert response.status_code == 404
    assert Application.objects.filter(pk=application.pk).exists()


def test_a_document_can_be_removed_while_editing_without_losing_the_typing(client, alice, settings):
    application = _draft(alice)
    client.force_login(alice)
    _upload(client, alice, application, "wrong.pdf", PDF)
    attachment = Attachment.objects.get(application=application)
    edit = client.get(reverse("applications:edit", args=[application.public_id])).content.decode()
    assert "wrong.pdf" in edit and "Remove when I save" in edit
    data = form_data(alice.organizations.first(), title="Kept while removing")
    data["remove_documents"] = [attachment.public_id]
    response = client.post(reverse("applications:edit", args=[application.public_id]), data)
    assert response.status_code == 302
    assert not Attachment.objects.exists()
    assert Application.objects.get(pk=application.pk).title == "Kept while removing"
    assert AuditEvent.objects.for_subject(application).filter(action="application.document_removed").exists()


def test_removing_a_document_of_another_application_is_refused(client, alice, carol):
    theirs = _draft(carol)
    client.force_login(carol)
    _upload(client, carol, theirs, "theirs.pdf", PDF)
    attachment = Attachment.objects.get(application=theirs)
    mine = _draft(alice)
    client.force_login(alice)
    data = form_data(alice.organizations.first(), remove_documents=[attachment.public_id])
    response = client.post(reverse("applications:edit", args=[mine.public_id]), data)
    assert response.status_code in (302, 422)
    assert Attachment.objects.filter(pk=attachment.pk).exists()
    _upload(client, alice, mine, "mine.pdf", PDF)
    response = client.post(reverse("applications:edit", args=[mine.public_id]), data)
    assert response.status_code == 422
    assert Attachment.objects.filter(pk=attachment.pk).exists()
