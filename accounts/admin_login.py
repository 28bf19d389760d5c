"""The Django admin has no sign-in of its own: its login page sends people to the site's, where
allauth asks for the second factor. A password alone never opens `/admin/`."""
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "HEAD", "POST"])
def admin_login(request):
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        next_url = ""
    next_url = next_url or reverse("admin:index")
    if request.user.is_authenticated:
        if admin.site.has_permission(request):
            return redirect(next_url)
        # Signed in but not admin staff: the site's login would send them straight back here.
        raise PermissionDenied(_("This account cannot use the Django admin."))
    # A POST (the admin's own form) is never checked: no password reaches the admin's backend.
    return redirect_to_login(next_url)
