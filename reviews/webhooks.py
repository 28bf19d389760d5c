"""Webhook events: which changes produce which event, writing them to the outbox, and delivering
them signed per the Standard Webhooks specification.

`emit` runs inside the transaction of the change (the service layer calls it), so an event
exists exactly when its change committed. `deliver` posts one delivery with the row locked,
records the attempt, and on failure schedules the next one with exponential back-off until 24
hours have passed; an endpoint failing for 24 hours is disabled and the organisation is told.
"""
import datetime
import ipaddress
import json
import logging
import socket
import time
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from standardwebhooks.webhooks import Webhook

from accounts.language import language_for
from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews.models import Application, WebhookAttempt, WebhookDelivery, WebhookEndpoint
from reviews.models import webhook as events

log = logging.getLogger(__name__)

# The events each transition of the state machine produces (design §3).
TRANSITION_EVENTS: dict[str, tuple[str, ...]] = {
    "submit": (events.APPLICATION_RECEIVED,),
    "resubmit": (events.APPLICATION_RECEIVED,),
    "auto_deny": (events.APPLICATION_SCREENED, events.APPLICATION_DECIDED),
    "route_to_review": (events.APPLICATION_SCREENED,),
    "request_info": (events.APPLICATION_INFORMATION_REQUESTED,),
    "approve": (events.APPLICATION_DECIDED,),
    "sign_off": (events.APPLICATION_DECIDED,),
    "deny": (events.APPLICATION_DECIDED,),
    "revoke": (events.APPLICATION_DECIDED,),
    "expire": (events.APPLICATION_EXPIRED,),
}

RESPONSE_TIMEOUT_SECONDS = 10


def payload_for(application: Application, event_type: str) -> dict:
    """What a receiver is told: which application, and its state now. Nothing an applicant may
    not see; the details are one authenticated GET away (the `url`)."""
    return {
        "type": event_type,
        "timestamp": timezone.now().isoformat(),
        "data": {
            "application": application.public_id,
            "reference": application.reference,
            "state": application.state,
            "url": settings.SITE_URL + reverse("api:application", args=[application.public_id]),
        },
    }


def emit(application: Application, event_type: str) -> list[WebhookDelivery]:
    """Owe `event_type` to every active endpoint of the application's organisation subscribed to
    it; sent after commit. Call inside the transaction of the change."""
    endpoints = [e for e in WebhookEndpoint.objects.filter(organization_id=application.organization_id,
                                                           disabled_at__isnull=True, removed_at__isnull=True)
                 if event_type in e.events]
    if not endpoints:
        return []
    payload = payload_for(application, event_type)
    deliveries = [WebhookDelivery.objects.create(endpoint=endpoint, application=application, event_type=event_type,
                                                 payload=payload) for endpoint in endpoints]
    from reviews.tasks import enqueue_webhook_delivery

    ids = [d.pk for d in deliveries]
    transaction.on_commit(lambda: [enqueue_webhook_delivery(pk) for pk in ids])
    return deliveries


def emit_for_transition(application: Application, name: str) -> None:
    for event_type in TRANSITION_EVENTS.get(name, ()):
        emit(application, event_type)


def retry_delay(attempts: int) -> float:
    """Exponential back-off: base, 2×base, 4×base, … capped at six hours."""
    base = settings.WEBHOOK_RETRY_BASE_SECONDS
    return min(base * 2 ** max(attempts - 1, 0), 6 * 3600)


def non_public_address(hostname: str) -> str:
    """The address `hostname` resolves to if it is not a public one (loopback, private, link-local:
    a webhook must not be a way into the provider's own network), else "". Development and tests
    (WEBHOOK_ALLOW_HTTP) send to local receivers."""
    if settings.WEBHOOK_ALLOW_HTTP:
        return ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(hostname, 443, proto=socket.IPPROTO_TCP)}
    except (OSError, UnicodeError):
        return ""  # unresolvable now: the attempt fails and is retried like any other failure
    for address in addresses:
        if not ipaddress.ip_address(address.split("%", 1)[0]).is_global:
            return address
    return ""


