"""Role flags for templates (navigation shows only what the person may use)."""
from accounts.roles import ADMIN, APPLICANT, AUDITOR, REVIEWER, role_names


def roles(request):
    names = role_names(getattr(request, "user", None))
    return {
        "is_applicant": APPLICANT in names,
        "is_reviewer": REVIEWER in names,
        "is_auditor": AUDITOR in names,
        "is_admin": ADMIN in names,
    }
