"""The public register of approved uses: opt-in when applying, listed while approved, removed
(and audited) when the consent is withdrawn."""
import re
from pathlib import Path

from django.urls import reverse

from audit.events import AuditEventType
from audit.models import AuditEvent
from public.register import FIELDS
from reviews import services
from reviews.models import Application
from reviews.services import ActionNotAllowed
from reviews.states import State
from tests.reviews.helpers import application_in_state, fresh
from tests.reviews.views.applicant.helpers import form_data

REGISTER = reverse("public:register")
REGISTER_JSON = reverse("public:register_json")


def _approved(applicant, reviewer, *, consent: bool) -> Application:
    app = application_in_state(State.DRAFT, applicant=applicant, reviewer=reviewer)
    services.application_update_draft(application=app, by=applicant, facts=app.facts(), publish_consent=consent)
    services.application_submit(application=app, by=applicant, attested=True)
    services.application_begin_screening(application_id=app.pk)
    services.application_complete_screening(application_id=app.pk)
    services.application_approve(application=fresh(app), by=reviewer, rationale="Low risk.",
                                 conditions="Logs kept for a year.")
    return fresh(app)


def test_it_asks_for_consent_in_the_form_and_records_it_with_the_submission(client, carol, acme,
                                                                             django_capture_on_commit_callbacks):
    client.force_login(carol)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reviews:application_new"), {**form_data(acme, action="submit"), "publish_consent": "on"})
    app = Application.objects.get(created_by=carol)
    assert app.publish_consent is True
    submitted = AuditEvent.objects.for_subject(app).get(action=AuditEventType.APPLICATION_SUBMIT)
    assert submitted.data["publish_consent"] is True


def test_the_consent_is_off_unless_ticked(client, carol, acme):
    client.force_login(carol)
    client.post(reverse("reviews:application_new"), form_data(acme, action="submit"))
    assert Application.objects.get(created_by=carol).publish_consent is False


def test_it_lists_an_approved_use_only_with_consent(client, carol, rita):
    listed = _approved(carol, rita, consent=True)
    unlisted = _approved(carol, rita, consent=False)
    html = client.get(REGISTER).content.decode()
    assert listed.reference in html and "Logs kept for a year." in html and "Acme Logistics" in html
    assert unlisted.reference not in html
    exported = client.get(REGISTER_JSON).json()
    assert [entry["id"] for entry in exported["entries"]] == [listed.reference]
    assert list(exported["entries"][0]) == list(FIELDS)
    assert exported["entries"][0]["capabilities"] == ["summarization"]


def test_an_entry_reads_in_the_readers_language_and_the_export_keeps_codes(client, carol, rita):
    _approved(carol, rita, consent=True)  # Acme Logistics, a commercial company in Germany
    assert "Germany" in client.get(REGISTER).content.decode()
    french = client.get(REGISTER, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Allemagne" in french and "Germany" not in french
    assert client.get(REGISTER_JSON, HTTP_ACCEPT_LANGUAGE="fr").json()["entries"][0]["country"] == "DE"


def test_it_never_lists_what_is_not_approved(client, carol, rita):
    app = application_in_state(State.HUMAN_REVIEW, applicant=carol, reviewer=rita)
    Application.objects.filter(pk=app.pk).update(publish_consent=True)
    assert app.reference not in client.get(REGISTER).content.decode()
    revoked = _approved(carol, rita, consent=True)
    services.application_revoke(application=revoked, by=rita, rationale="Misuse reported.")
    assert client.get(REGISTER_JSON).json()["entries"] == []


def test_withdrawing_consent_removes_the_entry_and_is_audited(client, carol, rita):
    app = _approved(carol, rita, consent=True)
    client.force_login(carol)
    status_page = client.get(reverse("reviews:application_detail", args=[app.public_id])).content.decode()
    assert "Withdraw my consent to publish" in status_page
    response = client.post(reverse("reviews:application_unpublish", args=[app.public_id]))
    assert response.status_code == 302
    assert fresh(app).publish_consent is False
    assert app.reference not in client.get(REGISTER).content.decode()
    event = AuditEvent.objects.for_subject(app).get(action=AuditEventType.APPLICATION_PUBLICATION_CONSENT_WITHDRAWN)
    assert (event.actor, event.data) == (carol, {"publish_consent": False, "removed_from_register": True})


def test_only_the_applicants_may_withdraw_the_consent(carol, rita, alice):
    app = _approved(carol, rita, consent=True)
    for outsider in (rita, alice):
        try:
            services.application_withdraw_publication_consent(application=app, by=outsider)
        except ActionNotAllowed:
            pass
        else:
            raise AssertionError(f"{outsider} withdrew another organisation's consent")
    assert fresh(app).publish_consent is True
    assert not AuditEvent.objects.filter(action=AuditEventType.APPLICATION_PUBLICATION_CONSENT_WITHDRAWN).exists()


def test_the_register_needs_no_sign_in_and_says_when_it_is_empty(client, db):
    response = client.get(REGISTER)
    assert response.status_code == 200
    assert "No approved use is published in the register yet." in response.content.decode()


def test_every_exported_field_is_documented():
    documented = Path(__file__).resolve().parents[2] / "docs" / "register.md"
    names = set(re.findall(r"^\| `([a-z_]+)` \|", documented.read_text(), flags=re.MULTILINE))
    assert set(FIELDS) <= names