def _post(endpoint: WebhookEndpoint, delivery: WebhookDelivery) -> tuple[int | None, str]:
    refused = non_public_address(urlsplit(endpoint.url).hostname or "")
    if refused:
        return None, f"Refused: the address resolves to {refused}, which is not a public address."
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True)
    sent_at = datetime.datetime.now(tz=datetime.UTC)
    signature = Webhook(endpoint.secret).sign(delivery.msg_id, sent_at, body)
    headers = {
        "content-type": "application/json",
        "user-agent": "Use-Case-Review-Webhooks/1",
        "webhook-id": delivery.msg_id,
        "webhook-timestamp": str(int(sent_at.timestamp())),
        "webhook-signature": signature,
    }
    try:
        response = requests.post(endpoint.url, data=body.encode(), headers=headers,
                                 timeout=RESPONSE_TIMEOUT_SECONDS, allow_redirects=False)
    except requests.RequestException as exc:
        return None, f"{type(exc).__name__}: {exc}"[:300]
    return response.status_code, ""


def deliver(*, delivery_id: int) -> str:
    """Attempt one delivery now (if it is still owed and no one else is sending it)."""
    with transaction.atomic():
        delivery = (WebhookDelivery.objects.select_for_update(skip_locked=True)
                    .filter(pk=delivery_id, delivered_at__isnull=True, given_up_at__isnull=True).first())
        if delivery is None:
            return "skipped"  # delivered, given up, or being sent by another worker right now
        endpoint = WebhookEndpoint.objects.select_related("organization").get(pk=delivery.endpoint_id)
        now = timezone.now()
        if not endpoint.is_active:
            delivery.given_up_at = now
            delivery.save(update_fields=["given_up_at"])
            return "endpoint inactive"
        started = time.monotonic()
        status, error = _post(endpoint, delivery)
        now = timezone.now()
        WebhookAttempt.objects.create(delivery=delivery, at=now, status_code=status, error=error,
                                      duration_ms=int((time.monotonic() - started) * 1000))
        delivery.attempts += 1
        delivery.last_status = status
        if status is not None and 200 <= status < 300:
            delivery.delivered_at = now
            delivery.save(update_fields=["attempts", "last_status", "delivered_at"])
            if endpoint.failing_since is not None:
                WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failing_since=None)
            return "delivered"
        window = datetime.timedelta(seconds=settings.WEBHOOK_RETRY_FOR_SECONDS)
        delay = retry_delay(delivery.attempts)
        if now + datetime.timedelta(seconds=delay) - delivery.created_at > window:
            delivery.given_up_at = now
        else:
            delivery.next_attempt_at = now + datetime.timedelta(seconds=delay)
        delivery.save(update_fields=["attempts", "last_status", "next_attempt_at", "given_up_at"])
        _note_failure(endpoint, now=now, window=window)
        if delivery.given_up_at is None:
            from reviews.tasks import enqueue_webhook_delivery

            transaction.on_commit(lambda: enqueue_webhook_delivery(delivery.pk, countdown=delay))
        return "failed"


def _note_failure(endpoint: WebhookEndpoint, *, now, window) -> None:
    if endpoint.failing_since is None:
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failing_since=now)
    elif now - endpoint.failing_since >= window:
        endpoint_disable(endpoint=endpoint)


def endpoint_disable(*, endpoint: WebhookEndpoint) -> None:
    """Failing for 24 hours: stop sending, record it, and tell the organisation's members."""
    endpoint.disabled_at = timezone.now()
    endpoint.save(update_fields=["disabled_at"])
    audit_event_record(action=AuditEventType.WEBHOOK_ENDPOINT_DISABLED, subject=endpoint.organization,
                       data={"endpoint": endpoint.public_id, "url": endpoint.url})
    # One email per language the members read the site in, each in that language.
    by_language: dict[str, list[str]] = {}
    for member in (membership.user for membership in endpoint.organization.memberships.select_related("user")):
        by_language.setdefault(language_for(member), []).append(member.email)
    page = settings.SITE_URL + reverse("api:organization_api", args=[endpoint.organization.public_id])
    for language, recipients in by_language.items():
        with translation.override(language):
            subject = _("A webhook endpoint was disabled")
            message = _("Webhook deliveries to %(url)s have failed for 24 hours, so the endpoint was disabled. No "
                        "further events are sent to it.\n\nRegister it again once it answers: %(page)s") % {
                "url": endpoint.url, "page": page}
        transaction.on_commit(lambda subject=subject, message=message, recipients=recipients: send_mail(
            subject, message, settings.DEFAULT_FROM_EMAIL, recipients))


def due_deliveries(*, now=None):
    now = now or timezone.now()
    return WebhookDelivery.objects.filter(delivered_at__isnull=True, given_up_at__isnull=True,
                                          next_attempt_at__lte=now).order_by("next_attempt_at")
