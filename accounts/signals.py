"""Security events (sign-in, failed sign-in, sign-up, role change) go to the audit log."""
from allauth.account.signals import user_signed_up
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db import transaction
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from audit.events import AuditEventType
from audit.services import audit_event_record


def _client(request) -> dict:
    if request is None:
        return {}
    return {"ip": request.META.get("REMOTE_ADDR", ""), "user_agent": request.META.get("HTTP_USER_AGENT", "")[:200]}


@receiver(user_logged_in)
def record_sign_in(sender, request, user, **kwargs):
    with transaction.atomic():
        audit_event_record(action=AuditEventType.USER_SIGNED_IN, actor=user, subject=user, data={"email": user.email, **_client(request)})


@receiver(user_login_failed)
def record_failed_sign_in(sender, credentials, request=None, **kwargs):
    # Never log the password; the login name is what an investigator needs.
    login = str(credentials.get("email") or credentials.get("username") or credentials.get("login") or "")[:254]
    with transaction.atomic():
        audit_event_record(action=AuditEventType.USER_SIGN_IN_FAILED, actor=None, data={"login": login, **_client(request)})


@receiver(user_signed_up)
def record_sign_up(sender, request, user, **kwargs):
    with transaction.atomic():
        audit_event_record(action=AuditEventType.USER_SIGNED_UP, actor=user, subject=user, data={"email": user.email, **_client(request)})


@receiver(m2m_changed, sender=get_user_model().groups.through)
def record_role_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or reverse:
        return
    from accounts.roles import forget_cached_roles
    from audit.context import current_actor

    forget_cached_roles(instance)
    names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    with transaction.atomic():
        audit_event_record(
            action=AuditEventType.USER_ROLES_CHANGED,
            actor=current_actor(),
            subject=instance,
            data={
                "user": instance.email,
                "change": {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action],
                "roles": names,
                "roles_now": sorted(instance.groups.values_list("name", flat=True)),
            },
        )
