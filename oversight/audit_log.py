"""Reading the audit log: the filters of the audit page and its exports, and keyset pagination.

Pages are cut by sequence number ("events before #N"), never by OFFSET, so the last page of a
log of millions of events costs what the first one does.
"""
import datetime
from dataclasses import asdict, dataclass, field
from urllib.parse import urlencode

from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext_lazy

from audit.models import AuditEvent, ChainCheck
from request_values import parse_date, parse_int

PAGE_SIZE = 50
ACTIONS_CACHE_KEY = "oversight:audit-actions"


def _date(data, name: str, errors: dict[str, str]) -> datetime.date | None:
    try:
        return parse_date(data.get(name))
    except ValueError as exc:
        errors[name] = str(exc)
        return None


@dataclass(frozen=True)
class AuditFilters:
    reference: str = ""
    actor: str = ""
    action: str = ""
    since: datetime.date | None = None
    until: datetime.date | None = None
    # What is wrong with a filter as typed, by field name; such a filter is not applied, and an
    # export is refused until it is corrected.
    errors: dict[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_data(cls, data) -> "AuditFilters":
        errors: dict[str, str] = {}
        return cls(
            reference=(data.get("reference") or "").strip()[:64],
            actor=(data.get("actor") or "").strip()[:254],
            action=(data.get("action") or "").strip()[:64],
            since=_date(data, "since", errors),
            until=_date(data, "until", errors),
            errors=errors,
        )

    def apply(self, queryset):
        if self.reference:
            # Application references are upper case; a policy's is its version, as typed.
            queryset = queryset.filter(subject_reference__in={self.reference, self.reference.upper()})
        if self.actor:
            # An email address or "system"; a partial address finds every match.
            queryset = queryset.filter(actor_label__icontains=self.actor)
        if self.action:
            # "application." lists every application action; a full name lists that one.
            queryset = (queryset.filter(action__startswith=self.action) if self.action.endswith(".")
                        else queryset.filter(action=self.action))
        if self.since:
            queryset = queryset.filter(created_at__gte=_start_of(self.since))
        if self.until:
            queryset = queryset.filter(created_at__lt=_start_of(self.until + datetime.timedelta(days=1)))
        return queryset

    def as_dict(self) -> dict:
        """The filters as plain values (for the audit event of an export, and for links)."""
        return {key: value.isoformat() if isinstance(value, datetime.date) else value
                for key, value in asdict(self).items() if value and key != "errors"}

    def as_query(self, **extra) -> str:
        return urlencode({**self.as_dict(), **{k: v for k, v in extra.items() if v is not None}})

    @property
    def active(self) -> bool:
        return bool(self.as_dict())


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@dataclass(frozen=True)
class AuditPage:
    events: list
    newer_than: int | None  # cursor for the page of newer events, if any
    older_than: int | None  # cursor for the page of older events, if any


def audit_page(filters: AuditFilters, *, before: int | None = None, after: int | None = None,
               size: int = PAGE_SIZE) -> AuditPage:
    """One page of events, newest first: the page before sequence `before`, or after `after`."""
    queryset = filters.apply(AuditEvent.objects.all())
    if after is not None:
        rows = list(queryset.filter(sequence__gt=after).order_by("sequence")[: size + 1])
        more_newer = len(rows) > size
        events = list(reversed(rows[:size]))
        more_older = bool(events) and queryset.filter(sequence__lt=events[-1].sequence).exists()
    else:
        if before is not None:
            queryset = queryset.filter(sequence__lt=before)
        rows = list(queryset.order_by("-sequence")[: size + 1])
        more_older = len(rows) > size
        events = rows[:size]
        more_newer = before is not None and bool(events) and filters.apply(AuditEvent.objects.all()).filter(
            sequence__gt=events[0].sequence).exists()
    return AuditPage(
        events=events,
        newer_than=events[0].sequence if events and more_newer else None,
        older_than=events[-1].sequence if events and more_older else None,
    )


def known_actions() -> list[str]:
    """The action names in the log, for the filter's suggestions (cached: a DISTINCT over the
    whole log is not something to run on every page view)."""
    actions = cache.get(ACTIONS_CACHE_KEY)
    if actions is None:
        actions = sorted(AuditEvent.objects.order_by().values_list("action", flat=True).distinct())
        cache.set(ACTIONS_CACHE_KEY, actions, 600)
    return actions


def parse_cursor(value: str | None) -> int | None:
    """A page link's sequence number, or None for anything no page link carries."""
    return parse_int(value)


# What started a check, as it reads inside the sentence "checked … (run on demand by …)": its own
# words, since the labels are capitalised and some languages capitalise nouns mid-sentence.
_TRIGGER_IN_A_SENTENCE = {
    ChainCheck.Trigger.PERIODIC: pgettext_lazy("chain check trigger in a sentence", "periodic check"),
    ChainCheck.Trigger.ON_DEMAND: pgettext_lazy("chain check trigger in a sentence", "run on demand"),
    ChainCheck.Trigger.COMMAND: pgettext_lazy("chain check trigger in a sentence", "verify_audit command"),
}


def chain_check_trigger(check: ChainCheck) -> str:
    """What started the check, to be read inside a sentence."""
    return str(_TRIGGER_IN_A_SENTENCE.get(check.trigger, check.trigger))


def chain_check_summary(check: ChainCheck) -> str:
    """`ChainCheck.summary` in the reader's language (the property stays English for commands and logs)."""
    if check.intact:
        return ngettext("%(verified)s event verified, intact", "%(verified)s events verified, intact",
                        check.verified) % {"verified": intcomma(check.verified)}
    if check.broken_sequence is None:
        return _("rewritten: %(problem)s") % {"problem": check.problem}
    return _("broken at event #%(sequence)s: %(problem)s") % {"sequence": check.broken_sequence,
                                                                 "problem": check.problem}
