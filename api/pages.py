"""The organisation's page for its integrations: API keys (created and shown once, revoked) and
webhook endpoints (registered, removed, with the delivery log and "send again"). Members only;
each action calls one service."""
import datetime

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import permission_required
from accounts.models import Organization
from api.models import SCOPES, OrganizationAPIKey
from api.services import api_key_create as create_key
from api.services import api_key_revoke as revoke_key
from reviews.models import WebhookDelivery, WebhookEndpoint
from reviews.models.webhook import EVENT_TYPES
from reviews.services import ActionInvalid, ActionNotAllowed
from reviews.services import webhooks as webhook_services

members_only = permission_required("api.manage_integrations",
                                   gettext_lazy("Only members of an applicant organisation manage its API keys "
                                                "and webhooks."))


def _member_organization(request, public_id: str) -> Organization:
    organization = Organization.objects.filter(public_id=public_id, memberships__user=request.user).first()
    if organization is None:
        raise Http404(_("No such organisation."))
    return organization


def _context(organization: Organization, **extra) -> dict:
    endpoints = list(WebhookEndpoint.objects.filter(organization=organization, removed_at__isnull=True))
    deliveries = list(WebhookDelivery.objects.filter(endpoint__organization=organization)
                      .select_related("endpoint", "application").prefetch_related("log")[:50])
    context = {
        "organization": organization,
        "keys": list(OrganizationAPIKey.objects.filter(organization=organization).select_related("created_by")),
        "scopes": SCOPES,
        "event_types": EVENT_TYPES,
        "endpoints": endpoints,
        "deliveries": deliveries,
        "now": timezone.now(),
    }
    context.update(extra)
    return context


@members_only
@require_GET
def organization_api(request, public_id: str):
    return render(request, "api/organization_api.html", _context(_member_organization(request, public_id)))


@members_only
@require_POST
def api_key_create(request, public_id: str):
    organization = _member_organization(request, public_id)
    expires_at = None
    raw_expiry = request.POST.get("expires_on", "").strip()
    try:
        if raw_expiry:
            day = datetime.date.fromisoformat(raw_expiry)
            expires_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))
        api_key, secret = create_key(organization=organization, by=request.user, name=request.POST.get("name", ""),
                                     scopes=request.POST.getlist("scopes"), expires_at=expires_at)
    except ValueError:
        return render(request, "api/organization_api.html",
                      _context(organization, key_errors={"expires_on": _("Enter a date as YYYY-MM-DD.")}), status=422)
    except ActionInvalid as exc:
        return render(request, "api/organization_api.html", _context(organization, key_errors=exc.fields),
                      status=422)
    # The secret is shown on this answer only; it is stored hashed and cannot be shown again.
    response = render(request, "api/organization_api.html", _context(organization, new_key=api_key, secret=secret))
    response["Cache-Control"] = "no-store"
    return response


@members_only
@require_POST
def api_key_revoke(request, public_id: str, prefix: str):
    organization = _member_organization(request, public_id)
    api_key = OrganizationAPIKey.objects.filter(organization=organization, prefix=prefix).first()
    if api_key is None:
        raise Http404(_("No such key."))
    revoke_key(api_key=api_key, by=request.user)
    messages.success(request, _("The key “%(name)s” was revoked: it no longer works.") % {"name": api_key.name})
    return redirect("api:organization_api", organization.public_id)


@members_only
@require_POST
def webhook_endpoint_add(request, public_id: str):
    organization = _member_organization(request, public_id)
    try:
        endpoint = webhook_services.webhook_endpoint_add(organization=organization, by=request.user,
                                                         url=request.POST.get("url", "").strip(),
                                                         events=request.POST.getlist("events"))
    except ActionInvalid as exc:
        return render(request, "api/organization_api.html", _context(organization, endpoint_errors=exc.fields),
                      status=422)
    messages.success(request, _("Events will be sent to %(url)s.") % {"url": endpoint.url})
    return redirect("api:organization_api", organization.public_id)


@members_only
@require_POST
def webhook_endpoint_remove(request, public_id: str, endpoint_id: str):
    organization = _member_organization(request, public_id)
    endpoint = WebhookEndpoint.objects.filter(organization=organization, public_id=endpoint_id).first()
    if endpoint is None:
        raise Http404(_("No such endpoint."))
    webhook_services.webhook_endpoint_remove(endpoint=endpoint, by=request.user)
    messages.success(request, _("No more events will be sent to %(url)s.") % {"url": endpoint.url})
    return redirect("api:organization_api", organization.public_id)


@members_only
@require_POST
def webhook_delivery_resend(request, public_id: str, msg_id: str):
    organization = _member_organization(request, public_id)
    delivery = (WebhookDelivery.objects.filter(endpoint__organization=organization, msg_id=msg_id)
                .select_related("endpoint__organization").first())
    if delivery is None:
        raise Http404(_("No such delivery."))
    try:
        webhook_services.webhook_delivery_resend(delivery=delivery, by=request.user)
    except ActionNotAllowed as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The event is being sent again."))
    return redirect("api:organization_api", organization.public_id)
