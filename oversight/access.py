"""Who may open the oversight pages: auditors and admins read; only admins change policies."""
from django.utils.translation import gettext_lazy as _

from accounts.decorators import permission_required

auditor_required = permission_required("oversight.view", _("Only auditors and admins may see this page."))
policy_admin_required = permission_required("oversight.manage_policy", _("Only admins may change policy versions."))
