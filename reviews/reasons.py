"""The reasons an applicant reads about a denial, in the language they read the product in.

`Application.denial_reasons` is the record, in the policy's language (English), of what the
decision said. An automatic denial's reasons come from the policy's rules, and a policy may give
each reason in other languages (`translations` in its YAML): those are what the applicant's
pages and emails show. A reviewer's reasons are shown as the reviewer wrote them.
"""
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from screening.engine import AUTO_DENIED
from screening.services import reason_in


def cite(reason: str, citation: dict | None) -> str:
    """A reason with the law a pack's rule cites."""
    if not citation:
        return reason
    return _("%(reason)s Source: %(title)s, %(article)s: %(url)s") % {
        "reason": reason, "title": citation["title"], "article": citation["article"], "url": citation["url"]}


def denial_reasons(application, language: str | None = None) -> list[str]:
    """The denial's reasons in `language` (the active language by default)."""
    if not application.denial_reasons:
        return []
    language = language or get_language() or settings.LANGUAGE_CODE
    screening = application.latest_screening
    automatic = (application.decided_by_id is None and application.denied_by_id is None
                 and screening is not None and screening.outcome == AUTO_DENIED)
    if not automatic:
        return list(application.denial_reasons)
    return [cite(reason_in(rule, policy_version=screening.policy_version, language=language), rule.get("citation"))
            for rule in screening.matched_rules if rule["effect"] == "deny"]
