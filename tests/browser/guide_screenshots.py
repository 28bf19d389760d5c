"""The screenshots of the user guides (docs/guides/), in one place: the browser test that takes
them (tests/browser/test_user_guides.py) and the test that checks the guides' image links
(tests/test_guides.py) both read these names, so a guide cannot show a picture nobody takes.

Each journey of the browser test takes exactly its names, in this order. The images are
written to docs/guides/img/<name>.png when UPDATE_GUIDE_SCREENSHOTS=1 (`make guides`)."""
from pathlib import Path

GUIDES_DIR = Path(__file__).resolve().parents[2] / "docs" / "guides"
IMAGES_DIR = GUIDES_DIR / "img"
GUIDES = ("applicant.md", "reviewer.md", "auditor.md", "public.md")

JOURNEYS: dict[str, tuple[str, ...]] = {
    "applicant": (
        "applicant-sign-up-free-mail",
        "applicant-check-your-email",
        "applicant-organisation-new",
        "applicant-organisation",
        "applicant-form",
        "applicant-form-facial-recognition",
        "applicant-form-errors",
        "applicant-form-before-you-submit",
        "applicant-status-in-review",
        "applicant-information-requested",
        "applicant-correct-and-resubmit",
        "applicant-enhanced-scrutiny",
        "applicant-approved",
        "applicant-denied",
        "applicant-appeal-sent",
        "applicant-applications",
    ),
    "reviewer": (
        "reviewer-queue",
        "reviewer-review-page",
        "reviewer-scrutiny-checklist",
        "reviewer-awaiting-second-reviewer",
        "reviewer-sign-off",
        "reviewer-approved",
        "reviewer-cannot-approve-yet",
        "reviewer-deny",
    ),
    "auditor": (
        "auditor-dashboard",
        "auditor-audit-log",
        "auditor-audit-event",
        "auditor-decision-record",
        "auditor-inclusion-proof",
        "auditor-decision-record-scrutiny",
        "auditor-policies",
        "auditor-policy",
    ),
    "admin": (
        "admin-organisations",
        "admin-organisation-verify",
        "admin-organisation-verified",
        "admin-pack-draft",
        "admin-pack-simulation",
        "admin-pack-activated",
    ),
    "public": (
        "public-transparency",
        "public-transparency-denials",
        "public-register",
        "keyboard-skip-link",
        "language-switcher",
        "language-french",
    ),
}

NAMES: frozenset[str] = frozenset(name for names in JOURNEYS.values() for name in names)
