"""The transparency report's page and downloads: public, accessible, naming their checkpoint."""
import re

from django.urls import reverse

from audit.transparency.checkpoints import checkpoint_publish
from public.figures import Quarter
from tests.reviews.helpers import application_in_state

PAGE = reverse("public:transparency")


def test_it_needs_no_sign_in_and_names_the_checkpoint(seeded_quarter, client):
    response = client.get(PAGE)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"covering its first {seeded_quarter.tree_size} events" in html
    assert seeded_quarter.root_hash in html
    assert "fewer than 5" in html


def test_every_chart_has_a_table_and_every_table_a_caption_and_headers(seeded_quarter, client):
    html = client.get(PAGE).content.decode()
    assert html.count("<svg") == 3 and html.count("<figcaption>") == 3
    tables = re.findall(r"<table.*?</table>", html, flags=re.S)
    assert len(tables) == 4
    for table in tables:
        assert "<caption>" in table and '<th scope="col">' in table and '<th scope="row">' in table
    levels = [int(level) for level in re.findall(r"<h([1-6])", html)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_the_numbers_in_a_chart_are_never_small(seeded_quarter, client):
    html = client.get(PAGE).content.decode()
    for svg in re.findall(r"<svg.*?</svg>", html, flags=re.S):
        for value in re.findall(r'class="chart-value">([^<]*)<', svg):
            assert value in ("fewer than 5", "withheld") or int(value.replace(",", "")) >= 5, value


def test_the_downloads_name_the_checkpoint(seeded_quarter, client):
    quarter = str(Quarter.containing(seeded_quarter.published_at))
    csv_lines = client.get(reverse("public:transparency_csv", args=[quarter])).content.decode().splitlines()
    assert csv_lines[0] == "table,row,column,value"
    assert f"checkpoint,tree_size,,{seeded_quarter.tree_size}" in csv_lines
    report = client.get(reverse("public:transparency_json", args=[quarter])).json()
    assert report["checkpoint"]["note"] == seeded_quarter.note


def test_it_counts_only_what_the_checkpoint_covers(seeded_quarter, client, carol, rita):
    quarter = str(Quarter.containing(seeded_quarter.published_at))
    before = client.get(reverse("public:transparency_json", args=[quarter])).json()
    for _ in range(5):
        application_in_state("submitted", applicant=carol, reviewer=rita)
    assert client.get(reverse("public:transparency_json", args=[quarter])).json() == before
    checkpoint_publish()
    after = client.get(reverse("public:transparency_json", args=[quarter])).json()
    assert after["tables"][0]["rows"][0]["values"]["count"] == 21


def test_without_a_checkpoint_it_says_so(client, db):
    response = client.get(PAGE)
    assert response.status_code == 200
    assert "No report has been published yet" in response.content.decode()
    assert client.get(reverse("public:transparency_json", args=["2026-Q4"])).status_code == 404


def test_an_unknown_quarter_is_not_found(seeded_quarter, client):
    assert client.get(PAGE, {"quarter": "1999-Q1"}).status_code == 404
    assert client.get(PAGE, {"quarter": "nonsense"}).status_code == 404
