"""One function per action, each in one transaction: lock, check permission, transition, save,
audit, schedule side effects with `on_commit`. Views, the admin, commands and tests all call
these; nothing else changes an application's state."""
from reviews.services.applicant import (
    application_appeal,
    application_create_draft,
    application_message_reviewers,
    application_resubmit,
    application_submit,
    application_update_draft,
    application_withdraw,
)
from reviews.services.errors import ActionConflict, ActionError, ActionInvalid, ActionNotAllowed
from reviews.services.pipeline import (
    application_begin_screening,
    application_complete_screening,
    application_expire,
    screen_submitted_application,
)
from reviews.services.reviewer import (
    application_add_internal_note,
    application_approve,
    application_claim,
    application_deny,
    application_message_applicant,
    application_recommend_approval,
    application_release,
    application_request_info,
    application_return_to_review,
    application_revoke,
    application_sign_off,
)

__all__ = [
    "ActionConflict",
    "ActionError",
    "ActionInvalid",
    "ActionNotAllowed",
    "application_add_internal_note",
    "application_appeal",
    "application_approve",
    "application_begin_screening",
    "application_claim",
    "application_complete_screening",
    "application_create_draft",
    "application_deny",
    "application_expire",
    "application_message_applicant",
    "application_message_reviewers",
    "application_recommend_approval",
    "application_release",
    "application_request_info",
    "application_resubmit",
    "application_return_to_review",
    "application_revoke",
    "application_sign_off",
    "application_submit",
    "application_update_draft",
    "application_withdraw",
    "screen_submitted_application",
]
