"""The API reference renders in a real browser under the app's strict CSP: Swagger UI from the
sidecar's files, its start-up script a separate response, and no CSP violation on the way."""
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_api_docs_render_without_a_csp_violation(page):
    problems = []
    page.on("console", lambda message: problems.append(message.text)
            if "Content Security Policy" in message.text or message.type == "error" else None)
    page.goto("/api/v1/docs/")
    page.wait_for_selector(".swagger-ui .opblock-summary-path", timeout=30_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/applications/{public_id}/submit" in p.replace("\u200b", "") for p in paths)
    assert problems == []
