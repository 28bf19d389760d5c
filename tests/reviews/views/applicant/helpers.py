"""Posting the application form as a browser would."""
from tests.factories import facts_for

ATTESTED = {"attest_accurate": "on", "attest_no_us_police_fr": "on", "attest_code_of_conduct": "on"}


def form_data(org, *, action="save", end_users=(), attested=True, **overrides) -> dict:
    """The POST body of a complete application form for `org`."""
    facts = facts_for(org)
    data = {
        "action": action,
        "title": facts["title"],
        "description": facts["description"],
        "org_name": org.name,
        "org_type": org.type,
        "org_country": org.country,
        "org_region": "",
        "capabilities": ["summarization"],
        "data_sources": facts["data_sources"],
        "human_oversight": facts["human_oversight"],
        "end_users-TOTAL_FORMS": str(len(end_users)),
        "end_users-INITIAL_FORMS": "0",
        "end_users-MIN_NUM_FORMS": "0",
        "end_users-MAX_NUM_FORMS": "100",
    }
    for i, user in enumerate(end_users):
        for key, value in user.items():
            data[f"end_users-{i}-{key}"] = value
    if attested:
        data.update(ATTESTED)
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def stored_attachment(application, by, content: bytes = PDF):
    """A document on an application in any state (uploads go through the form while editable)."""
    from django.core.files.base import ContentFile

    from reviews.models import Attachment

    attachment = Attachment(application=application, original_name="plan.pdf", size=len(content), uploaded_by=by)
    attachment.file.save("document.pdf", ContentFile(content), save=True)
    return attachment
