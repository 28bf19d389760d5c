"""Who may fire each transition of an application: `permission=` callables for django-fsm-2.

Each takes (application, user); `user is None` means the system actor (the screening pipeline,
the expiry job). The role predicates themselves live in `accounts.roles`.
"""
from accounts import roles


def act_as_system(application, user) -> bool:
    return user is None


def edit_as_applicant(application, user) -> bool:
    return user is not None and roles.is_applicant_member(user, application)


def review(application, user) -> bool:
    """An independent reviewer; after an appeal, never the reviewer who denied."""
    if user is None or not roles.is_independent_reviewer(user, application):
        return False
    if application.appealed_at is not None and application.denied_by_id == user.pk:
        return False
    return True


def deny(application, user) -> bool:
    # Under enhanced scrutiny a denial is the second reviewer's dissent: not the recommender's.
    if not review(application, user):
        return False
    if application.state == "enhanced_scrutiny":
        record = application.current_scrutiny_record
        return record is not None and record.recommended_by_id != user.pk
    return True


def sign_off(application, user) -> bool:
    """Four-eyes: the second reviewer is never the one who recommended approval."""
    if not review(application, user):
        return False
    record = application.current_scrutiny_record
    return record is not None and record.recommended_by_id != user.pk


def revoke(application, user) -> bool:
    return user is not None and (review(application, user) or roles.is_admin(user))
