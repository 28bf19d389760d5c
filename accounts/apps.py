from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and organisations")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accounts import signals  # noqa: F401  (security events go to the audit log)
        from accounts.role_groups import ensure_role_groups

        # Runs after each app migrates, so the last run sees every permission.
        post_migrate.connect(ensure_role_groups, dispatch_uid="accounts.ensure_role_groups")
