"""What a draft policy is simulated against: the latest screening of each application (the one
its current state rests on), read here and handed to `screening.simulation.simulate`, which
knows facts and outcomes, never applications."""
import datetime
from collections.abc import Iterator

from django.db.models import F
from django.utils import timezone

from reviews.models import ScreeningResult
from screening.simulation import PastScreening

CHUNK_SIZE = 500


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def latest_screenings(*, since: datetime.date | None = None, until: datetime.date | None = None):
    """The latest screening of each application, screened between `since` and `until` (inclusive)."""
    queryset = ScreeningResult.objects.filter(application__latest_screening_id=F("id"))
    if since:
        queryset = queryset.filter(created_at__gte=_start_of(since))
    if until:
        queryset = queryset.filter(created_at__lt=_start_of(until + datetime.timedelta(days=1)))
    return queryset.order_by("application_id")


def past_screenings(*, since: datetime.date | None = None,
                    until: datetime.date | None = None) -> Iterator[PastScreening]:
    rows = latest_screenings(since=since, until=until).values_list(
        "facts", "outcome", "enhanced_scrutiny", "matched_rules", "policy_version_label",
        "application__public_id", "application__reference", "application__title", "application__state",
    ).iterator(chunk_size=CHUNK_SIZE)
    for facts, outcome, scrutiny, matched, screened_with, public_id, reference, title, state in rows:
        yield PastScreening(
            key=public_id, facts=facts, outcome=outcome, enhanced_scrutiny=scrutiny, matched_rules=matched,
            screened_with=screened_with, display={"reference": reference or "", "title": title, "state": state},
        )
