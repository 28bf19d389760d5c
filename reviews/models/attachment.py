"""Supporting documents of an application: PDF only, up to 10 MB, checked by content rather
than by name, stored under a random name and served only through a view that checks access."""
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction

from accounts.models import new_public_id

MAX_BYTES = 10 * 1024 * 1024
PDF_MAGIC = b"%PDF-"


def check_pdf(upload) -> None:
    """Refuse anything but a PDF of at most 10 MB, whatever its name or declared type says."""
    if upload.size > MAX_BYTES:
        raise ValidationError(f"The file is too large: at most 10 MB (this one is {upload.size / 1024 / 1024:.1f} MB).")
    upload.seek(0)
    # The magic bytes may follow a little leading garbage; readers accept it within the first 1 KB.
    head = upload.read(1024)
    upload.seek(0)
    if PDF_MAGIC not in head:
        raise ValidationError("This file is not a PDF. Only PDF documents are accepted.")


def _random_path(instance, filename: str) -> str:
    # Never the uploaded name on disk: it may be hostile, and it would be guessable.
    return f"attachments/{secrets.token_hex(16)}.pdf"


class Attachment(models.Model):
    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)
    application = models.ForeignKey("reviews.Application", on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=_random_path, max_length=200)
    original_name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.original_name


def attachment_add(*, application, by, upload) -> Attachment:
    """Store a checked PDF on an application its uploader may edit, with an audit event."""
    from accounts import roles
    from audit.services import audit_event_record
    from reviews.services.applicant import EDITABLE_STATES
    from reviews.services.errors import ActionInvalid, ActionNotAllowed
    from reviews.services.transitions import locked

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
            application = locked(application)
            if not roles.is_applicant_member(by, application):
                raise ActionNotAllowed("You are not allowed to add documents to this application.")
            if application.state not in EDITABLE_STATES:
                raise ActionNotAllowed("Documents can be added only while the application can be edited.")
            attachment.application = application
            attachment.file.save("document.pdf", upload, save=False)
            attachment.save()
            audit_event_record(action="application.document_added", actor=by, application=application,
                               data={"attachment": attachment.public_id, "size": attachment.size})
    except BaseException:
        # Nothing was recorded, so the stored file must not linger.
        if attachment.file:
            attachment.file.delete(save=False)
        raise
    return attachment


def attachment_remove(*, attachment: Attachment, by) -> None:
    """Take a document off an application that can still be edited; the file goes after commit."""
    from accounts import roles
    from audit.services import audit_event_record
    from reviews.services.applicant import EDITABLE_STATES
    from reviews.services.errors import ActionNotAllowed
    from reviews.services.transitions import locked

    with transaction.atomic(durable=True):
        application = locked(attachment.application)
        if not roles.is_applicant_member(by, application):
            raise ActionNotAllowed("You are not allowed to remove documents of this application.")
        if application.state not in EDITABLE_STATES:
            raise ActionNotAllowed("Documents can be removed only while the application can be edited.")
        name, public_id = attachment.file.name, attachment.public_id
        attachment.delete()
        audit_event_record(action="application.document_removed", actor=by, application=application,
                           data={"attachment": public_id})
        storage = attachment.file.storage
        transaction.on_commit(lambda: storage.delete(name))
