"""Supporting documents of an application: PDF only, up to 10 MB, checked by content rather
than by name, stored under a random name and served only through a view that checks access."""
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from accounts.models import new_public_id

MAX_BYTES = 10 * 1024 * 1024
PDF_MAGIC = b"%PDF-"


def check_pdf(upload) -> None:
    """Refuse anything but a PDF of at most 10 MB, whatever its name or declared type says."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The file is too large: at most 10 MB (this one is %(size)s MB).")
                              % {"size": number_format(upload.size / 1024 / 1024, decimal_pos=1)})
    upload.seek(0)
    # The magic bytes may follow a little leading garbage; readers accept it within the first 1 KB.
    head = upload.read(1024)
    upload.seek(0)
    if PDF_MAGIC not in head:
        raise ValidationError(_("This file is not a PDF. Only PDF documents are accepted."))


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
