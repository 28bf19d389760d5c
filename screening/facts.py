"""The facts of an application (design §2), defined once: the vocabularies, with labels for
forms, and `validate_facts`, which turns any JSON value into the normalised facts document or
a `FactsError` naming every field that is wrong.

The messages of a `FactsError` are in the active language: the application form shows them to
its reader, while the API (which answers in English) and the `screen` command read them in English.

The normalised document is what the engine screens, what the `screen` command reads and what is
stored as the snapshot a decision was made on, so it is plain JSON with a fixed set of keys.
"""
import re

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from screening.countries import (
    COMMON_MISTAKES,
    COUNTRIES,
    COUNTRY_CODES,
    EU_COUNTRIES,
    US_AND_TERRITORIES,
)

ORG_TYPES = (
    ("police_department", _("Police department (municipal, sheriff, state, campus, transit, tribal)")),
    ("other_law_enforcement", _("Other law enforcement (federal, border, customs, prosecutors, corrections)")),
    ("vendor", _("Vendor, integrator or consultant")),
    ("government", _("Government body (not law enforcement)")),
    ("commercial", _("Commercial company")),
    ("nonprofit", _("Nonprofit organisation")),
    ("academic", _("University or research institute")),
)
LAW_ENFORCEMENT_TYPES = ORG_TYPES[:2]

CAPABILITIES = (
    ("text_generation", _("Text generation")),
    ("summarization", _("Summarisation")),
    ("translation", _("Translation")),
    ("speech_to_text", _("Speech to text")),
    ("document_analysis", _("Document analysis")),
    ("image_analysis", _("Image analysis")),
    ("face_detection", _("Face detection (finding faces without identifying anyone, e.g. to blur them)")),
    ("facial_recognition", _("Facial recognition (verifying or identifying people by their face)")),
    ("license_plate_recognition", _("Licence plate recognition")),
    ("code_generation", _("Code generation")),
    ("data_analysis", _("Data analysis")),
)

SOURCES = (
    ("body_worn", _("Body-worn cameras")),
    ("dash_mounted", _("Dash-mounted cameras")),
    ("handheld_mobile", _("Handheld mobile devices (phones, tablets)")),
    ("drone", _("Drones")),
    ("vehicle_mounted", _("Cameras on vehicles (e.g. live facial-recognition vans)")),
    ("fixed_cctv", _("Fixed CCTV cameras")),
    ("booking_photos", _("Booking photos (mugshots)")),
    ("uploaded_images", _("Uploaded images")),
)
MOBILE_SOURCES = SOURCES[:5]

FR_MODES = (
    ("realtime", _("Real time (live video)")),
    ("retrospective", _("Retrospective (recorded images, after the fact)")),
)
FR_ENVIRONMENTS = (
    ("controlled", _("Controlled (e.g. a back office, an enrolment desk)")),
    ("uncontrolled", _("Uncontrolled, in the wild (e.g. streets, public spaces, patrol)")),
)

TITLE_MAX_LENGTH = 200
NAME_MAX_LENGTH = 200
TEXT_MAX_LENGTH = 20_000
MAX_END_USERS = 100
MAX_DOMAINS = 50
MAX_PLACES = 100

# Non-field errors (the document itself is not an object) use Django's key for them.
DOCUMENT = "__all__"

_ORG_TYPE_VALUES = frozenset(v for v, _ in ORG_TYPES)
_CAPABILITY_VALUES = frozenset(v for v, _ in CAPABILITIES)
_SOURCE_VALUES = frozenset(v for v, _ in SOURCES)
_MODE_VALUES = frozenset(v for v, _ in FR_MODES)
_ENVIRONMENT_VALUES = frozenset(v for v, _ in FR_ENVIRONMENTS)

