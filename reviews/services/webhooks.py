"""What an organisation's members do with webhooks: register an endpoint, remove it, send a
delivery again. Each is checked (a member of the organisation), audited and transactional."""
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews import permissions, webhooks
from reviews.models import WebhookDelivery, WebhookEndpoint
from reviews.models.webhook import EVENT_TYPES
from reviews.services.errors import ActionInvalid, ActionNotAllowed


def _check_member(organization, by) -> None:
    if not permissions.may_apply_for.test(by, organization):
        raise ActionNotAllowed(_("Only members of the organisation can manage its webhooks."))


def webhook_endpoint_add(*, organization, by, url: str, events: list[str]) -> WebhookEndpoint:
    _check_member(organization, by)
    errors = {}
    parts = urlsplit(url or "")
    allowed_schemes = ("https", "http") if settings.WEBHOOK_ALLOW_HTTP else ("https",)
    if parts.scheme not in allowed_schemes or not parts.hostname:
        errors["url"] = _("Enter an HTTPS address, such as https://example.org/webhooks.")
    elif webhooks.non_public_address(parts.hostname):
        errors["url"] = _("This address is not on the public internet; enter one our servers can reach.")
    known = {name for name, _label in EVENT_TYPES}
    if not events or not set(events) <= known:
        errors["events"] = _("Choose at least one of the events listed.")
    if errors:
        raise ActionInvalid(errors)
    with transaction.atomic(durable=True):
        endpoint = WebhookEndpoint.objects.create(organization=organization, url=url, created_by=by,
                                                  events=[name for name, _label in EVENT_TYPES if name in events])
        audit_event_record(action=AuditEventType.WEBHOOK_ENDPOINT_ADDED, actor=by, subject=organization,
                           data={"endpoint": endpoint.public_id, "url": url, "events": endpoint.events})
    return endpoint


def webhook_endpoint_remove(*, endpoint: WebhookEndpoint, by) -> None:
    _check_member(endpoint.organization, by)
    with transaction.atomic(durable=True):
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
        if endpoint.removed_at is not None:
            return
        endpoint.removed_at = timezone.now()
        endpoint.save(update_fields=["removed_at"])
        audit_event_record(action=AuditEventType.WEBHOOK_ENDPOINT_REMOVED, actor=by, subject=endpoint.organization,
                           data={"endpoint": endpoint.public_id, "url": endpoint.url})


def webhook_delivery_resend(*, delivery: WebhookDelivery, by) -> WebhookDelivery:
    """The same event again, as a new delivery (a new `webhook-id`) to the same endpoint."""
    endpoint = delivery.endpoint
    _check_member(endpoint.organization, by)
    if not endpoint.is_active:
        raise ActionNotAllowed(_("This endpoint is disabled or removed: register it again to send events to it."))
    with transaction.atomic(durable=True):
        again = WebhookDelivery.objects.create(endpoint=endpoint, application_id=delivery.application_id,
                                               event_type=delivery.event_type, payload=delivery.payload)
        audit_event_record(action=AuditEventType.WEBHOOK_DELIVERY_RESENT, actor=by, subject=endpoint.organization,
                           data={"endpoint": endpoint.public_id, "delivery": delivery.msg_id, "again": again.msg_id})
        from reviews.tasks import enqueue_webhook_delivery

        transaction.on_commit(lambda: enqueue_webhook_delivery(again.pk))
    return again
