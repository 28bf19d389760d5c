"""The person behind the current request, for audit events raised far from a view
(e.g. a role change saved through the Django admin)."""
from contextvars import ContextVar

_actor: ContextVar = ContextVar("audit_actor", default=None)


def current_actor():
    return _actor.get()


class AuditActorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        token = _actor.set(user if user is not None and user.is_authenticated else None)
        try:
            return self.get_response(request)
        finally:
            _actor.reset(token)
