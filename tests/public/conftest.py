"""A seeded quarter: applications of three kinds of organisation in four countries, taken through
the real services (screening, decisions, an appeal), then a signed checkpoint over the log."""
import pytest

from audit.transparency.checkpoints import checkpoint_publish
from reviews import services
from reviews.states import State
from tests.factories import REALTIME_BODYCAM_FR, RETROSPECTIVE_FR, facts_for, make_organization, make_user
from tests.reviews.helpers import application_in_state, fresh

# What the seed does, as the figures should count it.
SEEDED = {
    "received": 16,
    "automatic_denials": 8,
    "by_rule": {"us-police-facial-recognition": 6, "le-realtime-mobile-facial-recognition": 2},
    "approvals": 5,
    "denials": 2,
    "appeals_lodged": 1,
    "appeals_upheld": 0,
    "appeals_overturned": 1,
}


@pytest.fixture
def seeded_quarter(db, rita, sam):
    us_police = make_organization(name="Springfield Police Department", type="police_department", country="US")
    federal = make_organization(name="Bundeskriminalamt Test", type="other_law_enforcement", country="DE")
    company = make_organization(name="Rheinland Analytics", type="commercial", country="DE")
    university = make_organization(name="Aotearoa Research Institute", type="academic", country="NZ")
    dan = make_user("dan@springfield-pd.example", roles=["applicant"], organization=us_police)
    fern = make_user("fern@bka-test.example", roles=["applicant"], organization=federal)
    gus = make_user("gus@rheinland-analytics.example", roles=["applicant"], organization=company)
    uma = make_user("uma@aotearoa-research.example", roles=["applicant"], organization=university)

    for _ in range(6):  # denied automatically: facial recognition for a US police department
        application_in_state(State.DENIED, applicant=dan, reviewer=rita, facts=facts_for(us_police, **RETROSPECTIVE_FR))
    for _ in range(2):  # denied automatically: real-time recognition on body-worn cameras
        application_in_state(State.DENIED, applicant=fern, reviewer=rita, facts=facts_for(federal, **REALTIME_BODYCAM_FR))
    for _ in range(5):
        application_in_state(State.APPROVED, applicant=gus, reviewer=rita)
    application_in_state(State.DENIED, applicant=gus, reviewer=rita)
    appealed = application_in_state(State.DENIED, applicant=gus, reviewer=rita)
    services.application_appeal(application=appealed, by=gus, statement="We changed the data sources.")
    services.application_approve(application=fresh(appealed), by=sam, rationale="The appeal is convincing.")
    application_in_state(State.HUMAN_REVIEW, applicant=uma, reviewer=rita)
    return checkpoint_publish()
