"""Create demo organisations, one user per role and applications in several states.

Idempotent: running it again creates nothing that is already there. Every application goes
through the same services as in real use, so the audit log of the demo is a real one.
"""
import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import Membership, Organization
from accounts.roles import ADMIN, APPLICANT, AUDITOR, REVIEWER
from accounts.services import organization_verify
from reviews import services
from reviews.models import Application, ScrutinyRecord
from reviews.states import State

DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 (documented demo logins)

ORGANIZATIONS = {
    "springfield": {"name": "Springfield Police Department", "type": "police_department", "country": "US",
                    "region": "Illinois", "subdivision": "US-IL", "email_domain": "springfield-pd.example",
                    "website": "https://www.springfield-pd.example/", "registry_id": "IL0000000"},
    "northshire": {"name": "Northshire Police", "type": "police_department", "country": "GB",
                   "region": "England", "email_domain": "northshire-police.example",
                   "website": "https://www.northshire-police.example/"},
    "visionworks": {"name": "VisionWorks Analytics", "type": "vendor", "country": "US",
                    "region": "California", "subdivision": "US-CA", "email_domain": "visionworks.example",
                    "website": "https://www.visionworks.example/", "registry_id": "CA-C0000000"},
    "acme": {"name": "Acme Logistics", "type": "commercial", "country": "DE", "region": "Hamburg",
             "subdivision": "DE-HH", "email_domain": "acme-logistics.example",
             "website": "https://www.acme-logistics.example/", "registry_id": "HRB 00000"},
}
# Verified by the demo admin; VisionWorks waits, so the verification page has something to do.
VERIFIED = ("springfield", "northshire", "acme")

USERS = [
    # email, roles, organisation key, name
    ("officer@springfield-pd.example", [APPLICANT], "springfield", "Pat", "Officer"),
    ("analyst@northshire-police.example", [APPLICANT], "northshire", "Nia", "Analyst"),
    ("sales@visionworks.example", [APPLICANT], "visionworks", "Vic", "Vendor"),
    ("it@acme-logistics.example", [APPLICANT], "acme", "Ada", "Acme"),
    ("reviewer@usecase-review.example", [REVIEWER], None, "Rae", "Reviewer"),
    ("reviewer2@usecase-review.example", [REVIEWER], None, "Rob", "Second-Reviewer"),
    ("auditor@usecase-review.example", [AUDITOR], None, "Aud", "Auditor"),
    ("admin@usecase-review.example", [ADMIN], None, "Ali", "Admin"),
]


def _facts(org: Organization, **overrides) -> dict:
    facts = {
        "organization": {"name": org.name, "type": org.type, "country": org.country, "region": org.region},
        "end_users": [],
        "facial_recognition": None,
        "data_sources": "",
        "human_oversight": "",
    }
    facts.update(overrides)
    return facts


