"""What a draft policy would change: every application's latest facts snapshot screened again
with the draft, compared with what was decided at the time. Reads only; stores nothing.

The comparison is with the stored screening (its outcome and matched rules), so the answer is
"what would have happened differently", application by application and rule by rule.
"""
import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import F
from django.utils import timezone

from screening.engine import screen
from screening.policy import CompiledPolicy, PolicyError

CHUNK_SIZE = 500


@dataclass(frozen=True)
class RuleChange:
    id: str
    effect: str
    reason: str


@dataclass(frozen=True)
class ApplicationChange:
    public_id: str
    reference: str
    title: str
    state: str
    screened_with: str
    outcome_before: str
    outcome_after: str
    scrutiny_before: bool
    scrutiny_after: bool
    rules_added: tuple[RuleChange, ...]
    rules_removed: tuple[RuleChange, ...]
    error: str = ""

    @property
    def outcome_changed(self) -> bool:
        return self.outcome_before != self.outcome_after

    @property
    def scrutiny_changed(self) -> bool:
        return self.scrutiny_before != self.scrutiny_after


@dataclass
class Simulation:
    policy_version: str
    since: datetime.date | None
    until: datetime.date | None
    screened: int = 0
    changes: list[ApplicationChange] = field(default_factory=list)
    rules_added: Counter = field(default_factory=Counter)    # rule id -> applications newly matching
    rules_removed: Counter = field(default_factory=Counter)  # rule id -> applications no longer matching

    @property
    def newly_denied(self) -> list[ApplicationChange]:
        return [c for c in self.changes if c.outcome_changed and c.outcome_after == "auto_denied"]

    @property
    def no_longer_denied(self) -> list[ApplicationChange]:
        return [c for c in self.changes if c.outcome_changed and c.outcome_before == "auto_denied"]

    @property
    def scrutiny_changes(self) -> list[ApplicationChange]:
        return [c for c in self.changes if c.scrutiny_changed]

    @property
    def errors(self) -> list[ApplicationChange]:
        return [c for c in self.changes if c.error]

    @property
    def rule_rows(self) -> list[tuple[str, int, int]]:
        ids = sorted(set(self.rules_added) | set(self.rules_removed))
        return [(rule_id, self.rules_added[rule_id], self.rules_removed[rule_id]) for rule_id in ids]


def latest_screenings(*, since: datetime.date | None = None, until: datetime.date | None = None):
    """The latest screening of each application (the one its current state rests on)."""
    from reviews.models import ScreeningResult

    queryset = ScreeningResult.objects.filter(application__latest_screening_id=F("id"))
    if since:
        queryset = queryset.filter(created_at__gte=_start_of(since))
    if until:
        queryset = queryset.filter(created_at__lt=_start_of(until + datetime.timedelta(days=1)))
    return queryset.order_by("application_id")


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _rules(matched: list[dict]) -> dict[str, RuleChange]:
    return {rule["id"]: RuleChange(rule["id"], rule["effect"], rule.get("reason", "")) for rule in matched}


def simulate(*, policy: CompiledPolicy, since: datetime.date | None = None,
             until: datetime.date | None = None) -> Simulation:
    simulation = Simulation(policy_version=policy.version, since=since, until=until)
    rows = latest_screenings(since=since, until=until).values_list(
        "facts", "outcome", "enhanced_scrutiny", "matched_rules", "policy_version_label",
        "application__public_id", "application__reference", "application__title", "application__state",
    ).iterator(chunk_size=CHUNK_SIZE)
    for facts, outcome, scrutiny, matched, screened_with, public_id, reference, title, state in rows:
        simulation.screened += 1
        common = {"public_id": public_id, "reference": reference or "", "title": title, "state": state,
                  "screened_with": screened_with, "outcome_before": outcome, "scrutiny_before": scrutiny}
        try:
            result = screen(facts, policy)
        except PolicyError as exc:
            simulation.changes.append(ApplicationChange(
                **common, outcome_after=outcome, scrutiny_after=scrutiny, rules_added=(), rules_removed=(),
                error=str(exc)))
            continue
        before, after = _rules(matched), _rules(result["matched_rules"])
        # A rule whose effect changed counts as removed (old effect) and added (new effect).
        added = tuple(rule for key, rule in after.items() if before.get(key) is None or before[key].effect != rule.effect)
        removed = tuple(rule for key, rule in before.items() if after.get(key) is None or after[key].effect != rule.effect)
        if not added and not removed and outcome == result["outcome"] and scrutiny == result["enhanced_scrutiny"]:
            continue
        simulation.changes.append(ApplicationChange(
            **common, outcome_after=result["outcome"], scrutiny_after=result["enhanced_scrutiny"],
            rules_added=added, rules_removed=removed))
        simulation.rules_added.update(rule.id for rule in added)
        simulation.rules_removed.update(rule.id for rule in removed)
    return simulation
