"""WCAG 2.1 AA, checked by axe-core on every page of every role (issue 14, acceptance 2): no
serious or critical violation anywhere. Each role's test visits its pages in the states that
change what they show (errors, the facial-recognition section, a denial, an approval, enhanced
scrutiny with its checklist); a last test walks the URL patterns, so a page added later fails
until it is listed here."""
import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts import services as account_services
from reviews.states import State
from screening.models import PolicyVersion
from tests.browser.a11y import assert_accessible
from tests.browser.conftest import login
from tests.factories import REALTIME_BODYCAM_FR, RETROSPECTIVE_FR, facts_for, make_organization, make_user
from tests.reviews.helpers import application_in_state

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every page a person opens, by URL name: the tests below visit each one.
PAGES = {
    "home", "account_login", "account_signup", "account_reset_password", "public:transparency", "public:register",
    "accounts:organization_home", "accounts:organization_create", "accounts:organization_detail",
    "accounts:organization_edit", "accounts:invitation_accept",
    "reviews:application_list", "reviews:application_new", "reviews:application_edit", "reviews:application_detail",
    "reviews:queue", "reviews:review",
    "oversight:dashboard", "oversight:record", "oversight:record_print", "oversight:organizations",
    "oversight:organization_verify",
    "audit:log", "audit:event", "policies:list", "policies:detail", "policies:simulate", "policies:upload",
    "policies:job", "audit:job",
}
# Not pages: actions that only answer POST and redirect, downloads and machine-readable exports.
NOT_PAGES = {
    "healthz", "admin_login", "accounts:invitation_send",  # admin_login: the sign-in page, checked above
    "set_language",  # POST only: the language switcher's form, on every page
    "reviews:application_withdraw", "reviews:application_resubmit", "reviews:application_appeal",
    "reviews:application_unpublish", "reviews:application_message", "reviews:application_document",
    "reviews:take_next", "reviews:claim", "reviews:release", "reviews:note", "reviews:message_applicant", "reviews:act",
    "oversight:inclusion_proof", "audit:export", "audit:verify", "policies:activate",
    "policies:simulate_background", "policies:withdraw",  # POST only: start a job, withdraw a pack
    "public:transparency_json", "public:transparency_csv", "public:register_json",
}
# The project's own namespaces; the Django admin and allauth's many account pages are not walked
# (the allauth pages people reach are in PAGES by name).
OWN_NAMESPACES = {"", "reviews", "accounts", "oversight", "audit", "policies", "public"}


