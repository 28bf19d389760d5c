"""Who may do what: the roles of design §4 as `rules` predicates, in one place.

Roles are Django groups. Object-level checks (membership of the application's organisation,
four-eyes, conflict of interest) are predicates here too, so the web views, the services, the
admin and the tests all ask the same question.
"""
import rules

APPLICANT, REVIEWER, AUDITOR, ADMIN = "applicant", "reviewer", "auditor", "admin"
ROLES = (APPLICANT, REVIEWER, AUDITOR, ADMIN)
STAFF_ROLES = (REVIEWER, AUDITOR, ADMIN)


def role_names(user) -> set[str]:
    """The user's roles, cached on the instance for the duration of a request."""
    if user is None or not user.is_authenticated:
        return set()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def organization_ids(user) -> set[int]:
    if user is None or not user.is_authenticated:
        return set()
    cached = getattr(user, "_organization_ids", None)
    if cached is None:
        cached = set(user.memberships.values_list("organization_id", flat=True))
        user._organization_ids = cached
    return cached


def forget_cached_roles(user) -> None:
    for attr in ("_role_names", "_organization_ids"):
        if hasattr(user, attr):
            delattr(user, attr)


@rules.predicate
def is_applicant(user) -> bool:
    return APPLICANT in role_names(user)


@rules.predicate
def is_reviewer(user) -> bool:
    return REVIEWER in role_names(user)


@rules.predicate
def is_auditor(user) -> bool:
    return AUDITOR in role_names(user)


@rules.predicate
def is_admin(user) -> bool:
    return ADMIN in role_names(user)


@rules.predicate
def is_staff_member(user) -> bool:
    return bool(role_names(user) & set(STAFF_ROLES))


@rules.predicate
def has_admin_site_access(user) -> bool:
    """Django's own flags: `is_staff` opens the admin, `is_superuser` grants every permission."""
    return bool(user is not None and user.is_authenticated and (user.is_staff or user.is_superuser))


# Who must use a second factor (design §4): every staff role, and anyone the Django flags make
# powerful, with or without a role group (`createsuperuser` makes such an account).
must_use_mfa = is_staff_member | has_admin_site_access


@rules.predicate
def is_member_of_applicant_org(user, application) -> bool:
    return application is not None and application.organization_id in organization_ids(user)


@rules.predicate
def has_conflict_of_interest(user, application) -> bool:
    """A reviewer may not review an application of an organisation they belong to."""
    return is_member_of_applicant_org(user, application)


is_applicant_member = is_applicant & is_member_of_applicant_org
is_independent_reviewer = is_reviewer & ~has_conflict_of_interest

# The pages' permission vocabulary (`accounts.decorators.permission_required`). What a person may
# do with one application now is `reviews.permissions`' question.
rules.add_perm("reviews.work_queue", is_reviewer)
rules.add_perm("reviews.open_review_page", is_reviewer | is_admin)
rules.add_perm("oversight.view", is_auditor | is_admin)
rules.add_perm("oversight.manage_policy", is_admin)
rules.add_perm("accounts.join_organization", ~is_staff_member)
# The organisation's API keys and webhook endpoints (the pages of the `api` app).
rules.add_perm("api.manage_integrations", is_applicant)
# Admins verify organisations; an admin may give reviewers the same permission (the Django
# permission accounts.verify_organization, on the user or the reviewer group), which Django's
# own backend answers beside this one.
rules.add_perm("accounts.verify_organization", is_admin)


@rules.predicate
def may_verify_organizations(user) -> bool:
    return user is not None and user.is_authenticated and user.has_perm("accounts.verify_organization")


rules.add_perm("oversight.view_organizations", is_auditor | is_admin | may_verify_organizations)
