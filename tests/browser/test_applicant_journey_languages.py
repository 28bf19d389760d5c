"""The applicant's journey in Spanish and in German (issue 14, acceptance 3): a member of a US
police department whose browser asks for the language signs up, verifies the address, creates
the organisation, applies for real-time facial recognition on body-worn cameras and reads the
automatic denial. No English string of the interface is left on any page on the way, and the
denial's reasons are the policy's, in that language."""
import re
from pathlib import Path

import polib
import pytest
import yaml
from django.conf import settings
from django.core import mail
from playwright.sync_api import expect

from reviews.models import Application
from reviews.states import State
from tests.browser.conftest import confirmation_path

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(settings.BASE_DIR)
PASSWORD = "Patrol-shift-2026!"
ALLAUTH = Path(__import__("allauth").__file__).resolve().parent / "locale"
WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Words that are the same in English and the language, or names, which can stay.
SAME_EVERYWHERE = {"Use-Case Review", "OK", "API", "Email", "E-Mail", "PDF", "Name", "Status"}

JOURNEYS = {
    "es": {"accept": "es-ES,es;q=0.9", "email": "l.garcia@springfield-pd.example",
           "title": "Identificar personas buscadas durante la patrulla",
           "description": "Los agentes llevan cámaras corporales que comparan en tiempo real los rostros de la "
                          "calle con nuestra lista de personas buscadas.",
           "purpose": "Comparar los rostros captados por las cámaras corporales con la lista de personas buscadas."},
    "de": {"accept": "de-DE,de;q=0.9", "email": "k.weber@springfield-pd.example",
           "title": "Gesuchte Personen auf Streife erkennen",
           "description": "Die Beamten tragen Körperkameras, die Gesichter auf der Straße in Echtzeit mit "
                          "unserer Fahndungsliste abgleichen.",
           "purpose": "Gesichter aus den Körperkameras mit der Fahndungsliste abgleichen."},
}


def english_of_the_interface(language: str) -> set[str]:
    """The interface's English sentences and phrases that the language translates differently:
    ours, allauth's, and the policy's reasons."""
    catalogs = [polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")),
                polib.pofile(str(ALLAUTH / language / "LC_MESSAGES" / "django.po"))]
    english = set()
    for catalog in catalogs:
        for entry in catalog:
            if entry.obsolete or not entry.msgstr or entry.msgstr == entry.msgid:
                continue
            # The fixed parts of a message with placeholders; HTML tags are not text.
            for part in re.split(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>", entry.msgid):
                part = " ".join(part.split()).strip(" .,:;()")
                if len(WORDS.findall(part)) >= 2 and part not in entry.msgstr:
                    english.add(part)
    policy = yaml.safe_load((ROOT / "policies" / "v2.yaml").read_text(encoding="utf-8"))
    for rule in policy["rules"]:
        english.add(" ".join(rule["reason"].split())[:60])
    return english - SAME_EVERYWHERE


def assert_no_english(page, english: set[str]) -> None:
    text = " ".join(page.locator("body").inner_text().split())
    left = sorted(phrase for phrase in english if phrase in text)
    assert not left, f"{page.url}: English left on the page: {left}"



@pytest.fixture
def page_in(browser, live_server):
    contexts = []

    def open_page(language: str):
        context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900},
                                      locale=JOURNEYS[language]["accept"].split(",")[0],
                                      extra_http_headers={"Accept-Language": JOURNEYS[language]["accept"]})
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("language", sorted(JOURNEYS))
def test_the_applicant_journey_has_no_english_left_and_reads_the_denial_in_the_language(page_in, language):
    journey, english = JOURNEYS[language], english_of_the_interface(language)
    page = page_in(language)
    visited = []

    def check(what: str) -> None:
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_no_english(page, english)
        visited.append(what)

    page.goto("/")
    check("home")
    page.goto("/accounts/signup/")
    check("sign-up")
    page.fill("input[name=email]", journey["email"])
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_load_state("networkidle")
    check("verify your address")
    # The verification email is in the language too.
    assert not any(phrase in mail.outbox[-1].body for phrase in english if len(phrase) > 20), mail.outbox[-1].body

    page.goto(confirmation_path())
    check("confirm the address")
    page.click("main form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/organisation/")
    check("organisation step")
    page.fill("input[name=name]", "Springfield Police Department")
    page.select_option("select[name=type]", "police_department")
    page.select_option("select[name=country]", "US")
    page.fill("input[name=region]", "Illinois")
    page.fill("input[name=subdivision]", "US-IL")
    page.fill("input[name=website]", "https://www.springfield-pd.example/")
    page.click("main form button[type=submit]")
    page.wait_for_load_state("networkidle")
    check("organisation page")

    page.click("main a[href*='/applications/new/']")
    page.wait_for_load_state("networkidle")
    check("new application")
    page.fill("input[name=title]", journey["title"])
    page.check("input[name=capabilities][value=facial_recognition]")
    page.check("input[name=fr_mode][value=realtime]")
    page.check("input[name=fr_sources][value=body_worn]")
    page.check("input[name=fr_environment][value=uncontrolled]")
    page.fill("textarea[name=fr_purpose]", journey["purpose"])
    # Submitted incomplete: the errors are in the language too.
    page.click("button[name=action][value=submit]")
    expect(page.locator(".field.has-error").first).to_be_visible()
    check("form with errors")
    page.fill("textarea[name=description]", journey["description"])
    for name in ("attest_accurate", "attest_no_us_police_fr", "attest_code_of_conduct"):
        page.check(f"input[name={name}]")
    page.click("button[name=action][value=submit]")

    expect(page.locator(".status-box .state")).to_be_visible()
    application = Application.objects.get(organization__name="Springfield Police Department")
    assert application.state == State.DENIED
    page.reload()
    check("status page")
    reasons = " ".join(page.locator(".status-box ul.reasons li").all_inner_texts())
    policy = yaml.safe_load((ROOT / "policies" / "v2.yaml").read_text(encoding="utf-8"))
    expected = {rule["id"]: " ".join(rule["translations"][language]["reason"].split()) for rule in policy["rules"]}
    assert expected["us-police-facial-recognition"] in " ".join(reasons.split())
    assert expected["le-realtime-mobile-facial-recognition"] in " ".join(reasons.split())

    page.goto("/applications/")
    check("my applications")
    assert len(visited) == 10
