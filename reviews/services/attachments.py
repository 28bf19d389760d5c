"""Supporting documents: adding and removing them, checked and audited like every other change."""
from django.core.exceptions import ValidationError
from django.db import transaction

from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews.models.attachment import Attachment, check_pdf
from reviews.services.applicant import locked_for_editing
from reviews.services.errors import ActionInvalid


def attachment_add(*, application, by, upload) -> Attachment:
    """Store a checked PDF on an application its uploader may edit, with an audit event."""
    try:
        check_pdf(upload)
    except ValidationError as exc:
        raise ActionInvalid({"document": exc.messages[0]}, exc.messages[0]) from exc
    name = (upload.name or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    # Shown on pages and sent back in a header when downloaded: printable characters only.
    name = "".join(c for c in name if c.isprintable()).strip()[:200] or "document.pdf"
    attachment = Attachment(original_name=name, size=upload.size, uploaded_by=by)
    try:
        with transaction.atomic(durable=True):
            application = locked_for_editing(application, by=by)
            attachment.application = application
            attachment.file.save("document.pdf", upload, save=False)
            attachment.save()
            audit_event_record(action=AuditEventType.APPLICATION_DOCUMENT_ADDED, actor=by, subject=application,
                               data={"attachment": attachment.public_id, "size": attachment.size})
    except BaseException:
        # Nothing was recorded, so the stored file must not linger.
        if attachment.file:
            attachment.file.delete(save=False)
        raise
    return attachment


def attachment_remove(*, attachment: Attachment, by) -> None:
    """Take a document off an application that can still be edited; the file goes after commit."""
    with transaction.atomic(durable=True):
        application = locked_for_editing(attachment.application, by=by)
        name, public_id = attachment.file.name, attachment.public_id
        attachment.delete()
        audit_event_record(action=AuditEventType.APPLICATION_DOCUMENT_REMOVED, actor=by, subject=application,
                           data={"attachment": public_id})
        storage = attachment.file.storage
        transaction.on_commit(lambda: storage.delete(name))
