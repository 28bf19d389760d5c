"""Sample applications every condition of a policy is tried on before the policy is accepted.

They cover the shapes that make a careless condition fail: no facial recognition at all (so
`facts.facial_recognition` is null), no end users, several end users, every mode and
environment, free text with affirmed and negated signals, and documents with and without the
optional fields of policy v2 (`organization.verified`, `domains`, `subdivision`, `deployment`).
"""
from screening.facts import validate_facts

_SAMPLES = (
    ("a company translating manuals, no facial recognition", {
        "title": "Manual translation",
        "description": "Translate product manuals into Spanish and German.",
        "organization": {"name": "Acme", "type": "commercial", "country": "DE"},
        "capabilities": ["translation"],
    }),
    ("a US police department using real-time facial recognition on body-worn cameras", {
        "title": "Patrol identification",
        "description": "Officers on patrol match faces against a watchlist in real time.",
        "organization": {"name": "Springfield PD", "type": "police_department", "country": "US",
                         "region": "IL"},
        "end_users": [{"name": "County Sheriff", "type": "police_department", "country": "PR"}],
        "capabilities": ["facial_recognition", "face_detection"],
        "facial_recognition": {"mode": "realtime", "sources": ["body_worn", "fixed_cctv"],
                               "environment": "uncontrolled", "purpose": "Find wanted persons."},
        "data_sources": "Booking photos.", "human_oversight": "A sergeant confirms every match.",
    }),
    ("a vendor for an EU agency, retrospective matching in a back office", {
        "title": "Back-office comparison",
        "description": "We do not use facial recognition in the field; for law enforcement only.",
        "organization": {"name": "Vendor BV", "type": "vendor", "country": "NL"},
        "end_users": [
            {"name": "Politie", "type": "other_law_enforcement", "country": "NL"},
            {"name": "University", "type": "academic", "country": "FR"},
        ],
        "capabilities": ["facial_recognition"],
        "facial_recognition": {"mode": "retrospective", "sources": ["booking_photos"],
                               "environment": "controlled", "purpose": ""},
    }),
    ("a verified organisation with the optional fields of policy v2 and a mobile camera on a van", {
        "title": "Van-mounted cameras",
        "description": "Vans with cameras compare faces against a watchlist for the police.",
        "organization": {"name": "Metro Vision Ltd", "type": "vendor", "country": "GB", "verified": True,
                         "domains": ["metrovision.example"], "subdivision": "GB-LND"},
        "end_users": [{"name": "Metropolitan Police", "type": "police_department", "country": "GB"}],
        "capabilities": ["facial_recognition"],
        "facial_recognition": {"mode": "realtime", "sources": ["vehicle_mounted"],
                               "environment": "uncontrolled", "purpose": "Find wanted persons."},
        "deployment": {"countries": ["GB"], "subdivisions": ["GB-LND"], "localities": ["Croydon"]},
    }),
)

PROBES: tuple[tuple[str, dict], ...] = tuple((label, validate_facts(raw)) for label, raw in _SAMPLES)
