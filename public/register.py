"""The public register of approved uses: what an applicant consented to publish about an
approval (docs/register.md documents each field and its counterpart in the US federal AI use-case
inventory). An entry exists while the application is approved and the consent stands, so
withdrawing the consent, a revocation or an expiry removes it at once."""
from accounts.country_names import country_name
from screening.facts import CAPABILITIES, ORG_TYPES

# The fields of an entry, in the order of the JSON export and of docs/register.md.
FIELDS = ("id", "agency", "organization_type", "country", "use_case_name", "summary", "capabilities",
          "conditions", "approved_on", "reverification_due")


def register_entries():
    from reviews.models import Application

    return Application.objects.in_public_register().only(
        "reference", "org_name", "org_type", "org_country", "title", "description", "capabilities",
        "approval_conditions", "decided_at", "reverification_date",
    )


def entry(application) -> dict:
    """One entry of the JSON export: codes, not labels, so it reads the same in every language."""
    return {
        "id": application.reference,
        "agency": application.org_name,
        "organization_type": application.org_type,
        "country": application.org_country,
        "use_case_name": application.title,
        "summary": application.description,
        "capabilities": list(application.capabilities),
        "conditions": application.approval_conditions,
        "approved_on": application.decided_at.date().isoformat() if application.decided_at else None,
        "reverification_due": application.reverification_date.isoformat() if application.reverification_date else None,
    }


def labels(application) -> dict:
    """The names people read on the page for an entry's codes."""
    capabilities, types = dict(CAPABILITIES), dict(ORG_TYPES)
    return {
        "organization_type": types.get(application.org_type, application.org_type),
        "country": country_name(application.org_country),
        "capabilities": [capabilities.get(c, c) for c in application.capabilities],
    }
