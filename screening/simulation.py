"""What a draft policy would change: past screenings screened again with the draft, compared
with what was decided at the time. Reads only; stores nothing.

The caller hands over the past screenings (`PastScreening`: the facts as screened, the outcome
and matched rules stored then, and whatever it wants shown beside each), so the engine knows
facts and policies, never applications. The answer is "what would have happened differently",
screening by screening and rule by rule.
"""
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from screening.engine import screen
from screening.packs import CompiledPack
from screening.policy import CompiledPolicy, PolicyError


@dataclass(frozen=True)
class PastScreening:
    key: str  # identifies the screened object to the caller (an application's public id)
    facts: dict
    outcome: str
    enhanced_scrutiny: bool
    matched_rules: list[dict]
    screened_with: str = ""  # the policy version it was screened with
    display: Mapping = field(default_factory=dict)  # shown beside the change (reference, title, state…)


@dataclass(frozen=True)
class RuleChange:
    id: str
    effect: str
    reason: str


@dataclass(frozen=True)
class ScreeningChange:
    key: str
    display: Mapping
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
    screened: int = 0
    changes: list[ScreeningChange] = field(default_factory=list)
    rules_added: Counter = field(default_factory=Counter)    # rule id -> screenings newly matching
    rules_removed: Counter = field(default_factory=Counter)  # rule id -> screenings no longer matching

    @property
    def newly_denied(self) -> list[ScreeningChange]:
        return [c for c in self.changes if c.outcome_changed and c.outcome_after == "auto_denied"]

    @property
    def no_longer_denied(self) -> list[ScreeningChange]:
        return [c for c in self.changes if c.outcome_changed and c.outcome_before == "auto_denied"]

    @property
    def scrutiny_changes(self) -> list[ScreeningChange]:
        return [c for c in self.changes if c.scrutiny_changed]

    @property
    def errors(self) -> list[ScreeningChange]:
        return [c for c in self.changes if c.error]

    @property
    def rule_rows(self) -> list[tuple[str, int, int]]:
        ids = sorted(set(self.rules_added) | set(self.rules_removed))
        return [(rule_id, self.rules_added[rule_id], self.rules_removed[rule_id]) for rule_id in ids]


def _rules(matched: list[dict]) -> dict[str, RuleChange]:
    return {rule["id"]: RuleChange(rule["id"], rule["effect"], rule.get("reason", "")) for rule in matched}


def simulate(*, policy: CompiledPolicy, screenings: Iterable[PastScreening],
             packs: Sequence[CompiledPack] | None = None, label: str = "",
             progress: Callable[[int], None] | None = None, every: int = 1000) -> Simulation:
    """Screen each past screening again with `policy` (and `packs`, when given), keeping what
    changed. `progress(screened)` is called every `every` screenings, for a background job."""
    simulation = Simulation(policy_version=label or policy.version)
    for past in screenings:
        simulation.screened += 1
        if progress is not None and simulation.screened % every == 0:
            progress(simulation.screened)
        outcome, scrutiny = past.outcome, past.enhanced_scrutiny
        common = {"key": past.key, "display": past.display, "screened_with": past.screened_with,
                  "outcome_before": outcome, "scrutiny_before": scrutiny}
        try:
            result = screen(past.facts, policy, packs)
        except PolicyError as exc:
            simulation.changes.append(ScreeningChange(
                **common, outcome_after=outcome, scrutiny_after=scrutiny, rules_added=(), rules_removed=(),
                error=str(exc)))
            continue
        before, after = _rules(past.matched_rules), _rules(result["matched_rules"])
        # A rule whose effect changed counts as removed (old effect) and added (new effect).
        added = tuple(rule for key, rule in after.items() if before.get(key) is None or before[key].effect != rule.effect)
        removed = tuple(rule for key, rule in before.items() if after.get(key) is None or after[key].effect != rule.effect)
        if not added and not removed and outcome == result["outcome"] and scrutiny == result["enhanced_scrutiny"]:
            continue
        simulation.changes.append(ScreeningChange(
            **common, outcome_after=result["outcome"], scrutiny_after=result["enhanced_scrutiny"],
            rules_added=added, rules_removed=removed))
        simulation.rules_added.update(rule.id for rule in added)
        simulation.rules_removed.update(rule.id for rule in removed)
    return simulation
