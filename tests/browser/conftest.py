"""Browser tests: Playwright drives Debian's Chromium (never a browser downloaded by a test
tool) against pytest-django's live server on the test database.

Each test gets a fresh browser context; `login(page, user)` signs a persona in through the
real sign-in form. On a machine without Chromium the tests skip, and in CI they fail.
"""
import os
import re
import shutil

import pytest

from tests.conftest import require_service
from tests.factories import PASSWORD

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between page actions are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if not path:
        require_service("Chromium", "install Debian's chromium package")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # While Playwright's event loop runs in this thread, Django (asgiref's Local) keeps this
    # thread's database connections apart from those it uses without a loop. Each set is closed
    # before the other takes over, or a session left open keeps the test database from being
    # dropped at the end of the run.
    connections.close_all()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield browser
        connections.close_all()
        browser.close()
    connections.close_all()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def login(page, user, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")


def confirmation_path() -> str:
    """The verification link of the last email sent, without the host (the page knows the live
    server)."""
    from django.core import mail

    assert mail.outbox, "no verification email was sent"
    found = re.search(r"https?://[^/\s]+(/\S*/confirm-email/\S+)", mail.outbox[-1].body)
    assert found, mail.outbox[-1].body
    return found.group(1)
