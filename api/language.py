"""The JSON API answers in English, whatever the request's Accept-Language, language cookie or
the key creator's saved language: its words (a problem's `detail`, the field errors, a state's
label, the timeline) are part of what programs read, and every client gets the same ones. The
organisation's pages about its keys and webhooks (api/pages.py) are pages for people, outside
/api/, and stay in the reader's language."""
from django.utils import translation

API_PATH_PREFIX = "/api/"
API_LANGUAGE = "en"


class EnglishAPIMiddleware:
    """After LocaleMiddleware and UserLanguageMiddleware, which pick the reader's language: under
    /api/ the view, DRF's own messages, the exception handler and the rendering run in English."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PATH_PREFIX):
            return self.get_response(request)
        with translation.override(API_LANGUAGE):
            request.LANGUAGE_CODE = API_LANGUAGE
            response = self.get_response(request)
        # LocaleMiddleware would otherwise name the language it picked, not the one answered in.
        response.headers["Content-Language"] = API_LANGUAGE
        return response