_TOP_KEYS = frozenset({
    "title", "description", "organization", "end_users", "capabilities",
    "facial_recognition", "data_sources", "human_oversight", "deployment",
})
_ORG_KEYS = frozenset({"name", "type", "country", "region", "verified", "domains", "subdivision"})
_DEPLOYMENT_KEYS = frozenset({"countries", "subdivisions", "localities"})
_SUBDIVISION = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}\Z")
_DOMAIN = re.compile(r"(?=.{1,253}\Z)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\Z")
_END_USER_KEYS = frozenset({"name", "type", "country"})
_FR_KEYS = frozenset({"mode", "sources", "environment", "purpose"})


__all__ = [
    "CAPABILITIES", "COUNTRIES", "EU_COUNTRIES", "FR_ENVIRONMENTS", "FR_MODES",
    "LAW_ENFORCEMENT_TYPES", "MOBILE_SOURCES", "ORG_TYPES", "SOURCES", "US_AND_TERRITORIES",
    "FactsError", "validate_facts",
]


class FactsError(ValueError):
    """The document is not valid facts; `fields` maps each field path to what is wrong."""

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        super().__init__("; ".join(f"{path}: {msg}" for path, msg in self.fields.items()))


def validate_facts(data) -> dict:
    """Return the normalised facts document for `data`, or raise `FactsError` with all errors."""
    if not isinstance(data, dict):
        raise FactsError({DOCUMENT: gettext("Expected a JSON object with the facts of the application.")})
    errors: dict[str, str] = {}
    # In document order, so that errors read top to bottom.
    facts = {
        "title": _text(errors, "title", data.get("title"), TITLE_MAX_LENGTH, required=True),
        "description": _text(errors, "description", data.get("description"), TEXT_MAX_LENGTH, required=True),
        "organization": _organization(errors, data.get("organization")),
        "end_users": _end_users(errors, data.get("end_users")),
        "capabilities": _capabilities(errors, data.get("capabilities")),
    }
    facts["facial_recognition"] = _facial_recognition(errors, data.get("facial_recognition"), facts["capabilities"])
    facts["data_sources"] = _text(errors, "data_sources", data.get("data_sources"), TEXT_MAX_LENGTH)
    facts["human_oversight"] = _text(errors, "human_oversight", data.get("human_oversight"), TEXT_MAX_LENGTH)
    if data.get("deployment") is not None:
        # Optional from policy v2 on: present in the normalised document only when given, so
        # that v1 documents and the snapshots stored under v1 keep their exact shape.
        facts["deployment"] = _deployment(errors, data["deployment"])
    _unknown_keys(errors, "", data, _TOP_KEYS)
    if errors:
        raise FactsError(errors)
    return facts


def _unknown_keys(errors: dict, prefix: str, data: dict, allowed: frozenset) -> None:
    for key in data:
        if key not in allowed:
            # A misspelt key (say "facial_recogniton") must not silently drop a fact.
            errors[f"{prefix}{key}"] = gettext("Unknown field. Expected only: %(fields)s.") % {
                "fields": ", ".join(sorted(allowed))}


def _text(errors: dict, path: str, value, max_length: int, *, required: bool = False) -> str:
    # PostgreSQL's jsonb refuses NUL, and lone surrogates cannot be encoded as UTF-8: refuse
    # both here rather than fail later when the snapshot is stored.
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors[path] = gettext("Expected a string.")
        return ""
    value = value.strip()
    if required and not value:
        errors[path] = _required()
    elif len(value) > max_length:
        errors[path] = gettext("At most %(limit)s characters (this has %(length)s).") % {
            "limit": max_length, "length": len(value)}
    elif "\x00" in value or not _encodable(value):
        errors[path] = gettext("Contains characters that cannot be stored (NUL or unpaired surrogates).")
    return value


def _required() -> str:
    # Django's own words, so its catalogues already say it in every language.
    return gettext("This field is required.")


