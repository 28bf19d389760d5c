"""An auditor's day in the browser: the dashboard, the audit log filtered to one application,
one event with its hashes, the application's decision record, a CSV export (downloaded and
read back), and the policy pages, which an auditor may read but not change."""
import csv
import io

import pytest

from audit.models import AuditEvent
from reviews.states import State
from tests.browser.conftest import login
from tests.factories import REALTIME_BODYCAM_FR, facts_for
from tests.reviews.helpers import application_in_state

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_auditor_follows_a_denial_from_the_dashboard_to_its_exported_record(page, alice, northshire, carol,
                                                                                acme, rita, audrey):
    denied = application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                                  facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    application_in_state(State.APPROVED, applicant=carol, reviewer=rita, facts=facts_for(acme))

    login(page, audrey)
    page.click("nav >> text=Oversight")
    assert page.locator("h1").inner_text() == "Dashboard"
    assert page.locator("svg.chart").count() >= 5  # nothing is overdue yet, so no chart for it
    assert "le-realtime-mobile-facial-recognition" in page.locator("#rules-matched").inner_text()

    # The audit log, filtered to the denied application.
    page.click(".subnav >> text=Audit log")
    page.fill("input[name=reference]", denied.reference)
    page.click("button:has-text('Filter')")
    rows = page.locator("table.audit-events tbody tr")
    assert rows.count() == AuditEvent.objects.for_subject(denied).count()
    assert all(denied.reference in text for text in rows.all_inner_texts())

    # One event: its data and both hashes.
    event = AuditEvent.objects.for_subject(denied).get(action="application.auto_deny")
    page.click(f"table.audit-events >> text=#{event.sequence}")
    assert event.hash in page.content() and event.prev_hash in page.content()
    assert page.get_by_text("matches the content").is_visible()

    # The decision record it belongs to.
    page.click(f"a:has-text('{denied.reference}')")
    assert page.locator("h1").inner_text() == f"Decision record: {denied.reference}"
    assert page.get_by_text("le-realtime-mobile-facial-recognition").first.is_visible()
    assert event.hash in page.content()

    # Export the filtered log as CSV and read the download.
    page.goto(f"/audit/?reference={denied.reference}")
    with page.expect_download() as download_info:
        page.click(".export-forms button:has-text('CSV')")
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    with open(download.path(), encoding="utf-8") as handle:
        rows = list(csv.DictReader(io.StringIO(handle.read())))
    assert [r["hash"] for r in rows] == list(
        AuditEvent.objects.for_subject(denied).order_by("sequence").values_list("hash", flat=True))
    exported = AuditEvent.objects.get(action="audit.exported")
    assert exported.actor_id == audrey.pk and exported.data["filters"] == {"reference": denied.reference}

    # Policies: readable, not changeable.
    page.click(".subnav >> text=Policy versions")
    assert page.locator("text=Upload a draft").count() == 0
    page.click("table.policy-versions >> text=v1")
    assert page.get_by_text("us-police-facial-recognition").first.is_visible()
    assert page.locator("button:has-text('Activate')").count() == 0
    response = page.goto("/policies/new/")
    assert response.status == 403
