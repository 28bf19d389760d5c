"""Numbers and dates read from requests: digits str.isdigit() accepts but int() refuses, numbers
too long for int() or a bigint, and dates whose arithmetic overflows are ignored with a note or
refused next to their field, never a 500 (one parser, `request_values`, for every page)."""
import pytest
from django.test import Client

from audit.models import AuditEvent
from request_values import parse_date, parse_int
from reviews.queue import _decode

pytestmark = pytest.mark.django_db

HUGE = "9" * 5000


def client_for(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.mark.parametrize("value", ["²", "٣", "1e3", "-1", " ", HUGE, "9" * 19, "12\n3"])
def test_parse_int_refuses_what_no_page_hands_out(value):
    assert parse_int(value) is None


def test_parse_int_reads_ascii_digits_within_bounds():
    assert parse_int(" 42 ") == 42
    assert parse_int("999999999999999999") == 10**18 - 1
    assert parse_int("0", minimum=1) is None
    assert parse_int(10**30) is None and parse_int(True) is None and parse_int(7) == 7


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "0000-01-01", "10000-01-01", "2026-02-30"])
def test_parse_date_gives_a_message_for_dates_out_of_range_or_invalid(value):
    with pytest.raises(ValueError, match="date"):
        parse_date(value)


@pytest.mark.parametrize("query", [{"before": "²"}, {"after": "²"}, {"before": HUGE}, {"after": "9" * 30}])
def test_the_audit_log_ignores_a_broken_page_link_with_a_note(audrey, query):
    response = client_for(audrey).get("/audit/", query)
    assert response.status_code == 200
    assert "That page link is not valid" in response.content.decode()


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "10000-01-01", "0000-01-01"])
def test_the_audit_log_shows_a_message_next_to_an_out_of_range_date(audrey, value):
    response = client_for(audrey).get("/audit/", {"until": value})
    assert response.status_code == 200
    assert 'id="f-until-error"' in response.content.decode()


@pytest.mark.parametrize("path", [f"/audit/events/{'9' * 30}/", f"/audit/events/{HUGE}/", "/audit/events/²/"])
def test_an_event_number_no_event_can_have_is_404(audrey, path):
    assert client_for(audrey).get(path).status_code == 404


@pytest.mark.parametrize("weeks", ["²", HUGE, "9" * 30, "0"])
def test_the_dashboard_reads_odd_weeks_as_the_default_or_the_bounds(audrey, weeks):
    assert client_for(audrey).get("/oversight/", {"weeks": weeks}).status_code == 200


def test_a_queue_cursor_with_an_infinite_or_huge_number_is_no_longer_valid(rita):
    import base64

    keys = [("risk_score", True), ("id", True)]
    for raw in (b"[1e400, 1]", b'["\\u00b2", 1]', b"[1, " + b"9" * 5000 + b"]", b"[1, 99999999999999999999]"):
        assert _decode(base64.urlsafe_b64encode(raw).decode(), keys) is None
    cursor = base64.urlsafe_b64encode(b"[1e400, 1]").decode()
    response = client_for(rita).get("/review/", {"sort": "risk", "after": cursor})
    assert response.status_code == 200
    assert "That page link is no longer valid" in response.content.decode()


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01"])
def test_the_policy_simulation_shows_a_message_next_to_an_out_of_range_date(audrey, value):
    response = client_for(audrey).get("/policies/v1/simulate/", {"until": value})
    assert response.status_code == 400
    assert "Enter a date between 1900-01-01 and 9998-12-31." in response.content.decode()


@pytest.mark.parametrize("filters", [{"until": "9999-12-31"}, {"since": "2026-13-01"}])
def test_an_export_with_a_broken_filter_is_refused_and_leaves_no_event(audrey, filters):
    response = client_for(audrey).post("/audit/export/csv/", filters)
    assert response.status_code == 400
    assert "f-since-error" in response.content.decode() or "f-until-error" in response.content.decode()
    assert not AuditEvent.objects.filter(action="audit.exported").exists()


@pytest.mark.parametrize("target", ["²", "audit:event", "//evil.example/", "https://evil.example/"])
def test_verify_now_goes_back_only_to_a_path_on_this_site(audrey, target):
    response = client_for(audrey).post("/audit/verify/", {"next": target})
    assert response.status_code == 302
    assert response["Location"] == "/audit/"


@pytest.mark.parametrize("text", ["٢٠٢٦-Q1", "2026-Q²", "9" * 5000 + "-Q1", "2026-Q5", "1999-Q4"])
def test_a_transparency_quarter_is_ascii_digits_within_range(text):
    from public.figures import Quarter

    with pytest.raises(ValueError):
        Quarter.parse(text)
    assert Quarter.parse("2026-q4") == Quarter(2026, 4)
