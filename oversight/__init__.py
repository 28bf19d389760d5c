"""Oversight for auditors and admins: the chain checks, the dashboard and the decision record."""
