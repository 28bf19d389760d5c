from django.urls import path, register_converter

from oversight.views import audit_log as views
from request_values import parse_int


class SequenceConverter:
    """An event's sequence number: ASCII digits a bigint holds; anything else is no page (404)."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        sequence = parse_int(value)
        if sequence is None:
            raise ValueError(value)
        return sequence

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(SequenceConverter, "sequence")

app_name = "audit"

urlpatterns = [
    path("", views.log, name="log"),
    path("events/<sequence:sequence>/", views.event_detail, name="event"),
    path("export/<str:fmt>/", views.export, name="export"),
    path("verify/", views.verify, name="verify"),
]
