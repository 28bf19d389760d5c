"""The journeys of the user guides (docs/guides/), walked on the live server with seeded data, each
step asserted, and a screenshot taken where the guide shows one: so the guides' pictures are
always of the application as it is.

`shot(page, name)` saves a PNG of the viewport (1280×900). The images go to a temporary
directory, so a normal run leaves the repository clean; with UPDATE_GUIDE_SCREENSHOTS=1
(`make guides`) they are written to docs/guides/img/<name>.png. The names, and the order each
journey takes them in, are in tests/browser/guide_screenshots.py."""
import csv
import datetime
import io
import json
import os
import re

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import Organization
from audit.events import AuditEventType
from audit.models import AuditEvent
from audit.transparency.checkpoints import checkpoint_publish
from reviews import services
from reviews.models import Application
from reviews.services.organizations import organization_verify
from reviews.states import State
from screening.models import PolicyVersion
from tests.browser.conftest import confirmation_path, login
from tests.browser.guide_screenshots import IMAGES_DIR, JOURNEYS, NAMES
from tests.factories import REALTIME_BODYCAM_FR, RETROSPECTIVE_FR, facts_for, make_organization, make_user
from tests.reviews.helpers import application_in_state, fresh, full_checklist

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

UPDATE = os.environ.get("UPDATE_GUIDE_SCREENSHOTS") == "1"
ATTESTATIONS = ("attest_accurate", "attest_no_us_police_fr", "attest_code_of_conduct")
CONDITIONS = "Retrospective searches only, in the office; a trained examiner confirms every match."


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory):
    if UPDATE:
        IMAGES_DIR.mkdir(parents=True, exist_ok=True)
        return IMAGES_DIR
    return tmp_path_factory.mktemp("guide-screenshots")


@pytest.fixture(autouse=True)
def _policy_v2_active(_active_policy):
    """The policy of a fresh installation, v2, whichever journey runs first: the first test of a
    run sees the migrations' data, the later ones a flushed database with v1 put back."""
    from screening.services import policy_version_activate, policy_version_load

    version = PolicyVersion.objects.filter(version="v2").first()
    if version is None:
        source = (settings.BASE_DIR / "policies" / "v2.yaml").read_text(encoding="utf-8")
        version = policy_version_load(source=source)
    if not version.is_active:
        policy_version_activate(policy_version=version)


@pytest.fixture
def shot(screenshot_dir):
    """`shot(page, name)`: a PNG of what the page shows now; `at` scrolls an element to the top
    first, `full_page` takes the whole page where a step needs it. The names taken are kept on
    `shot.taken`, for each journey to check against its list."""
    taken: list[str] = []

    def shot(page, name: str, *, at=None, full_page: bool = False) -> None:
        assert name in NAMES, f"{name} is not in tests/browser/guide_screenshots.py"
        assert name not in taken, f"{name} taken twice"
        page.wait_for_load_state("networkidle")
        if at is not None:
            at.first.evaluate("el => el.scrollIntoView({block: 'start'})")
        page.screenshot(path=str(screenshot_dir / f"{name}.png"), full_page=full_page, animations="disabled",
                        caret="hide")
        taken.append(name)

    shot.taken = taken
    return shot


def new_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    return context.new_page()


def press_access_key(page, key: str) -> None:
    """Alt+<key>, as Chromium reads an accesskey on Linux and Windows. Playwright's own key press
    leaves out the character the browser matches accesskeys against, so the key goes through the
    DevTools protocol."""
    event = {"modifiers": 1, "key": key, "code": f"Key{key.upper()}", "windowsVirtualKeyCode": ord(key.upper()),
             "unmodifiedText": key}
    session = page.context.new_cdp_session(page)
    session.send("Input.dispatchKeyEvent", {"type": "keyDown", **event})
    session.send("Input.dispatchKeyEvent", {"type": "keyUp", **event})
    session.detach()



# --------------------------------------------------------------------------------- applicant

