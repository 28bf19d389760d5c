"""Idempotency-Key on every POST: the first request with a key does the work and its answer is
kept for 24 hours; a retry with the same key gets that answer back and changes nothing.

The claim on a key is a row inserted (and committed) before the work starts, under a unique
constraint, so of twenty concurrent requests exactly one does the work; the others wait for its
answer (or, if it takes too long, are told it is still in progress: 409). A request that fails
with a server error releases its claim, so the client can retry.
"""
import functools
import hashlib
import json
import time

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from api.models import IdempotencyRecord
from api.problems import problem

HEADER = "Idempotency-Key"
WAIT_SECONDS = 10


def _fingerprint(request) -> str:
    digest = hashlib.sha256()
    digest.update(request.method.encode())
    digest.update(request.path.encode())
    content_type = request.content_type or ""
    digest.update(content_type.encode())
    if content_type.startswith("multipart/"):
        # The parsed form, not the raw bytes: a multipart boundary differs on every retry.
        for key in sorted(request.data.keys()):
            for value in request.data.getlist(key):
                if hasattr(value, "read"):
                    value.seek(0)
                    digest.update(key.encode() + hashlib.sha256(value.read()).digest())
                    value.seek(0)
                else:
                    digest.update(f"{key}={value}".encode())
    else:
        digest.update(request.body)
    return digest.hexdigest()


def _replay(record: IdempotencyRecord) -> Response:
    response = Response(json.loads(record.body) if record.body else None, status=record.status_code, content_type=record.content_type or None)
    response["Idempotent-Replayed"] = "true"
    return response


def _claim(api_key, key: str, fingerprint: str) -> tuple[IdempotencyRecord, bool]:
    horizon = timezone.now() - timezone.timedelta(seconds=settings.API_IDEMPOTENCY_SECONDS)
    IdempotencyRecord.objects.filter(api_key=api_key, key=key, created_at__lt=horizon).delete()
    try:
        with transaction.atomic():
            return IdempotencyRecord.objects.create(api_key=api_key, key=key, fingerprint=fingerprint), True
    except IntegrityError:
        return IdempotencyRecord.objects.get(api_key=api_key, key=key), False


def idempotent(handler):
    """Wrap a POST handler of an APIView."""

    @functools.wraps(handler)
    def wrapped(view, request, *args, **kwargs):
        key = request.headers.get(HEADER)
        if key is None:
            return handler(view, request, *args, **kwargs)
        if not key.strip() or len(key) > 255:
            return problem(400, f"{HEADER} must be 1 to 255 characters.")
        # Read the body now: DRF's parsers consume the stream.
        request.data  # noqa: B018
        fingerprint = _fingerprint(request)
        try:
            record, mine = _claim(request.auth, key, fingerprint)
        except IdempotencyRecord.DoesNotExist:  # released meanwhile by a failed first request
            record, mine = _claim(request.auth, key, fingerprint)
        if not mine:
            if record.fingerprint != fingerprint:
                return problem(422, f"This {HEADER} was used for a different request.")
            deadline = time.monotonic() + WAIT_SECONDS
            while record.status_code is None and time.monotonic() < deadline:
                time.sleep(0.05)
                record = IdempotencyRecord.objects.filter(pk=record.pk).first()
                if record is None:
                    return problem(409, "The first request with this key failed; send it again.")
            if record.status_code is None:
                return problem(409, "A request with this key is still in progress; retry in a moment.")
            return _replay(record)
        try:
            try:
                response = handler(view, request, *args, **kwargs)
            except Exception as exc:
                response = view.handle_exception(exc)  # the problem+json answer; re-raises if none
        except BaseException:
            record.delete()
            raise
        if response.status_code >= 500:
            record.delete()
            return response
        record.status_code = response.status_code
        record.body = json.dumps(response.data, cls=JSONEncoder) if response.data is not None else ""
        record.content_type = response.content_type or ""
        record.save(update_fields=["status_code", "body", "content_type"])
        return response

    return wrapped
