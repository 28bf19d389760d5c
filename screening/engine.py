"""The screening engine: normalised facts and a compiled policy in, the screening result of
design §2 out. It knows facts and policies, never applications.

    {"policy_version": "v1", "outcome": "auto_denied" | "human_review",
     "enhanced_scrutiny": bool, "matched_rules": [{"id", "effect", "reason", "evidence"}],
     "risk_score": 0..100}

`outcome` is "auto_denied" when any deny rule matches, otherwise "human_review" (there is no
automatic approval); `enhanced_scrutiny` is true when any scrutiny rule matches. Matched rules
are listed in policy order, all of them, even when one denies. A rule's evidence is the
affirmed free-text spans of the signals it names (`evidence:` in the policy), else [].

Risk score, for ordering the review queue (the facts say how risky; the policy only lifts a
denial to the top):

    30  law enforcement (the organisation or an end user)
  + 25  facial recognition requested
  + 10  … in real time
  + 10  … with a mobile camera among its sources
  + 10  … in an uncontrolled environment
  + 10  a US police department among the organisation and end users
  + 20  the text describes facial recognition (affirmed) but it is not declared
  + 15  the text describes law-enforcement use (affirmed) but no party is law enforcement
  +  5  licence plate recognition requested
  + 10  a sentence or more in a language the engine does not read (reader v2)
  then at least 90 when a deny rule matched, and clamped to 0..100.
"""
import datetime
import gc
from collections.abc import Sequence

from screening import context as ctx
from screening.facts import validate_facts
from screening.packs import CompiledPack
from screening.policy import CompiledPolicy

AUTO_DENIED = "auto_denied"
HUMAN_REVIEW = "human_review"

RISK_WEIGHTS = {
    "law_enforcement": 30,
    "facial_recognition": 25,
    "realtime": 10,
    "mobile_sources": 10,
    "uncontrolled": 10,
    "us_police": 10,
    "undeclared_facial_recognition": 20,
    "undeclared_law_enforcement": 15,
    "license_plate_recognition": 5,
    "unscreened_language": 10,
}
DENIED_RISK_FLOOR = 90


def screen(facts: dict, policy: CompiledPolicy, packs: Sequence[CompiledPack] | None = None, *,
           on: datetime.date | None = None) -> dict:
    """Screen normalised facts (the output of `validate_facts`) against a policy and, when
    given, jurisdiction packs: every pack whose `applies_when` holds adds its matched rules
    (those in effect `on` that day, today by default), each naming its pack, version and
    citation; the result then lists the packs that applied under "packs".

    The cyclic garbage collector is paused while one application is screened: reading its text
    makes many short-lived objects, freed as they go, that the collector would otherwise walk
    through again and again (about 3 % of the time); it runs as usual afterwards."""
    if not gc.isenabled():
        return _screen(facts, policy, packs, on)
    gc.disable()
    try:
        return _screen(facts, policy, packs, on)
    finally:
        gc.enable()


def _screen(facts: dict, policy: CompiledPolicy, packs: Sequence[CompiledPack] | None,
            on: datetime.date | None) -> dict:
    derived = ctx.derive(facts)
    spans = ctx.detect_signals(facts, policy.reader)
    affirmed = ctx.affirmed_signals(spans)
    matched = _matched(policy, facts, derived, spans, affirmed)
    applied = []
    for pack in packs or ():
        pack_spans = spans if pack.reader == policy.reader else ctx.detect_signals(facts, pack.reader)
        pack_affirmed = affirmed if pack_spans is spans else ctx.affirmed_signals(pack_spans)
        if not pack.applies(facts, derived, pack_affirmed):
            continue
        applied.append({"pack": pack.name, "version": pack.version})
        day = on or datetime.date.today()
        for rule in _matched(pack.policy, facts, derived, pack_spans, pack_affirmed):
            extra = pack.pack_rules[rule["id"]]
            if extra.effective > day:
                continue
            matched.append({**rule, "pack": pack.name, "pack_version": pack.version,
                            "citation": extra.citation.as_dict(),
                            **({"checklist": [list(item) for item in extra.checklist]} if extra.checklist else {})})
    denied = any(rule["effect"] == "deny" for rule in matched)
    result = {
        "policy_version": policy.version,
        "outcome": AUTO_DENIED if denied else HUMAN_REVIEW,
        "enhanced_scrutiny": any(rule["effect"] == "scrutiny" for rule in matched),
        "matched_rules": matched,
        "risk_score": risk_score(facts, derived, affirmed, denied=denied),
    }
    if packs is not None:
        result["packs"] = applied
    return result


def _matched(policy: CompiledPolicy, facts: dict, derived: dict, spans: dict, affirmed: dict) -> list[dict]:
    matched = []
    for rule, hit in zip(policy.rules, policy.evaluate(facts, derived, affirmed), strict=True):
        if hit:
            matched.append({
                "id": rule.id,
                "effect": rule.effect,
                "reason": rule.reason_eu if rule.reason_eu and derived["eu"] else rule.reason,
                "evidence": [dict(span) for name in rule.evidence for span in spans[name] if ctx.counts(span)],
            })
    return matched


def screen_document(raw, policy: CompiledPolicy, packs: Sequence[CompiledPack] | None = None) -> dict:
    """Validate a raw JSON value as facts, then screen it; raises `FactsError` if invalid."""
    return screen(validate_facts(raw), policy, packs)


def signals(facts: dict, reader: str = ctx.DEFAULT_READER) -> dict[str, list[dict]]:
    """Every free-text signal span of normalised facts, negated ones included, by signal name
    ("facial_recognition", "law_enforcement", and with reader v2 "unscreened_language"): what
    a reviewer's page highlights. Pass the reader of the policy the application was screened
    under (`CompiledPolicy.reader`)."""
    return ctx.detect_signals(facts, reader)


def risk_score(facts: dict, derived: dict, affirmed: dict[str, bool], *, denied: bool) -> int:
    """The risk score of the module docstring; `affirmed` tells which signals the text affirms."""
    weights = RISK_WEIGHTS
    score = 0
    if derived["law_enforcement"]:
        score += weights["law_enforcement"]
    elif affirmed["law_enforcement"]:
        score += weights["undeclared_law_enforcement"]
    if derived["facial_recognition"]:
        score += weights["facial_recognition"]
        score += weights["realtime"] if derived["realtime"] else 0
        score += weights["mobile_sources"] if derived["mobile_sources"] else 0
        score += weights["uncontrolled"] if derived["uncontrolled"] else 0
    elif affirmed["facial_recognition"]:
        score += weights["undeclared_facial_recognition"]
    if derived["us_police"]:
        score += weights["us_police"]
    if "license_plate_recognition" in facts["capabilities"]:
        score += weights["license_plate_recognition"]
    if affirmed.get("unscreened_language"):
        score += weights["unscreened_language"]
    if denied:
        score = max(score, DENIED_RISK_FLOOR)
    return max(0, min(100, score))
