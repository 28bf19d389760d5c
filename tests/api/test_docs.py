"""The schema and the browsable docs are served by the app itself: sidecar assets from our own
static files (no CDN), no inline script or style, under the unchanged strict CSP."""
import re

from django.contrib.staticfiles import finders


def test_the_schema_is_served_without_a_key(client):
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert "/api/v1/applications/{public_id}/submit" in schema["paths"]
    assert schema["components"]["securitySchemes"]["OrganizationKey"]["scheme"] == "bearer"


def test_the_docs_page_needs_nothing_the_csp_forbids(client, settings):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    page = response.content.decode()
    assert "<style" not in page and " style=" not in page
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts and all("src=" in attributes for attributes in scripts)
    for url in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert not url.startswith(("http:", "https:", "//")), url  # nothing from another origin
        if url.startswith(settings.STATIC_URL if settings.STATIC_URL.startswith("/") else "/" + settings.STATIC_URL):
            assert finders.find(url.split("/static/", 1)[1]), url
    script_url = re.search(r'<script src="([^"]+\?[^"]*script[^"]*)"', page).group(1).replace("&amp;", "&")
    start = client.get(script_url)
    assert start.status_code == 200 and start["Content-Type"].startswith("application/javascript")
    assert "/api/v1/schema/" in start.content.decode()