def test_the_applicant_guide(page, shot, rita, sam, adam):
    # Sign up: a free-mail address is refused, a work address is accepted.
    page.goto("/accounts/signup/")
    page.fill("input[name=email]", "d.okafor@gmail.com")
    page.fill("input[name=password1]", "Eastmoor-duty-2026!")
    page.fill("input[name=password2]", "Eastmoor-duty-2026!")
    page.click("form button[type=submit]")
    expect(page.locator("main")).to_contain_text("Please use your work address")
    shot(page, "applicant-sign-up-free-mail")

    page.fill("input[name=email]", "d.okafor@eastmoor-police.example")
    page.fill("input[name=password1]", "Eastmoor-duty-2026!")
    page.fill("input[name=password2]", "Eastmoor-duty-2026!")
    page.click("form button[type=submit]")
    expect(page.get_by_role("heading", name=re.compile("Verify Your Email Address", re.I))).to_be_visible()
    assert mail.outbox[-1].to == ["d.okafor@eastmoor-police.example"]
    shot(page, "applicant-check-your-email")

    page.goto(confirmation_path())
    page.click("form button[type=submit]")

    # The organisation's profile, with the evidence a verifier will check.
    expect(page.get_by_role("heading", name="Your organisation", exact=True)).to_be_visible()
    page.fill("input[name=name]", "Eastmoor Police")
    page.select_option("select[name=type]", "police_department")
    page.select_option("select[name=country]", "GB")
    page.fill("input[name=region]", "Eastmoorshire")
    page.fill("input[name=website]", "https://www.eastmoor-police.example/")
    page.fill("input[name=registry_id]", "EMP-0417")
    page.fill("textarea[name=evidence]", "Listed among the territorial police forces on the Home Office register.")
    shot(page, "applicant-organisation-new", at=page.locator("section.panel"))
    page.click("button:has-text('Create the organisation')")
    expect(page.get_by_role("heading", name="Eastmoor Police", exact=True)).to_be_visible()
    expect(page.locator("main")).to_contain_text("Not verified yet")
    organization = Organization.objects.get(name="Eastmoor Police")
    assert not organization.is_verified
    shot(page, "applicant-organisation")

    # The form: who applies comes from the profile.
    page.click("main >> text=New application")
    expect(page.get_by_role("heading", name="New application", exact=True)).to_be_visible()
    profile = page.locator("#organisation-profile")
    expect(profile).to_contain_text("Eastmoor Police")
    expect(profile).to_contain_text("Not yet: applications can be submitted and reviewed, but approved only")
    page.fill("input[name=title]", "Search archived CCTV stills for suspects")
    shot(page, "applicant-form")

    details = page.locator("#facial-recognition")
    expect(details).to_be_hidden()
    page.check("input[name=capabilities][value=facial_recognition]")
    expect(details).to_be_visible()
    page.check("input[name=fr_mode][value=retrospective]")
    page.check("input[name=fr_sources][value=fixed_cctv]")
    page.check("input[name=fr_environment][value=controlled]")
    page.fill("textarea[name=fr_purpose]", "Identify suspects of serious offences from stills an investigator "
                                           "has already selected.")
    shot(page, "applicant-form-facial-recognition", at=page.locator("fieldset.section", has_text="3. Capabilities"))

    # Submitting before it is complete: the errors, at the top and beside each field.
    page.click("button[name=action][value=submit]")
    expect(page.locator("[data-error-summary]")).to_be_visible()
    expect(page.locator(".field.has-error", has=page.locator("textarea[name=description]"))).to_contain_text(
        "This field is required.")
    assert page.is_checked("input[name=fr_sources][value=fixed_cctv]")  # what was given is kept
    shot(page, "applicant-form-errors")

    page.fill("textarea[name=description]", "Investigators compare stills from recorded CCTV footage with our "
                                            "custody images, in the office, to find suspects of serious crimes.")
    page.fill("textarea[name=data_sources]", "Recorded CCTV footage seized in investigations; custody images.")
    page.fill("textarea[name=human_oversight]", "A trained facial examiner reviews every possible match.")
    page.check("input[name=publish_consent]")
    for name in ATTESTATIONS:
        page.check(f"input[name={name}]")
    shot(page, "applicant-form-before-you-submit", at=page.locator("fieldset.section", has_text="8. Before you submit"))
    page.click("button[name=action][value=submit]")

    # Screened at once: a person reviews it; the decision's due date is shown.
    status = page.locator(".status-box")
    expect(status.locator(".state")).to_have_text("In review")
    expect(status).to_contain_text("A decision is due by")
    application = Application.objects.get(organization=organization)
    assert application.state == State.HUMAN_REVIEW and application.enhanced_scrutiny_required
    shot(page, "applicant-status-in-review")

    # A reviewer asks for more; the applicant replies, corrects and resubmits.
    question = "Which custody images will you search, and how long do you keep the stills?"
    services.application_request_info(application=application, by=rita, message=question)
    page.reload()
    expect(status.locator(".state")).to_have_text("Information requested")
    expect(page.locator("article.message.from-reviewer")).to_contain_text(question)
    shot(page, "applicant-information-requested")
    page.fill("textarea[name=body]", "Custody images of people charged in the last six years; stills are "
                                     "deleted when the case closes. The data sources field now says so.")
    page.click("button:has-text('Send to the reviewers')")
    expect(page.locator("article.message.from-applicant")).to_contain_text("deleted when the case closes")
    page.click("text=Correct the application")
    expect(page.locator("p.notice")).to_contain_text("A reviewer asked for more information")
    page.fill("textarea[name=data_sources]", "Recorded CCTV footage seized in investigations, deleted when the case "
                                             "closes; custody images of people charged in the last six years.")
    shot(page, "applicant-correct-and-resubmit", at=page.locator("main"))
    page.click("button:has-text('Save and resubmit')")
    expect(status.locator(".state")).to_have_text("In review")

    # The organisation is verified, one reviewer recommends approval, a second one signs off.
    organization_verify(organization=organization, by=adam, type="police_department", country="GB",
                        note="Checked on the Home Office list of police forces.")
    application = fresh(application)
    assert application.state == State.HUMAN_REVIEW and Organization.objects.get(pk=organization.pk).is_verified
    services.application_recommend_approval(application=application, by=rita, checklist=full_checklist(eu=False),
                                            rationale="Retrospective, examiner-confirmed searches with "
                                                      "deletion rules.", proposed_conditions=CONDITIONS)
    page.reload()
    expect(status.locator(".state")).to_have_text("Enhanced scrutiny")
    expect(status).to_contain_text("a second, independent reviewer checks it before any approval")
    shot(page, "applicant-enhanced-scrutiny")

    reverify = timezone.localdate() + datetime.timedelta(days=365)
    services.application_sign_off(application=fresh(application), by=sam, rationale="I concur.",
                                  reverification_date=reverify)
    page.reload()
    expect(status.locator(".state")).to_have_text("Approved")
    expect(status.locator(".conditions")).to_have_text(CONDITIONS)
    expect(status).to_contain_text("Re-verification date")
    expect(page.locator("main")).to_contain_text("where it is listed now")
    assert rita.email not in page.content() and sam.email not in page.content()
    shot(page, "applicant-approved")

    # A use the policy forbids is denied at once, with the reasons; the applicant appeals.
    page.goto("/applications/new/")
    page.fill("input[name=title]", "Identify wanted people on patrol")
    page.fill("textarea[name=description]", "Officers' body-worn cameras flag people on our wanted list as they "
                                            "walk past, so that officers can stop them.")
    page.check("input[name=capabilities][value=facial_recognition]")
    page.check("input[name=fr_mode][value=realtime]")
    page.check("input[name=fr_sources][value=body_worn]")
    page.check("input[name=fr_environment][value=uncontrolled]")
    page.fill("textarea[name=fr_purpose]", "Find wanted people in the street.")
    for name in ATTESTATIONS:
        page.check(f"input[name={name}]")
    page.click("button[name=action][value=submit]")
    expect(status.locator(".state")).to_have_text("Denied")
    reasons = " ".join(status.locator("ul.reasons li").all_inner_texts())
    assert "real-time facial recognition on mobile cameras" in reasons
    expect(page.locator("form.appeal-form")).to_be_visible()
    shot(page, "applicant-denied")

    page.fill("textarea[name=statement]", "The cameras would only record; matching would happen later, in the office.")
    page.click("button:has-text('Send appeal')")
    expect(status.locator(".state")).to_have_text("In review")
    expect(status).to_contain_text("is examined by a reviewer other than the one who decided")
    denied = Application.objects.get(title="Identify wanted people on patrol")
    assert denied.state == State.HUMAN_REVIEW and denied.appealed_at is not None
    shot(page, "applicant-appeal-sent")

    page.click("nav >> text=Applications")
    rows = page.locator("table.data tbody tr")
    expect(rows).to_have_count(2)
    shot(page, "applicant-applications")

    assert shot.taken == list(JOURNEYS["applicant"])


