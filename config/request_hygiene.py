"""Request hygiene, decided once for every page: a control character (a NUL byte above all) in
the path, a query parameter or a form field is refused before any view runs, with a message that
says where it was. No legitimate input carries one, and PostgreSQL refuses NUL in text, so
letting it through would only turn into a 500 somewhere deeper."""
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound, QueryDict
from django.utils import translation
from django.utils.translation import gettext as _

from request_values import PATH_CONTROL_CHARACTERS, has_control_characters

PLAIN_TEXT = "text/plain; charset=utf-8"


def _printable(name: str) -> str:
    return repr(name[:64])


def control_character_refusal(request) -> HttpResponse | None:
    """The response refusing this request, or None when it is clean. Worded in the request's
    language: this runs before LocaleMiddleware, so it asks the same question itself."""
    with translation.override(translation.get_language_from_request(request)):
        return _refusal(request)


def _refusal(request) -> HttpResponse | None:
    if PATH_CONTROL_CHARACTERS.search(request.path):
        return HttpResponseNotFound(_("No such page: the address contains a control character."),
                                    content_type=PLAIN_TEXT)
    in_query = _("The query parameter %(name)s contains a control character (such as a NUL byte), which no valid "
                 "input has. Nothing was done.")
    in_form = _("The form field %(name)s contains a control character (such as a NUL byte), which no valid input "
                "has. Nothing was done.")
    for message, data in ((in_query, request.GET), (in_form, _form_fields(request))):
        for name, values in data.lists():
            if has_control_characters(name) or any(has_control_characters(v) for v in values):
                return HttpResponseBadRequest(message % {"name": _printable(name)}, content_type=PLAIN_TEXT)
    return None


def _form_fields(request):
    # Only form posts carry fields; reading request.POST also parses (and limits) the body here,
    # which the CSRF check would do next anyway.
    return request.POST if request.method == "POST" else QueryDict()


def _clean_cookies(request) -> None:
    """A cookie with a control character was never set by us: drop it, as if not sent."""
    for name in [n for n, v in request.COOKIES.items() if has_control_characters(n) or has_control_characters(v)]:
        del request.COOKIES[name]


class RequestHygieneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _clean_cookies(request)
        refusal = control_character_refusal(request)
        if refusal is not None:
            return refusal
        return self.get_response(request)