def demo_applications(orgs: dict) -> list[tuple[str, str, dict, str]]:
    """(organisation key, applicant email, facts, where to take it)."""
    s, n, v, a = orgs["springfield"], orgs["northshire"], orgs["visionworks"], orgs["acme"]
    return [
        ("springfield", "officer@springfield-pd.example", _facts(
            s, title="Body-camera suspect matching on patrol",
            description="Officers on patrol will match faces seen by body-worn cameras against our database of "
                        "wanted persons and prior inmates in real time.",
            capabilities=["facial_recognition"],
            facial_recognition={"mode": "realtime", "sources": ["body_worn"], "environment": "uncontrolled",
                                "purpose": "Identify wanted persons during patrol."}), "screen"),
        ("northshire", "analyst@northshire-police.example", _facts(
            n, title="Retrospective matching of custody images",
            description="Investigators compare a still image from a recorded incident with custody images in a "
                        "back office. A trained examiner confirms every candidate before any action.",
            capabilities=["facial_recognition"],
            facial_recognition={"mode": "retrospective", "sources": ["booking_photos", "uploaded_images"],
                                "environment": "controlled", "purpose": "Investigate serious offences."},
            data_sources="Custody image database; CCTV stills from investigations.",
            human_oversight="Every match is confirmed by a trained examiner and a supervisor."), "approve_scrutiny"),
        ("northshire", "analyst@northshire-police.example", _facts(
            n, title="Summaries of witness statements",
            description="Summarise long witness statements for case officers. No biometric processing.",
            capabilities=["summarization", "document_analysis"],
            human_oversight="Case officers read the original statements before relying on a summary."), "recommend"),
        ("visionworks", "sales@visionworks.example", _facts(
            v, title="Face search platform for city police",
            description="We build a face search product that lets detectives upload a photo and find matching "
                        "people in mugshot galleries.",
            end_users=[{"name": "Riverside Police Department", "type": "police_department", "country": "US"}],
            capabilities=["facial_recognition", "image_analysis"],
            facial_recognition={"mode": "retrospective", "sources": ["uploaded_images", "booking_photos"],
                                "environment": "controlled", "purpose": "Identify suspects from photos."}), "screen"),
        ("visionworks", "sales@visionworks.example", _facts(
            v, title="Licence plate reading for a UK force",
            description="Read licence plates from fixed roadside cameras for Northshire Police.",
            end_users=[{"name": "Northshire Police", "type": "police_department", "country": "GB"}],
            capabilities=["license_plate_recognition", "image_analysis"]), "screen"),
        ("acme", "it@acme-logistics.example", _facts(
            a, title="Translating shipping documents",
            description="Translate customs and shipping documents between German, English and Spanish.",
            capabilities=["translation", "document_analysis"],
            human_oversight="Staff check every translation before it is filed."), "approve"),
        ("acme", "it@acme-logistics.example", _facts(
            a, title="Warehouse camera analytics",
            description="Count parcels on conveyor belts. Faces of workers are blurred; nobody is identified.",
            capabilities=["image_analysis", "face_detection"]), "request_info"),
        ("acme", "it@acme-logistics.example", _facts(
            a, title="Customer email drafting",
            description="Draft replies to customer emails for our service team.",
            capabilities=["text_generation"]), "draft"),
    ]


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Show what would be created, create nothing.")

    def handle(self, *args, dry_run: bool = False, **options):
        if dry_run:
            for email, roles, *_ in USERS:
                self.stdout.write(f"user {email} ({', '.join(roles)})")
            return
        orgs = {key: self._organization(**values) for key, values in ORGANIZATIONS.items()}
        users = {email: self._user(email, roles, orgs.get(org_key), first, last)
                 for email, roles, org_key, first, last in USERS}
        for key in VERIFIED:
            if not orgs[key].is_verified:
                orgs[key] = organization_verify(organization=orgs[key], by=users["admin@usecase-review.example"],
                                                type=orgs[key].type, country=orgs[key].country,
                                                note="Demo data: checked against the website.")
        created = 0
        for org_key, email, facts, plan in demo_applications(orgs):
            if Application.objects.filter(organization=orgs[org_key], title=facts["title"]).exists():
                continue
            self._play(orgs[org_key], users[email], facts, plan, users)
            created += 1
        self.stdout.write(self.style.SUCCESS(f"Demo data ready ({created} new application(s))."))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, roles, *_ in USERS:
            self.stdout.write(f"  {', '.join(roles):10} {email}")

    def _organization(self, **values) -> Organization:
        org, _ = Organization.objects.get_or_create(name=values["name"], defaults=values)
        return org

    def _user(self, email, roles, org, first, last):
        User = get_user_model()
        user = User.objects.filter(email=email).first()
        if user is None:
            with transaction.atomic():
                user = User.objects.create_user(email=email, password=DEMO_PASSWORD, first_name=first, last_name=last,
                                                is_staff=ADMIN in roles)
                user.groups.set(Group.objects.filter(name__in=roles))
                EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
                if org is not None:
                    Membership.objects.create(user=user, organization=org)
        return user

    def _play(self, org, applicant, facts, plan, users):
        reviewer = users["reviewer@usecase-review.example"]
        reviewer2 = users["reviewer2@usecase-review.example"]
        # The approved demo uses are published in the public register, with their applicants' consent.
        application = services.application_create_draft(organization=org, by=applicant, facts=facts,
                                                        publish_consent=plan in ("approve", "approve_scrutiny"))
        if plan == "draft":
            return
        services.application_submit(application=application, by=applicant, attested=True)
        application.refresh_from_db()
        if application.state in (State.SUBMITTED, State.SCREENING):
            # With a broker configured, a worker screens it; here it is done in-process.
            services.screen_submitted_application(application_id=application.pk)
            application.refresh_from_db()
        if application.state != State.HUMAN_REVIEW or plan == "screen":
            return
        reverify = timezone.localdate() + datetime.timedelta(days=365)
        if plan == "approve":
            services.application_approve(application=application, by=reviewer, rationale="Low-risk translation use.",
                                         conditions="Human review of every translation.", reverification_date=reverify)
        elif plan == "request_info":
            services.application_request_info(application=application, by=reviewer,
                                              message="Please confirm how the blurred footage is stored and for how long.")
        elif plan in ("recommend", "approve_scrutiny"):
            checklist = {key: {"answer": "satisfied", "note": "Documented in the supporting material."}
                         for key, _ in ScrutinyRecord.required_items(eu=False)}
            services.application_recommend_approval(
                application=application, by=reviewer, checklist=checklist,
                rationale="Controlled, retrospective use with examiner confirmation and clear legal basis.",
                proposed_conditions="Proof of concept only, 90 days; a trained examiner confirms every match.")
            if plan == "approve_scrutiny":
                services.application_sign_off(application=application, by=reviewer2, reverification_date=reverify,
                                              rationale="I concur: safeguards are adequate for a limited pilot.")