def _encodable(value: str) -> bool:
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _show(value) -> str:
    """A short, safe rendering of a rejected value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _choice(errors: dict, path: str, value, allowed: frozenset) -> str:
    if isinstance(value, str) and value in allowed:
        return value
    if value is None or value == "":
        errors[path] = _required()
    else:
        errors[path] = gettext("%(value)s is not one of: %(choices)s.") % {
            "value": _show(value), "choices": ", ".join(sorted(allowed))}
    return ""


def _country(errors: dict, path: str, value) -> str:
    if value is None or value == "":
        errors[path] = _required()
        return ""
    if not isinstance(value, str):
        errors[path] = gettext("Expected a two-letter country code (ISO 3166-1 alpha-2), e.g. \"US\".")
        return ""
    code = value.strip().upper()
    if code in COUNTRY_CODES:
        return code
    if code in COMMON_MISTAKES:
        errors[path] = gettext("%(value)s is not an ISO 3166-1 alpha-2 country code (did you mean %(code)s?).") % {
            "value": _show(value), "code": COMMON_MISTAKES[code]}
    else:
        errors[path] = gettext("%(value)s is not an ISO 3166-1 alpha-2 country code.") % {"value": _show(value)}
    return ""


def _object(errors: dict, path: str, value, allowed: frozenset) -> dict | None:
    if value is None:
        errors[path] = _required()
        return None
    if not isinstance(value, dict):
        errors[path] = gettext("Expected a JSON object.")
        return None
    _unknown_keys(errors, f"{path}.", value, allowed)
    return value


def _organization(errors: dict, value) -> dict:
    org = _object(errors, "organization", value, _ORG_KEYS)
    if org is None:
        return {"name": "", "type": "", "country": "", "region": ""}
    result = {
        "name": _text(errors, "organization.name", org.get("name"), NAME_MAX_LENGTH, required=True),
        "type": _choice(errors, "organization.type", org.get("type"), _ORG_TYPE_VALUES),
        "country": _country(errors, "organization.country", org.get("country")),
        "region": _text(errors, "organization.region", org.get("region"), NAME_MAX_LENGTH),
    }
    # Optional from policy v2 on, present only when given (see validate_facts).
    if org.get("verified") is not None:
        if isinstance(org["verified"], bool):
            result["verified"] = org["verified"]
        else:
            errors["organization.verified"] = gettext("Expected true or false.")
    if org.get("domains") is not None:
        result["domains"] = _domains(errors, "organization.domains", org["domains"])
    if org.get("subdivision") not in (None, ""):
        result["subdivision"] = _subdivision(errors, "organization.subdivision", org["subdivision"],
                                             country=result["country"])
    return result


def _subdivision(errors: dict, path: str, value, *, country: str = "") -> str:
    if not isinstance(value, str):
        errors[path] = gettext("Expected an ISO 3166-2 subdivision code, e.g. \"US-CA\".")
        return ""
    code = value.strip().upper()
    match = _SUBDIVISION.match(code)
    if not match or match.group(1) not in COUNTRY_CODES:
        errors[path] = gettext("%(value)s is not an ISO 3166-2 subdivision code (e.g. \"US-CA\", \"DE-BY\").") % {
            "value": _show(value)}
        return ""
    if country and match.group(1) != country:
        errors[path] = gettext("%(code)s is not a subdivision of %(country)s.") % {"code": code, "country": country}
        return ""
    return code


def _string_list(errors: dict, path: str, value, limit: int) -> list | None:
    if not isinstance(value, list):
        errors[path] = gettext("Expected a list (it may be empty).")
        return None
    if len(value) > limit:
        errors[path] = gettext("At most %(limit)s entries.") % {"limit": limit}
        return None
    return value


def _domains(errors: dict, path: str, value) -> list:
    items = _string_list(errors, path, value, MAX_DOMAINS)
    domains: list[str] = []
    for i, item in enumerate(items or ()):
        domain = item.strip().lower().rstrip(".").removeprefix("@") if isinstance(item, str) else None
        if domain is None or not _DOMAIN.match(domain):
            errors[f"{path}.{i}"] = gettext("%(value)s is not an email domain, e.g. \"police.uk\".") % {
                "value": _show(item)}
        elif domain not in domains:
            domains.append(domain)
    return domains


def _deployment(errors: dict, value) -> dict:
    deployment = _object(errors, "deployment", value, _DEPLOYMENT_KEYS)
    result: dict = {"countries": [], "subdivisions": [], "localities": []}
    if deployment is None:
        return result
    for i, item in enumerate(_string_list(errors, "deployment.countries", deployment.get("countries") or [],
                                          MAX_PLACES) or ()):
        code = _country(errors, f"deployment.countries.{i}", item)
        if code and code not in result["countries"]:
            result["countries"].append(code)
    for i, item in enumerate(_string_list(errors, "deployment.subdivisions",
                                          deployment.get("subdivisions") or [], MAX_PLACES) or ()):
        code = _subdivision(errors, f"deployment.subdivisions.{i}", item)
        if code and code not in result["subdivisions"]:
            result["subdivisions"].append(code)
    for i, item in enumerate(_string_list(errors, "deployment.localities",
                                          deployment.get("localities") or [], MAX_PLACES) or ()):
        name = _text(errors, f"deployment.localities.{i}", item, NAME_MAX_LENGTH, required=True)
        if name and name not in result["localities"]:
            result["localities"].append(name)
    return result


def _end_users(errors: dict, value) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        errors["end_users"] = gettext("Expected a list of end users (it may be empty).")
        return []
    if len(value) > MAX_END_USERS:
        errors["end_users"] = gettext("At most %(limit)s end users.") % {"limit": MAX_END_USERS}
        return []
    users = []
    for i, item in enumerate(value):
        path = f"end_users.{i}"
        user = _object(errors, path, item, _END_USER_KEYS)
        if user is None:
            continue
        users.append({
            "name": _text(errors, f"{path}.name", user.get("name"), NAME_MAX_LENGTH, required=True),
            "type": _choice(errors, f"{path}.type", user.get("type"), _ORG_TYPE_VALUES),
            "country": _country(errors, f"{path}.country", user.get("country")),
        })
    return users


def _unique_choices(errors: dict, path: str, value, allowed: frozenset, *, none_chosen, not_a_list) -> list:
    """`none_chosen` and `not_a_list` are lazy messages, made text only when one is needed."""
    if value is None:
        errors[path] = str(none_chosen)
        return []
    if not isinstance(value, list):
        errors[path] = str(not_a_list)
        return []
    if not value:
        errors[path] = str(none_chosen)
    chosen: list[str] = []
    for i, item in enumerate(value):
        choice = _choice(errors, f"{path}.{i}", item, allowed)
        if choice and choice not in chosen:
            chosen.append(choice)
    return chosen


def _capabilities(errors: dict, value) -> list:
    return _unique_choices(errors, "capabilities", value, _CAPABILITY_VALUES,
                           none_chosen=_("Choose at least one capability."),
                           not_a_list=_("Expected a list of capability values."))


def _facial_recognition(errors: dict, value, capabilities: list) -> dict | None:
    declared = "facial_recognition" in capabilities
    capabilities_known = "capabilities" not in errors and not any(
        key.startswith("capabilities.") for key in errors
    )
    if not declared:
        # Only a clean capability list can tell that the details are out of place.
        if value is not None and capabilities_known:
            errors["facial_recognition"] = gettext(
                "Must be null unless facial_recognition is among the capabilities."
            )
        return None
    if value is None:
        errors["facial_recognition"] = gettext(
            "Required when facial_recognition is among the capabilities: give mode, sources "
            "and environment."
        )
        return None
    fr = _object(errors, "facial_recognition", value, _FR_KEYS)
    if fr is None:
        return None
    return {
        "mode": _choice(errors, "facial_recognition.mode", fr.get("mode"), _MODE_VALUES),
        "sources": _unique_choices(
            errors, "facial_recognition.sources", fr.get("sources"), _SOURCE_VALUES,
            none_chosen=_("Choose at least one source."), not_a_list=_("Expected a list of source values."),
        ),
        "environment": _choice(
            errors, "facial_recognition.environment", fr.get("environment"), _ENVIRONMENT_VALUES
        ),
        "purpose": _text(errors, "facial_recognition.purpose", fr.get("purpose"), TEXT_MAX_LENGTH),
    }
