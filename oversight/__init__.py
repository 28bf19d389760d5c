"""The pages of auditors and admins: the dashboard, decision records, the audit log and policy
versions. Nothing imports this app; it reads the workflow (reviews), the log (audit) and the
policies (screening)."""
