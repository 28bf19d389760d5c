"""Who may open the oversight pages: auditors and admins read; only admins change policies."""
from accounts.decorators import permission_required

auditor_required = permission_required("oversight.view", "Only auditors and admins may see this page.")
policy_admin_required = permission_required("oversight.manage_policy", "Only admins may change policy versions.")
