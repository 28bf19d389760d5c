"""The pages of auditors and admins: dashboard, decision records, audit log, policy versions."""
