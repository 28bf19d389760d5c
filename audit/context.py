"""The person behind the current request, for audit events raised far from a view
(e.g. a role change saved through the Django admin), and the channel they acted through
(an API key), which every event written meanwhile names."""
from contextlib import contextmanager
from contextvars import ContextVar

_actor: ContextVar = ContextVar("audit_actor", default=None)
_via: ContextVar = ContextVar("audit_via", default=None)


def current_actor():
    return _actor.get()


def current_channel() -> dict | None:
    return _via.get()


@contextmanager
def acting_through(channel: dict):
    """Every audit event written inside names `channel` (e.g. {"api_key": prefix, "name": …})."""
    token = _via.set(dict(channel))
    try:
        yield
    finally:
        _via.reset(token)


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
