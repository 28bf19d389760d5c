"""Errors as `application/problem+json` (RFC 9457). A refusal of the services keeps its message
(the same words as on the pages); invalid input names each field by its path in the facts
document (design §2), as `manage.py screen` does, in the member `fields`."""
from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from reviews.services.errors import ActionConflict, ActionInvalid, ActionNotAllowed
from screening.facts import FactsError

CONTENT_TYPE = "application/problem+json"
TYPE_BASE = "https://usecase-review.example/problems/"

TITLES = {
    400: "The request is malformed",
    401: "Authentication required",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict with the application's current state",
    413: "Request too large",
    415: "Unsupported media type",
    422: "The input is not valid",
    429: "Too many requests",
}
TYPES = {400: "malformed", 401: "unauthenticated", 403: "not-allowed", 404: "not-found", 405: "method-not-allowed",
         406: "not-acceptable", 409: "conflict", 413: "too-large", 415: "unsupported-media-type", 422: "invalid",
         429: "rate-limited"}


def problem(status_code: int, detail: str, *, fields: dict | None = None, headers: dict | None = None,
            **extra) -> Response:
    body = {"type": TYPE_BASE + TYPES.get(status_code, "error"), "title": TITLES.get(status_code, "Error"),
            "status": status_code, "detail": detail}
    if fields:
        body["fields"] = {str(k): str(v) for k, v in fields.items()}
    body.update(extra)
    return Response(body, status=status_code, headers=headers, content_type=CONTENT_TYPE)


def _flatten(detail, prefix: str = "") -> dict[str, str]:
    """DRF's nested error details as {"a.b.0": "message"}."""
    if isinstance(detail, dict):
        out = {}
        for key, value in detail.items():
            path = str(key) if key != "non_field_errors" else "__all__"
            out.update(_flatten(value, f"{prefix}.{path}" if prefix else path))
        return out
    if isinstance(detail, list):
        if all(not isinstance(item, dict | list) for item in detail):
            return {prefix or "__all__": " ".join(str(item) for item in detail)}
        out = {}
        for i, item in enumerate(detail):
            out.update(_flatten(item, f"{prefix}.{i}" if prefix else str(i)))
        return out
    return {prefix or "__all__": str(detail)}


def problem_exception_handler(exc, context):
    if isinstance(exc, ActionInvalid):
        return problem(422, exc.message, fields=exc.fields)
    if isinstance(exc, FactsError):
        return problem(422, "The facts document is not valid.", fields=exc.fields)
    if isinstance(exc, ActionConflict):
        return problem(409, exc.message)
    if isinstance(exc, ActionNotAllowed):
        return problem(403, exc.message)
    if isinstance(exc, Http404):
        return problem(404, str(exc) or "Not found.")
    if isinstance(exc, PermissionDenied):
        return problem(403, str(exc) or "Not allowed.")
    if isinstance(exc, exceptions.ValidationError):
        return problem(422, "The input is not valid.", fields=_flatten(exc.detail))
    response = exception_handler(exc, context)
    if response is None:
        return None
    headers = {name: value for name, value in response.items() if name in ("WWW-Authenticate", "Retry-After", "Allow")}
    detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
    if isinstance(exc, exceptions.NotAuthenticated | exceptions.AuthenticationFailed):
        # RFC 9110: a 401 carries a challenge; DRF answers 403 when it has none to offer.
        return problem(status.HTTP_401_UNAUTHORIZED, str(detail), headers={"WWW-Authenticate": "Bearer"})
    return problem(response.status_code, str(detail) if not isinstance(detail, dict | list) else "Error.",
                   headers=headers)
