"""The one way a page declares who may open it: a permission of `accounts.roles`' vocabulary.

Anonymous people are sent to sign in; signed-in people without the permission get 403 with a
message saying who may. What a person may do with one object (an application) is asked of
`reviews.permissions`, not here.
"""
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied


def permission_required(perm: str, message: str):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(perm):
                raise PermissionDenied(message)
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator
