"""The role groups and the Django-admin permissions that go with them, kept in step after every
migration. Object-level rules (who may see or decide an application) are in `accounts.roles`."""
from django.contrib.auth.models import Group, Permission

from accounts.roles import ADMIN, ROLES

# Admins manage people, organisations and memberships in the Django admin, and may look at the rest.
ADMIN_MODEL_PERMISSIONS = {
    "accounts": {"user": "vacd", "organization": "vacd", "membership": "vacd"},
    "auth": {"group": "v"},
    "audit": {"auditevent": "v"},
    "reviews": {"application": "v", "screeningresult": "v", "scrutinyrecord": "v"},
    "screening": {"policyversion": "v"},
}
CODENAME_PREFIX = {"v": "view", "a": "add", "c": "change", "d": "delete"}


def ensure_role_groups(**kwargs) -> None:
    for name in ROLES:
        Group.objects.get_or_create(name=name)
    admin = Group.objects.get(name=ADMIN)
    wanted = []
    for app_label, models in ADMIN_MODEL_PERMISSIONS.items():
        for model, letters in models.items():
            codenames = [f"{CODENAME_PREFIX[letter]}_{model}" for letter in letters]
            wanted += Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    admin.permissions.set(wanted)
