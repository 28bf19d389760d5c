"""Creating and revoking organisation API keys: checked (a member of the organisation),
audited with the key named, in one transaction each."""
import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from api.models import SCOPES, OrganizationAPIKey
from audit.events import AuditEventType
from audit.services import audit_event_record
from reviews import permissions
from reviews.services.errors import ActionInvalid, ActionNotAllowed

# Translated where it is raised, in the language of the request then active.
_NOT_A_MEMBER = gettext_noop("Only members of the organisation can manage its API keys.")


def api_key_create(*, organization, by, name: str, scopes: list[str],
                   expires_at: datetime.datetime | None = None) -> tuple[OrganizationAPIKey, str]:
    """A new key and its secret text, which is shown once and never stored."""
    if not permissions.may_apply_for.test(by, organization):
        raise ActionNotAllowed(_(_NOT_A_MEMBER))
    errors = {}
    name = (name or "").strip()
    if not name or len(name) > 50:
        errors["name"] = _("Give the key a name of at most 50 characters, such as the system that will use it.")
    known = [scope for scope, _label in SCOPES]
    if not scopes or not set(scopes) <= set(known):
        errors["scopes"] = _("Choose read, write or both.")
    if expires_at is not None and expires_at <= timezone.now():
        errors["expires_at"] = _("Choose a date in the future, or none.")
    if errors:
        raise ActionInvalid(errors)
    with transaction.atomic(durable=True):
        api_key, secret = OrganizationAPIKey.objects.create_key(
            name=name, organization=organization, created_by=by,
            scopes=[scope for scope in known if scope in scopes], expiry_date=expires_at)
        audit_event_record(action=AuditEventType.API_KEY_CREATED, actor=by, subject=organization,
                           data={**api_key.channel(), "scopes": api_key.scopes,
                                 "expires_at": expires_at.isoformat() if expires_at else None})
    return api_key, secret


def api_key_revoke(*, api_key: OrganizationAPIKey, by) -> OrganizationAPIKey:
    if not permissions.may_apply_for.test(by, api_key.organization):
        raise ActionNotAllowed(_(_NOT_A_MEMBER))
    with transaction.atomic(durable=True):
        api_key = OrganizationAPIKey.objects.select_for_update().select_related("organization").get(pk=api_key.pk)
        if api_key.revoked:
            return api_key
        api_key.revoked, api_key.revoked_at, api_key.revoked_by = True, timezone.now(), by
        api_key.save(update_fields=["revoked", "revoked_at", "revoked_by"])
        audit_event_record(action=AuditEventType.API_KEY_REVOKED, actor=by, subject=api_key.organization,
                           data=api_key.channel())
    return api_key
