"""The language a person reads the site in, and writes to them in.

Django's LocaleMiddleware picks each request's language: the switcher's cookie, else the
browser's Accept-Language, else LANGUAGE_CODE. A signed-in person's saved choice stands in for
the cookie (on a new browser, after signing in), and emails are written in their recipient's
saved language. The choice is saved at sign-up and whenever a signed-in person switches.
"""
from django.conf import settings
from django.utils import translation
from django.views.i18n import set_language as django_set_language


def supported_language(code: str | None) -> str:
    """`code` if it is one of the interface's languages, else ""."""
    return code if code in dict(settings.LANGUAGES) else ""


def language_for(user) -> str:
    """The language to write to `user` in: their saved choice, else the site's default."""
    return supported_language(getattr(user, "language", "")) or settings.LANGUAGE_CODE


def user_language_save(*, user, language: str) -> None:
    """Remember `language` for `user`: a preference, not a decision, so it is not audited."""
    if supported_language(language) and user.language != language:
        user.language = language
        user.save(update_fields=["language"])


def set_language(request):
    """Django's set_language (the cookie, the redirect to `next`), and for a signed-in person
    the choice saved on their account, so that it follows them to another browser and into emails."""
    response = django_set_language(request)
    if request.method == "POST" and request.user.is_authenticated:
        user_language_save(user=request.user, language=request.POST.get("language", ""))
    return response


class UserLanguageMiddleware:
    """After AuthenticationMiddleware: without the switcher's cookie, a signed-in person's saved
    language wins over the browser's Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen_here = supported_language(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))
        if not chosen_here and request.user.is_authenticated:
            language = supported_language(getattr(request.user, "language", ""))
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
