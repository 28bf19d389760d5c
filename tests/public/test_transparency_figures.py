"""Acceptance (issue 14, item 1): the transparency figures of a seeded quarter equal those
recomputed from the audit export, and no published figure is below 5."""
import datetime
import json
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from public.figures import Quarter
from public.transparency import FEWER_THAN_5, WITHHELD, publish_column
from tests.public.conftest import SEEDED


def _export(client, auditor) -> list[dict]:
    """The audit log as an auditor downloads it (JSON Lines), parsed."""
    client.force_login(auditor)
    response = client.post(reverse("audit:export", args=["jsonl"]))
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    client.logout()
    return [json.loads(line) for line in body.splitlines() if line]


def _recount(rows: list[dict], quarter: Quarter, tree_size: int) -> dict:
    """The figures, counted again from the export with nothing of the application's code."""
    start = datetime.datetime(quarter.year, 3 * quarter.number - 2, 1, tzinfo=datetime.UTC)
    end = quarter.following.start
    rows = sorted((r for r in rows if r["sequence"] <= tree_size and r["subject_kind"] == "application"),
                  key=lambda r: r["sequence"])
    counts = Counter()
    by_rule = Counter()
    awaiting_appeal = set()
    for row in rows:
        when = datetime.datetime.fromisoformat(row["created_at"])
        inside = start <= when < end
        action, subject, data = row["action"], row["subject_public_id"], json.loads(row["data_json"])
        if action == "application.appeal":
            awaiting_appeal.add(subject)
            counts["appeals_lodged"] += inside
        elif action in ("application.approve", "application.sign_off", "application.deny", "application.auto_deny"):
            if subject in awaiting_appeal:
                awaiting_appeal.discard(subject)
                if inside:
                    upheld = action in ("application.deny", "application.auto_deny")
                    counts["appeals_upheld" if upheld else "appeals_overturned"] += 1
            elif inside and action == "application.auto_deny":
                counts["automatic_denials"] += 1
                by_rule.update({rule["id"] for rule in data["matched_rules"] if rule["effect"] == "deny"})
            elif inside:
                counts["denials" if action == "application.deny" else "approvals"] += 1
        elif action == "application.submit" and inside:
            counts["received"] += 1
    return {**{k: counts[k] for k in ("received", "automatic_denials", "approvals", "denials", "appeals_lodged",
                                      "appeals_upheld", "appeals_overturned")}, "by_rule": dict(by_rule)}


def _published(n: int):
    return n if n >= 5 else FEWER_THAN_5


def _every_value(report: dict):
    for table in report["tables"]:
        for row in table["rows"]:
            yield from ((table["id"], row["id"], column, value) for column, value in row["values"].items())
    yield ("median", "decisions", "", report["median_days_to_decision"]["decisions"])


def test_the_figures_equal_those_recomputed_from_the_audit_export(seeded_quarter, client, audrey):
    quarter = Quarter.containing(seeded_quarter.published_at)
    recounted = _recount(_export(client, audrey), quarter, seeded_quarter.tree_size)
    assert recounted == SEEDED  # the recount itself counts what the seed did

    report = client.get(reverse("public:transparency_json", args=[str(quarter)])).json()
    assert report["checkpoint"]["tree_size"] == seeded_quarter.tree_size
    assert report["checkpoint"]["root_hash"] == seeded_quarter.root_hash
    overview = {row["id"]: row["values"]["count"] for row in report["tables"][0]["rows"]}
    assert overview == {name: _published(recounted[name]) for name in overview}
    by_rule = {row["id"]: row["values"]["count"] for row in report["tables"][1]["rows"]}
    rules = sorted(recounted["by_rule"])
    assert by_rule == dict(zip(rules, publish_column([recounted["by_rule"][r] for r in rules]), strict=True))
    # One small count beside a total: its neighbour is withheld, so it cannot be worked out.
    assert by_rule == {"le-realtime-mobile-facial-recognition": FEWER_THAN_5, "us-police-facial-recognition": WITHHELD}


def test_no_published_figure_is_below_5(seeded_quarter, client):
    quarter = Quarter.containing(seeded_quarter.published_at)
    report = client.get(reverse("public:transparency_json", args=[str(quarter)])).json()
    values = list(_every_value(report))
    assert any(value == FEWER_THAN_5 for *_, value in values)  # the seed has small counts to hide
    for where in values:
        value = where[-1]
        assert value in (FEWER_THAN_5, WITHHELD) or (isinstance(value, int) and value >= 5), where

    csv_text = client.get(reverse("public:transparency_csv", args=[str(quarter)])).content.decode()
    for line in csv_text.splitlines()[1:]:
        table, _row, _column, value = line.rsplit(",", 3) if line.count(",") >= 3 else (line, "", "", "")
        if table in ("report", "checkpoint") or value == "" or "." in value:
            continue  # metadata and the median, a duration in days
        assert value in (FEWER_THAN_5, WITHHELD) or int(value) >= 5, line


def test_the_smallest_country_is_pooled_with_the_others_not_named(seeded_quarter, client):
    quarter = Quarter.containing(seeded_quarter.published_at)
    report = client.get(reverse("public:transparency_json", args=[str(quarter)])).json()
    by_country = next(t for t in report["tables"] if t["id"] == "by_country")
    assert [row["id"] for row in by_country["rows"]] == ["DE", "US", "other"]
    assert by_country["rows"][2]["values"]["received"] == FEWER_THAN_5


def test_a_column_with_one_small_count_withholds_its_smallest_neighbour():
    assert publish_column([9, 3, 6, 12]) == [9, FEWER_THAN_5, WITHHELD, 12]
    assert publish_column([9, 3, 0, 12]) == [9, FEWER_THAN_5, FEWER_THAN_5, 12]
    assert publish_column([9, 6]) == [9, 6]


def test_the_recount_command_agrees_with_the_report_and_notices_a_doctored_export(seeded_quarter, client, audrey,
                                                                                  tmp_path):
    quarter = str(Quarter.containing(seeded_quarter.published_at))
    rows = _export(client, audrey)
    export = tmp_path / "audit.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in rows))
    out = StringIO()
    call_command("transparency_recount", str(export), quarter=quarter, stdout=out)
    assert out.getvalue().startswith("OK:")

    # Drop five approvals from the export: the recount no longer matches what was published.
    approvals = [r for r in rows if r["action"] == "application.approve"][:5]
    export.write_text("".join(json.dumps(row) + "\n" for row in rows if row not in approvals))
    out = StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("transparency_recount", str(export), quarter=quarter, stdout=out)
    assert exit_.value.code == 1
    assert "DIFFERS: published ('overview', 'approvals', 'count', 5)" in out.getvalue()
