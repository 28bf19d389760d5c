"""Who may open the oversight pages: auditors and admins read; only admins change policies.

Anonymous people are sent to sign in; signed-in people without the role get 403.
"""
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied


def _requiring(perm: str, message: str):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(perm):
                raise PermissionDenied(message)
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator


auditor_required = _requiring("audit.view_log", "Only auditors and admins may see this page.")
policy_admin_required = _requiring("screening.manage_policy", "Only admins may change policy versions.")
