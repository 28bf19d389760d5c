"""The names of audit events: every action the log records, as a constant.

The stored values are part of each event's hashed payload: never change one, only add new
ones. Writers pass a member (`AuditEventType.APPLICATION_SUBMIT`), never a string assembled at
run time, so every name the log can hold is listed here and readers (the applicant's timeline,
the decision record, the audit page's filter) key off the same names.
"""
from django.db import models


class AuditEventType(models.TextChoices):
    # An application's life: created and edited by its applicants…
    APPLICATION_CREATED = "application.created", "Application started"
    APPLICATION_EDITED = "application.edited", "Application edited"
    APPLICATION_DOCUMENT_ADDED = "application.document_added", "Supporting document added"
    APPLICATION_DOCUMENT_REMOVED = "application.document_removed", "Supporting document removed"
    APPLICATION_MESSAGE_FROM_APPLICANT = "application.message_from_applicant", "Message from the applicant"
    # …handled by reviewers…
    APPLICATION_CLAIMED = "application.claimed", "Claimed by a reviewer"
    APPLICATION_RELEASED = "application.released", "Released by a reviewer"
    APPLICATION_MESSAGE_TO_APPLICANT = "application.message_to_applicant", "Message to the applicant"
    APPLICATION_INTERNAL_NOTE = "application.internal_note", "Internal note"
    APPLICATION_REVERIFICATION_REMINDED = "application.reverification_reminded", "Re-verification reminder sent"
    # Screened again while open, because the facts it was screened on changed (the organisation's profile).
    APPLICATION_RESCREENED = "application.rescreened", "Screened again"
    # …and its state changes, one per transition of reviews.models.Application.
    APPLICATION_SUBMIT = "application.submit", "Submitted"
    APPLICATION_BEGIN_SCREENING = "application.begin_screening", "Screening started"
    APPLICATION_AUTO_DENY = "application.auto_deny", "Denied by the automatic screening"
    APPLICATION_ROUTE_TO_REVIEW = "application.route_to_review", "Routed to human review"
    APPLICATION_REQUEST_INFO = "application.request_info", "More information requested"
    APPLICATION_RESUBMIT = "application.resubmit", "Resubmitted"
    APPLICATION_APPROVE = "application.approve", "Approved"
    APPLICATION_DENY = "application.deny", "Denied"
    APPLICATION_RECOMMEND_APPROVAL = "application.recommend_approval", "Approval recommended for enhanced scrutiny"
    APPLICATION_SIGN_OFF = "application.sign_off", "Signed off after enhanced scrutiny"
    APPLICATION_RETURN_TO_REVIEW = "application.return_to_review", "Returned to review"
    APPLICATION_WITHDRAW = "application.withdraw", "Withdrawn"
    APPLICATION_APPEAL = "application.appeal", "Appealed"
    APPLICATION_REVOKE = "application.revoke", "Approval revoked"
    APPLICATION_EXPIRE = "application.expire", "Approval expired"
    # The applicant takes back the consent, given when applying, to list an approval in the public
    # register (the consent itself is in the submission's data, `publish_consent`).
    APPLICATION_PUBLICATION_CONSENT_WITHDRAWN = (
        "application.publication_consent_withdrawn", "Consent to publish in the public register withdrawn"
    )

    ORGANIZATION_CREATED = "organization.created", "Organisation created"
    ORGANIZATION_UPDATED = "organization.updated", "Organisation profile changed"
    ORGANIZATION_VERIFIED = "organization.verified", "Organisation's type and country verified"
    ORGANIZATION_VERIFICATION_LAPSED = "organization.verification_lapsed", "Organisation's verification lapsed"
    INVITATION_SENT = "invitation.sent", "Invitation sent"
    INVITATION_ACCEPTED = "invitation.accepted", "Invitation accepted"

    USER_SIGNED_UP = "user.signed_up", "Signed up"
    USER_SIGNED_IN = "user.signed_in", "Signed in"
    USER_SIGN_IN_FAILED = "user.sign_in_failed", "Sign-in failed"
    USER_ROLES_CHANGED = "user.roles_changed", "Roles changed"

    POLICY_LOADED = "policy.loaded", "Policy version loaded"
    POLICY_ACTIVATED = "policy.activated", "Policy version activated"
    POLICY_WITHDRAWN = "policy.withdrawn", "Policy pack withdrawn"
    POLICY_SIMULATION_STARTED = "policy.simulation_started", "Policy simulation started"

    # The API (design: docs/api.md): organisation keys and webhook endpoints. Writes made through a
    # key are the ordinary events above, with the key named in their data ("via").
    API_KEY_CREATED = "api_key.created", "API key created"
    API_KEY_REVOKED = "api_key.revoked", "API key revoked"
    WEBHOOK_ENDPOINT_ADDED = "webhook_endpoint.added", "Webhook endpoint registered"
    WEBHOOK_ENDPOINT_REMOVED = "webhook_endpoint.removed", "Webhook endpoint removed"
    WEBHOOK_ENDPOINT_DISABLED = "webhook_endpoint.disabled", "Webhook endpoint disabled after failing for 24 hours"
    WEBHOOK_DELIVERY_RESENT = "webhook_delivery.resent", "Webhook delivery sent again"

    AUDIT_VERIFIED = "audit.verified", "Audit chain verified"
    AUDIT_EXPORTED = "audit.exported", "Audit log exported"

    # Anything changed through the Django admin (config/admin_site.py).
    ADMIN_ADDED = "admin.added", "Added in the admin"
    ADMIN_CHANGED = "admin.changed", "Changed in the admin"
    ADMIN_DELETED = "admin.deleted", "Deleted in the admin"


# The event each transition of reviews.models.Application writes, by transition name.
TRANSITION_EVENTS: dict[str, AuditEventType] = {
    "submit": AuditEventType.APPLICATION_SUBMIT,
    "begin_screening": AuditEventType.APPLICATION_BEGIN_SCREENING,
    "auto_deny": AuditEventType.APPLICATION_AUTO_DENY,
    "route_to_review": AuditEventType.APPLICATION_ROUTE_TO_REVIEW,
    "request_info": AuditEventType.APPLICATION_REQUEST_INFO,
    "resubmit": AuditEventType.APPLICATION_RESUBMIT,
    "approve": AuditEventType.APPLICATION_APPROVE,
    "deny": AuditEventType.APPLICATION_DENY,
    "recommend_approval": AuditEventType.APPLICATION_RECOMMEND_APPROVAL,
    "sign_off": AuditEventType.APPLICATION_SIGN_OFF,
    "return_to_review": AuditEventType.APPLICATION_RETURN_TO_REVIEW,
    "withdraw": AuditEventType.APPLICATION_WITHDRAW,
    "appeal": AuditEventType.APPLICATION_APPEAL,
    "revoke": AuditEventType.APPLICATION_REVOKE,
    "expire": AuditEventType.APPLICATION_EXPIRE,
}