# ---------------------------------------------------------------------------------- reviewer

SCRUTINY_NOTES = {
    "legal_authority": "Police and Criminal Evidence Act 1984; the force's published policy on face search.",
    "purpose_limitation": "Serious offences only; every search is logged with its case number.",
    "human_oversight": "A trained facial examiner confirms every possible match.",
    "data_retention": "Stills are deleted when the case closes.",
    "accuracy_bias_testing": "Supplier's independent test report; examiners' training records.",
    "impact_assessment": "Data protection impact assessment of March 2026, attached.",
    "public_transparency": "The policy and yearly search figures are published on the force's website.",
    "misuse_safeguards": "The professional standards unit audits searches every month.",
}


def test_the_reviewer_guide(browser, live_server, shot, northshire, alice, acme, carol, rita, sam):
    # The queue: one law-enforcement application nobody has claimed, and others a colleague holds.
    face_search = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita, facts=facts_for(
        northshire, title="Retrospective face search of custody images",
        description="Analysts compare a suspect's face in CCTV stills with our custody images, in the office, "
                    "to identify suspects of serious crimes.", **RETROSPECTIVE_FR))
    visionworks = make_organization(name="VisionWorks Analytics", type="vendor", country="US", verified=False,
                                    website="https://www.visionworks.example/")
    vendor = make_user("sales@visionworks.example", roles=["applicant"], organization=visionworks)
    plates = application_in_state(State.HUMAN_REVIEW, applicant=vendor, reviewer=rita, facts=facts_for(
        visionworks, title="Licence-plate reading for a UK force",
        description="Read number plates from the force's fixed roadside cameras and compare them with its list of "
                    "stolen vehicles.", capabilities=["license_plate_recognition"],
        end_users=[{"name": "Northshire Police", "type": "police_department", "country": "GB"}]))
    theft_scores = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita, facts=facts_for(
        acme, title="Theft risk scores for warehouse staff",
        description="Score each warehouse employee's likelihood of stealing from their shift patterns and "
                    "badge records, to decide whom to search.", capabilities=["data_analysis"]))
    for application in (plates, theft_scores):
        services.application_claim(application=application, by=sam)
    application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=sam)

    page = new_page(browser, live_server)
    login(page, rita)
    page.click("nav >> text=Review queue")
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    rows = page.locator("table.data tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.filter(has_text=face_search.reference)).to_contain_text("law-enforcement-use")
    shot(page, "reviewer-queue")

    # Take next (Alt+T): the one unclaimed application, now assigned to the reviewer.
    with page.expect_navigation():
        press_access_key(page, "t")
    assert page.url.endswith(f"/review/{face_search.public_id}/")
    expect(page.locator(".messages")).to_contain_text(f"{face_search.reference} is now assigned to you.")
    expect(page.locator(".status-line")).to_contain_text("enhanced scrutiny required")
    expect(page.locator("ol.rules")).to_contain_text("law-enforcement-use")
    expect(page.locator("ol.rules")).to_contain_text("facial-recognition-use")
    expect(page.locator("summary", has_text=re.compile(r"^Approve$"))).to_have_count(0)  # scrutiny: no direct approval
    shot(page, "reviewer-review-page")

    # The enhanced scrutiny checklist: an answer and a note for every item, then the recommendation.
    page.click("summary:has-text('Recommend approval')")
    for key, note in SCRUTINY_NOTES.items():
        page.select_option(f"select[name='recommend-{key}__answer']", "satisfied")
        page.fill(f"textarea[name='recommend-{key}__note']", note)
    assert page.locator("select[name$='__answer']").count() == len(SCRUTINY_NOTES)
    page.fill("textarea[name='recommend-rationale']", "Retrospective, examiner-confirmed searches for serious "
                                                      "offences, with deletion rules and monthly audits.")
    page.fill("textarea[name='recommend-proposed_conditions']", CONDITIONS)
    shot(page, "reviewer-scrutiny-checklist", at=page.locator("details[open]"))
    page.click("details[open] button:has-text('Confirm')")
    expect(page.locator(".status-line .state")).to_have_text("Enhanced scrutiny")
    expect(page.get_by_text("Awaiting the second reviewer.")).to_be_visible()
    expect(page.locator("summary", has_text="Sign off")).to_have_count(0)  # never one's own recommendation
    shot(page, "reviewer-awaiting-second-reviewer", at=page.locator("main"))

    # A second reviewer signs off: the proposed conditions are there to keep or change.
    second = new_page(browser, live_server)
    login(second, sam)
    second.goto("/review/?state=enhanced_scrutiny")
    second.click(f"text={face_search.reference}")
    second.click("summary:has-text('Sign off as second reviewer')")
    assert second.input_value("textarea[name='sign_off-conditions']") == CONDITIONS
    second.fill("textarea[name='sign_off-rationale']", "I concur: the checklist is complete and the safeguards "
                                                      "are adequate.")
    shot(second, "reviewer-sign-off", at=second.locator("details[open]"))
    second.click("details[open] button:has-text('Confirm')")
    expect(second.locator(".status-line .state")).to_have_text("Approved")
    record = second.locator("article.scrutiny")
    expect(record).to_contain_text(f"Signed off (concurs) by {sam.email}")
    shot(second, "reviewer-approved", at=second.locator("#scrutiny-h"))
    second.context.close()

    # An organisation not verified yet: its application can be reviewed, not approved.
    page.goto(f"/review/{plates.public_id}/")
    notice = page.locator("p.notice")
    expect(notice).to_contain_text("Cannot be approved yet: the type and country of VisionWorks Analytics have not "
                                   "been verified.")
    shot(page, "reviewer-cannot-approve-yet")

    # A denial: the rationale for the record, the reasons for the applicant.
    page.goto(f"/review/{theft_scores.public_id}/")
    page.click("summary:has-text('Deny')")
    page.fill("textarea[name='deny-rationale']", "Scoring staff for likely theft profiles individuals without any "
                                                 "suspicion; outside the code of conduct.")
    page.fill("textarea[name='deny-reasons']", "The service may not be used to score people's likelihood of "
                                               "committing an offence.\nSearches must rest on a specific suspicion, "
                                               "not on a score.")
    shot(page, "reviewer-deny", at=page.locator("#screening-h"))
    page.click("details[open] button:has-text('Confirm')")
    expect(page.locator(".status-line .state")).to_have_text("Denied")
    page.context.close()

    assert fresh(face_search).state == State.APPROVED and fresh(theft_scores).state == State.DENIED
    actions = set(AuditEvent.objects.values_list("action", "actor_label"))
    assert {("application.recommend_approval", rita.email), ("application.sign_off", sam.email),
            ("application.deny", rita.email)} <= actions
    assert shot.taken == list(JOURNEYS["reviewer"])


# --------------------------------------------------------------------------- auditor, admin

def screened(*, applicant, facts: dict, publish: bool = False) -> Application:
    """An application submitted and screened, with or without consent to the public register."""
    application = services.application_create_draft(organization=applicant.organizations.first(), by=applicant,
                                                    facts=facts, publish_consent=publish)
    services.application_submit(application=application, by=applicant, attested=True)
    services.application_begin_screening(application_id=application.pk)
    services.application_complete_screening(application_id=application.pk)
    return fresh(application)


def scrutiny_approval(*, applicant, organization, first, second, publish: bool = False, **facts):
    """A law-enforcement application approved by two reviewers under enhanced scrutiny."""
    application = screened(applicant=applicant, facts=facts_for(organization, **facts), publish=publish)
    assert application.state == State.HUMAN_REVIEW
    services.application_recommend_approval(application=application, by=first, checklist=full_checklist(eu=False),
                                            rationale="Safeguards are adequate.", proposed_conditions=CONDITIONS)
    services.application_sign_off(application=fresh(application), by=second, rationale="I concur.")
    return fresh(application)


def test_the_auditor_guide(page, shot, northshire, alice, acme, carol, rita, sam, audrey):
    springfield = make_organization(name="Springfield Police Department", type="police_department", country="US")
    officer = make_user("officer@springfield-pd.example", roles=["applicant"], organization=springfield)
    denied = application_in_state(State.DENIED, applicant=officer, reviewer=rita, facts=facts_for(
        springfield, title="Match body-camera stills against mugshots", **RETROSPECTIVE_FR))
    approved = scrutiny_approval(applicant=alice, organization=northshire, first=rita, second=sam,
                                 title="Retrospective face search of custody images", **RETROSPECTIVE_FR)
    for _ in range(2):
        application_in_state(State.APPROVED, applicant=carol, reviewer=rita)
    application_in_state(State.DENIED, applicant=carol, reviewer=sam)
    application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    checkpoint_publish()

    login(page, audrey)
    page.click("nav >> text=Oversight")
    expect(page.locator("h1")).to_have_text("Dashboard")
    expect(page.locator("#rules-matched")).to_contain_text("us-police-facial-recognition")
    expect(page.locator("#denial-rate")).to_have_text(re.compile(r"\d+%"))
    shot(page, "auditor-dashboard")

    # The audit log: check the chain now, then the events of one application.
    page.click(".subnav >> text=Audit log")
    page.click("button:has-text('Verify now')")
    expect(page.locator(".messages")).to_contain_text(re.compile(r"Audit chain: \d+ events verified, intact\."))
    expect(page.locator(".chain-status")).to_contain_text("verified, intact")
    page.fill("input[name=reference]", denied.reference)
    page.click("button:has-text('Filter')")
    rows = page.locator("table.audit-events tbody tr")
    expect(rows).to_have_count(AuditEvent.objects.for_subject(denied).count())
    shot(page, "auditor-audit-log")

    event = AuditEvent.objects.for_subject(denied).get(action=AuditEventType.APPLICATION_AUTO_DENY)
    page.click(f"table.audit-events >> text=#{event.sequence}")
    expect(page.locator("h1")).to_have_text(f"Event #{event.sequence}: application.auto_deny")
    expect(page.get_by_text("matches the content")).to_be_visible()
    shot(page, "auditor-audit-event")

    # Its decision record, and the proof that the decision is in the signed log.
    page.click(f"a:has-text('{denied.reference}')")
    expect(page.locator("h1")).to_have_text(f"Decision record: {denied.reference}")
    expect(page.locator("main")).to_contain_text("by the system (automatic screening)")
    expect(page.locator(".record-screening")).to_contain_text("us-police-facial-recognition")
    shot(page, "auditor-decision-record")
    transparency = page.locator("section[aria-labelledby=r-transparency]")
    expect(transparency).to_contain_text(f"The decision is event #{event.sequence}")
    with page.expect_download() as download_info:
        transparency.get_by_role("link", name="Download its inclusion proof").click()
    with open(download_info.value.path(), encoding="utf-8") as handle:
        proof = json.load(handle)
    assert event.hash in json.dumps(proof)
    shot(page, "auditor-inclusion-proof", at=page.locator("#r-transparency"))

    # An export of the filtered log, itself recorded in the log.
    page.goto(f"/audit/?reference={denied.reference}")
    with page.expect_download() as download_info:
        page.click(".export-forms button:has-text('CSV')")
    with open(download_info.value.path(), encoding="utf-8") as handle:
        exported = list(csv.DictReader(io.StringIO(handle.read())))
    assert [row["hash"] for row in exported] == list(
        AuditEvent.objects.for_subject(denied).order_by("sequence").values_list("hash", flat=True))
    assert AuditEvent.objects.filter(action="audit.exported", actor=audrey).exists()

    # The record of an approval under enhanced scrutiny: the checklist and both reviewers.
    page.goto(f"/oversight/applications/{approved.public_id}/record/")
    scrutiny = page.locator("section[aria-labelledby=r-scrutiny]")
    expect(scrutiny).to_contain_text(re.compile(f"Recommended .* by {re.escape(rita.email)}"))
    expect(scrutiny).to_contain_text(f"{sam.email}, signed off (concurs)")
    shot(page, "auditor-decision-record-scrutiny", at=page.locator("#r-scrutiny"))

    # Policy versions: readable and simulated, never changed by an auditor.
    page.click(".subnav >> text=Policy versions")
    expect(page.locator("table.policy-versions")).to_contain_text("v2")
    expect(page.locator("text=Upload a draft")).to_have_count(0)
    shot(page, "auditor-policies")
    page.click("table.policy-versions >> a:text-is('v2')")
    expect(page.locator("h1")).to_contain_text("Policy v2")
    expect(page.locator("table.policy-rules")).to_contain_text("us-police-facial-recognition")
    expect(page.locator("button:has-text('Activate')")).to_have_count(0)
    shot(page, "auditor-policy")
    page.get_by_role("button", name="Simulate", exact=True).click()
    expect(page.locator("main")).to_contain_text("Nothing was stored.")
    assert page.goto("/policies/new/").status == 403

    assert shot.taken == list(JOURNEYS["auditor"])


PACK = (settings.BASE_DIR / "policies" / "packs" / "us-state-local.yaml").read_text(encoding="utf-8")


def test_the_admin_guide(page, shot, northshire, alice, rita, sam, adam):
    visionworks = make_organization(name="VisionWorks Analytics", type="vendor", country="US", verified=False,
                                    website="https://www.visionworks.example/", registry_id="DE-SOS 7321554",
                                    evidence="Delaware Division of Corporations, file number 7321554.")
    vendor = make_user("sales@visionworks.example", roles=["applicant"], organization=visionworks)
    plates = application_in_state(State.HUMAN_REVIEW, applicant=vendor, reviewer=rita, facts=facts_for(
        visionworks, title="Licence-plate reading for a UK force", capabilities=["license_plate_recognition"],
        end_users=[{"name": "Northshire Police", "type": "police_department", "country": "GB"}]))
    san_francisco = make_organization(name="San Francisco Department of Emergency Management", type="government",
                                      country="US", subdivision="US-CA")
    sally = make_user("sally@sfgov.example", roles=["applicant"], organization=san_francisco)
    missing_person = application_in_state(State.HUMAN_REVIEW, applicant=sally, reviewer=rita, facts=facts_for(
        san_francisco, title="Find missing people in photos sent by families", capabilities=["facial_recognition"],
        facial_recognition={"mode": "retrospective", "sources": ["uploaded_images"], "environment": "controlled",
                            "purpose": "Find a missing person."},
        deployment={"countries": ["US"], "localities": ["San Francisco"]}))
    scrutiny_approval(applicant=alice, organization=northshire, first=rita, second=sam, **RETROSPECTIVE_FR)

    # Organisations waiting for verification, and one organisation's evidence.
    login(page, adam)
    page.click("nav >> text=Organisations")
    expect(page.locator("h1")).to_have_text("Organisations")
    waiting = page.locator("table.data tbody tr")
    expect(waiting.filter(has_text="VisionWorks Analytics")).to_contain_text("Not verified")
    shot(page, "admin-organisations")

    page.click("text=VisionWorks Analytics")
    expect(page.locator("main")).to_contain_text("Delaware Division of Corporations, file number 7321554.")
    expect(page.locator("main")).to_contain_text("sales@visionworks.example")
    page.fill("textarea[name=note]", "Looked up file number 7321554 in the Delaware company register: "
                                     "VisionWorks Analytics Inc., active.")
    shot(page, "admin-organisation-verify")
    page.click("button:has-text('Verify the organisation')")
    expect(page.locator(".messages")).to_contain_text(
        "VisionWorks Analytics is verified. Its applications can now be approved.")
    expect(page.locator("main")).to_contain_text(f"by {adam.email}")
    assert Organization.objects.get(pk=visionworks.pk).is_verified
    shot(page, "admin-organisation-verified")
    page.goto(f"/review/{plates.public_id}/")
    expect(page.locator("p.notice")).to_have_count(0)  # no longer "cannot be approved yet"

    # A jurisdiction pack: uploaded as a draft, simulated against past applications, activated.
    page.click("nav >> text=Oversight")
    page.click(".subnav >> text=Policy versions")
    page.click("text=Upload a draft")
    page.fill("textarea[name=source]", PACK)
    page.click("button:has-text('Check and store the draft')")
    expect(page.locator("h1")).to_have_text(
        "Pack us-state-local-2026.1: United States: state and local facial-recognition law")
    expect(page.get_by_role("link", name="San Francisco Administrative Code, chapter 19B").first).to_be_visible()
    shot(page, "admin-pack-draft")

    page.get_by_role("button", name="Simulate", exact=True).click()
    expect(page.locator("#count-newly-denied")).to_have_text("1")
    expect(page.locator("table.simulation-changes")).to_contain_text(missing_person.reference)
    shot(page, "admin-pack-simulation")

    page.click("button:has-text('Activate us-state-local-2026.1')")
    expect(page.get_by_text("is now the active version of pack us-state-local")).to_be_visible()
    assert PolicyVersion.objects.get(version="us-state-local-2026.1").is_active
    shot(page, "admin-pack-activated")

    assert shot.taken == list(JOURNEYS["admin"])


# ------------------------------------------------------------------------------------ public

def test_the_public_guide(page, shot, northshire, alice, acme, carol, rita, sam):
    springfield = make_organization(name="Springfield Police Department", type="police_department", country="US")
    officer = make_user("officer@springfield-pd.example", roles=["applicant"], organization=springfield)
    for _ in range(6):  # denied automatically: facial recognition for a US police department
        application_in_state(State.DENIED, applicant=officer, reviewer=rita,
                             facts=facts_for(springfield, **RETROSPECTIVE_FR))
    application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                         facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    scrutiny_approval(applicant=alice, organization=northshire, first=rita, second=sam, publish=True,
                      title="Retrospective face search of custody images",
                      description="Analysts compare a suspect's face in CCTV stills with the force's custody "
                                  "images, in the office; a trained examiner confirms every match.",
                      **RETROSPECTIVE_FR)
    translation = screened(applicant=carol, publish=True, facts=facts_for(
        acme, title="Translate customs documents", capabilities=["translation"],
        description="Translate customs declarations and freight papers between German, Polish and English."))
    services.application_approve(application=translation, by=rita, rationale="Low risk.",
                                 conditions="No personal data beyond names and addresses on the documents.")
    for _ in range(4):
        application_in_state(State.APPROVED, applicant=carol, reviewer=rita)
    appealed = application_in_state(State.DENIED, applicant=carol, reviewer=rita)
    services.application_appeal(application=appealed, by=carol, statement="We removed the personal data.")
    services.application_approve(application=fresh(appealed), by=sam, rationale="The appeal is convincing.")
    checkpoint = checkpoint_publish()

    # The transparency report: anyone, without signing in.
    page.goto("/")
    page.click("footer >> text=Transparency report")
    expect(page.locator("h1")).to_have_text("Transparency report")
    expect(page.locator("main")).to_contain_text(f"covering its first {checkpoint.tree_size} events")
    shot(page, "public-transparency")
    denials = page.locator("section[aria-labelledby=h-rules]")
    expect(denials).to_contain_text("us-police-facial-recognition")
    expect(denials).to_contain_text("fewer than 5")  # one real-time body-camera denial: not published as a number
    shot(page, "public-transparency-denials", at=page.locator("#h-rules"))
    for link in ("CSV", "JSON"):
        href = page.locator("#h-basis ~ p a", has_text=re.compile(f"^{link}$")).get_attribute("href")
        response = page.request.get(href)
        assert response.status == 200 and response.body()

    # The register: only the approved uses whose applicants consented.
    page.click("footer >> text=Register of approved uses")
    expect(page.locator("h1")).to_have_text("Register of approved uses")
    entries = page.locator("article.register-entry")
    expect(entries).to_have_count(2)
    expect(entries.first).to_contain_text("Conditions")
    exported = page.request.get("/register.json").json()
    assert sorted(entry["id"] for entry in exported["entries"]) == sorted(
        Application.objects.filter(publish_consent=True, state=State.APPROVED).values_list("reference", flat=True))
    shot(page, "public-register")

    # The keyboard: the first Tab shows "Skip to main content".
    page.goto("/transparency/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    shot(page, "keyboard-skip-link")
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    # The language switcher, at the foot of every page.
    page.goto("/transparency/")
    page.select_option("#language-switcher-select", "fr")
    page.focus("#language-switcher-select")
    shot(page, "language-switcher", at=page.locator("footer"))
    page.click("footer button:has-text('Change language')")
    expect(page.locator("h1")).to_have_text("Rapport de transparence")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    shot(page, "language-french")

    assert shot.taken == list(JOURNEYS["public"])
