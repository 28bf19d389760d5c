"""Reviewers, auditors, admins and Django staff or superusers must enrol a TOTP authenticator
(design §4); `accounts.roles.must_use_mfa` says who."""
from django.conf import settings
from django.shortcuts import redirect

from accounts.roles import must_use_mfa

# Pages a staff member without MFA may still reach: enrolment itself, sign-out, the language
# switcher, static files.
ALLOWED_PREFIXES = ("/accounts/", "/i18n/", "/static/")


class StaffMFARequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.REQUIRE_STAFF_MFA
            and request.user.is_authenticated
            and not request.path.startswith(ALLOWED_PREFIXES)
            and must_use_mfa(request.user)
            and not _has_totp(request.user)
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def _has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