def url_names(resolver=None, namespace: str = "") -> set[str]:
    names = set()
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace or namespace
            if inner in OWN_NAMESPACES and "allauth" not in str(entry.urlconf_name):
                names |= url_names(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(f"{namespace}:{entry.name}" if namespace else entry.name)
    return names


def test_every_page_of_the_project_is_checked():
    unlisted = url_names() - PAGES - NOT_PAGES
    assert not unlisted, f"pages without an accessibility check: add them to PAGES and visit them: {sorted(unlisted)}"


def check(page, url: str) -> None:
    response = page.goto(url)
    assert response.ok, f"{url}: {response.status}"
    assert_accessible(page, url)


def test_anonymous_pages(page):
    for name in ("home", "account_login", "account_signup", "account_reset_password", "public:transparency",
                 "public:register"):
        check(page, reverse(name))


def test_applicant_pages(page, alice, northshire, carol, acme, rita):
    draft = application_in_state(State.DRAFT, applicant=alice, reviewer=rita)
    denied = application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                                  facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    approved = application_in_state(State.APPROVED, applicant=carol, reviewer=rita, facts=facts_for(acme))
    needs_info = application_in_state(State.NEEDS_INFO, applicant=alice, reviewer=rita)
    reviewed_denial = application_in_state(State.DENIED, applicant=alice, reviewer=rita)
    login(page, alice)
    for url in (reverse("accounts:organization_home"),
                reverse("accounts:organization_detail", args=[northshire.public_id]),
                reverse("accounts:organization_edit", args=[northshire.public_id]),
                reverse("reviews:application_list"),
                reverse("reviews:application_edit", args=[draft.public_id]),
                *(reverse("reviews:application_detail", args=[app.public_id])
                  for app in (draft, denied, needs_info, reviewed_denial))):
        check(page, url)

    # The form: empty, with the facial-recognition section shown, then with its errors.
    check(page, reverse("reviews:application_new"))
    page.check("input[name=capabilities][value=facial_recognition]")
    assert page.locator("#facial-recognition").is_visible()
    assert_accessible(page, "application form, facial recognition shown")
    page.click("button[name=action][value=submit]")
    assert page.locator(".has-error").count() > 0
    assert_accessible(page, "application form with errors")

    # A message sent empty: the status page with the form's errors.
    page.goto(reverse("reviews:application_detail", args=[needs_info.public_id]))
    page.click("button:has-text('Send to the reviewers')")
    assert page.locator("[data-error-summary]").count() == 1
    assert_accessible(page, "status page, message form with errors")

    # An approval, with its conditions, seen by its own applicant.
    page.context.clear_cookies()
    login(page, carol)
    check(page, reverse("reviews:application_detail", args=[approved.public_id]))

    # Someone without an organisation yet: the start page and the creation form; an invitation.
    page.context.clear_cookies()
    newcomer = make_user("nina@northshire-police.example", roles=["applicant"])
    invitation = account_services.invitation_send(organization=northshire, by=alice, email=newcomer.email)
    login(page, newcomer)
    for url in (reverse("accounts:organization_home"), reverse("accounts:organization_create"),
                reverse("accounts:invitation_accept", args=[invitation.token])):
        check(page, url)
    page.goto(reverse("accounts:organization_create"))
    page.click("button:has-text('Create the organisation')")  # empty: the profile form's errors
    assert page.locator("[data-error-summary]").count() == 1
    assert_accessible(page, "organisation form with errors")


def test_reviewer_pages(page, alice, northshire, carol, acme, rita, sam):
    in_review = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita,
                                     facts=facts_for(northshire, **RETROSPECTIVE_FR))
    scrutiny = application_in_state(State.ENHANCED_SCRUTINY, applicant=alice, reviewer=rita,
                                    facts=facts_for(northshire, **RETROSPECTIVE_FR))
    plain = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita, facts=facts_for(acme))
    login(page, sam)
    for url in (reverse("reviews:queue"), reverse("reviews:queue") + "?state=human_review&overdue=1",
                reverse("reviews:review", args=[in_review.public_id]),  # recommend, with the checklist
                reverse("reviews:review", args=[scrutiny.public_id]),   # sign off
                reverse("reviews:review", args=[plain.public_id])):     # request info, deny, approve
        check(page, url)


def test_auditor_and_admin_pages(page, alice, northshire, carol, acme, rita, audrey, adam):
    from audit.models import AuditEvent

    denied = application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                                  facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    approved = application_in_state(State.APPROVED, applicant=carol, reviewer=rita, facts=facts_for(acme))
    unverified = make_organization(name="VisionWorks Analytics", type="commercial", country="US", verified=False)
    event = AuditEvent.objects.for_subject(denied).first()
    version = PolicyVersion.objects.get(is_active=True).version
    login(page, audrey)
    for url in (reverse("oversight:dashboard"), reverse("audit:log"), reverse("audit:log") + f"?reference={denied.reference}",
                reverse("audit:event", args=[event.sequence]),
                reverse("oversight:record", args=[denied.public_id]),
                reverse("oversight:record", args=[approved.public_id]),
                reverse("oversight:record_print", args=[approved.public_id]),
                reverse("policies:list"), reverse("policies:detail", args=[version]),
                reverse("policies:simulate", args=[version]),
                reverse("policies:simulate", args=[version]) + "?since=2020-01-01"):
        check(page, url)
    page.context.clear_cookies()

    # The progress pages of the background jobs (run at once in the tests' in-process mode).
    from oversight.jobs import audit_verification_job_start, simulation_job_start

    simulation = simulation_job_start(policy_version=PolicyVersion.objects.get(version=version), by=adam)
    verification = audit_verification_job_start(by=adam)
    login(page, adam)
    for url in (reverse("policies:job", args=[simulation.pk]), reverse("audit:job", args=[verification.pk]),
                reverse("policies:upload"), reverse("oversight:organizations"),
                reverse("oversight:organization_verify", args=[unverified.public_id]),
                reverse("oversight:dashboard")):
        check(page, url)
