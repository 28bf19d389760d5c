"""What the workflow does when an organisation's verified facts change: its open applications are
screened again, since who applies is part of the facts every screening and decision rests on."""
from django.db import transaction

from accounts import services as accounts_services
from accounts.models import Organization
from reviews.models import Application
from reviews.services.pipeline import RESCREENABLE_STATES
from reviews.tasks import enqueue_rescreening


def organization_verify(*, organization: Organization, by, type: str, country: str, note: str = "") -> Organization:
    """Verify (and where the evidence says so, correct) the organisation's type and country; open
    applications screened on other facts are screened again once that is committed."""
    organization = accounts_services.organization_verify(organization=organization, by=by, type=type,
                                                         country=country, note=note)
    stale = list(Application.objects.filter(organization=organization, state__in=RESCREENABLE_STATES)
                 .profile_changed_since_screening().values_list("pk", flat=True))
    for application_id in stale:
        transaction.on_commit(lambda application_id=application_id: enqueue_rescreening(
            application_id, "the organisation's type or country was corrected when it was verified"))
    return organization
