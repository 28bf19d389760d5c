"""What a policy condition can see: the variables of the CEL evaluation context.

* `facts` — the normalised facts document (design §2), exactly as validated.
* `derived` — values computed once in Python so conditions stay short and fast:
    - `law_enforcement` (bool): the organisation or an end user is `police_department` or
      `other_law_enforcement` ("by or for").
    - `police` (bool): the organisation or an end user is a `police_department`.
    - `us_police` (bool): … a `police_department` in the US or its territories.
    - `us` (bool): the organisation or an end user is in the US or its territories.
    - `eu` (bool): the organisation or an end user is in an EU member state.
    - `facial_recognition` (bool): `facial_recognition` is among the capabilities
      (`face_detection` is not facial recognition).
    - `realtime`, `retrospective` (bool): the facial-recognition mode.
    - `controlled`, `uncontrolled` (bool): the facial-recognition environment.
    - `mobile_sources` (list of string): the declared sources that are mobile cameras
      (`body_worn`, `dash_mounted`, `handheld_mobile`, `drone`, `vehicle_mounted`).
    - `countries` (list of string): the countries of the organisation and end users.
    - `party_types` (list of string): the types of the organisation and end users.
* `signals` — what the free text (title, description, data sources, human oversight,
  facial-recognition purpose) says, not counting negated mentions:
    - `facial_recognition` (bool): it describes facial recognition ("face matching",
      "identify … by their faces", "reconocimiento facial", "Gesichtserkennung", …).
    - `law_enforcement` (bool): it says the system is for police / law-enforcement use.
    - `unscreened_language` (bool, reader v2): a sentence or more is in a language the engine
      does not read (the span and its ISO 639-1 `language` are the evidence).
  The spans themselves are the evidence a rule reports (`evidence:` in the policy). A policy
  names its reader (`reader:`): v1 (`screening.signals`, fixed phrases in five languages) or
  v2 (`screening.reading`: lemmas, clauses, eight languages, use versus topic, the
  organisation's name and domains, and language identification).

Converting Python values into CEL values costs more than evaluating the rules, so a context
holds only the variables, and the `derived` keys, that the policy's conditions refer to.
"""
import re

from screening import reading
from screening import signals as signal_detection
from screening.countries import EU_CODES, US_CODES
from screening.facts import LAW_ENFORCEMENT_TYPES, MOBILE_SOURCES

VARIABLES = ("facts", "derived", "signals")
READERS = ("v1", "v2")
DEFAULT_READER = "v1"
DERIVED_KEYS = (
    "law_enforcement", "police", "us_police", "us", "eu", "facial_recognition", "realtime",
    "retrospective", "controlled", "uncontrolled", "mobile_sources", "countries", "party_types",
)

_LAW_ENFORCEMENT = frozenset(value for value, _ in LAW_ENFORCEMENT_TYPES)
_MOBILE = frozenset(value for value, _ in MOBILE_SOURCES)
_DERIVED_ACCESS = re.compile(r"(?<![\w.])derived\b(\s*\.\s*(\w+))?")


def derive(facts: dict) -> dict:
    """The `derived` values for normalised facts."""
    parties = [facts["organization"], *facts["end_users"]]
    types = {party["type"] for party in parties}
    countries = {party["country"] for party in parties}
    police_countries = {party["country"] for party in parties if party["type"] == "police_department"}
    fr = facts["facial_recognition"] or {}
    mode, environment = fr.get("mode"), fr.get("environment")
    return {
        "law_enforcement": not types.isdisjoint(_LAW_ENFORCEMENT),
        "police": bool(police_countries),
        "us_police": not police_countries.isdisjoint(US_CODES),
        "us": not countries.isdisjoint(US_CODES),
        "eu": not countries.isdisjoint(EU_CODES),
        "facial_recognition": "facial_recognition" in facts["capabilities"],
        "realtime": mode == "realtime",
        "retrospective": mode == "retrospective",
        "controlled": environment == "controlled",
        "uncontrolled": environment == "uncontrolled",
        "mobile_sources": [source for source in fr.get("sources", ()) if source in _MOBILE],
        "countries": sorted(countries),
        "party_types": sorted(types),
    }


def derived_keys_used(conditions: list[str]) -> tuple[str, ...]:
    """The `derived` keys the conditions read; all of them when one is read indirectly
    (`derived["eu"]`, or `derived` passed around whole)."""
    used = set()
    for condition in conditions:
        for match in _DERIVED_ACCESS.finditer(condition):
            if match.group(2) is None:
                return DERIVED_KEYS
            used.add(match.group(2))
    return tuple(key for key in DERIVED_KEYS if key in used) + tuple(sorted(used - set(DERIVED_KEYS)))


def affirmed_signals(spans: dict[str, list[dict]]) -> dict[str, bool]:
    """The `signals` values: whether each signal has a span that counts (not negated, and not
    law enforcement merely as the subject matter)."""
    return {name: any(counts(span) for span in found) for name, found in spans.items()}


def counts(span: dict) -> bool:
    """Whether a span counts as evidence: not negated, and not law enforcement as a topic."""
    return not span["negated"] and not span.get("topic", False)


def signal_names(reader: str) -> tuple[str, ...]:
    return reading.SIGNAL_NAMES if reader == "v2" else signal_detection.SIGNAL_NAMES


def cel_context(
    facts: dict,
    derived: dict,
    signals: dict[str, bool],
    variables: frozenset[str],
    derived_keys: tuple[str, ...],
) -> dict:
    """The CEL variables for one application, limited to what the policy reads."""
    context = {}
    if "facts" in variables:
        context["facts"] = facts
    if "derived" in variables:
        context["derived"] = {key: derived[key] for key in derived_keys}
    if "signals" in variables:
        context["signals"] = signals
    return context


def detect_signals(facts: dict, reader: str = DEFAULT_READER) -> dict[str, list[dict]]:
    """Every signal span in the free text of the facts, negated ones included."""
    return reading.detect(facts) if reader == "v2" else signal_detection.detect(facts)
