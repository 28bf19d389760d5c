"""The interface's language: the browser's Accept-Language by default, the switcher on every page
(a cookie for everyone, and saved on a signed-in person's account), the saved choice used on a
browser that has no cookie yet. alice applies for the Northshire Police."""
import re

from django.conf import settings
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD

SWITCH = reverse("set_language")


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)">', response.content.decode()).group(1)


def test_english_is_the_default(client, db):
    response = client.get(reverse("home"))
    assert html_lang(response) == "en" and response["Content-Language"] == "en"


def test_it_speaks_the_browsers_language(client, db):
    response = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,en;q=0.5")
    assert html_lang(response) == "de" and response["Content-Language"] == "de"


def test_a_language_the_site_does_not_offer_falls_back_to_english(client, db):
    assert html_lang(client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="it")) == "en"


def test_every_page_offers_the_switcher_with_each_language_named_in_itself(client, alice):
    client.force_login(alice)
    page = client.get(reverse("reviews:application_list"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    form = page[page.index('class="language-switcher"'):]
    form = form[:form.index("</form>")]
    assert f'name="next" value="{reverse("reviews:application_list")}"' in form
    assert 'name="csrfmiddlewaretoken"' in form and '<label for="language-switcher-select">' in form
    for code, name in (("en", "English"), ("es", "Español"), ("fr", "Français"), ("de", "Deutsch"),
                       ("pt", "Português")):
        assert f'<option value="{code}" lang="{code}"' in form and f">{name}</option>" in form
    assert '<option value="fr" lang="fr" selected>' in form


def test_the_switcher_sets_the_language_for_an_anonymous_visitor(client, db):
    response = client.post(SWITCH, {"language": "es", "next": reverse("public:register")})
    assert response.status_code == 302 and response["Location"] == reverse("public:register")
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"
    # The cookie wins over what the browser asks for.
    assert html_lang(client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="de")) == "es"


def test_the_switcher_is_remembered_for_a_signed_in_person(client, alice):
    client.force_login(alice)
    client.post(SWITCH, {"language": "pt", "next": "/"})
    assert User.objects.get(pk=alice.pk).language == "pt"
    # Another browser, no cookie, an English Accept-Language: once signed in, the saved choice.
    elsewhere = Client()
    response = elsewhere.post(reverse("account_login"), {"login": alice.email, "password": PASSWORD},
                              HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert response.status_code == 200 and html_lang(response) == "pt"
    assert html_lang(elsewhere.get(reverse("reviews:application_list"), HTTP_ACCEPT_LANGUAGE="en")) == "pt"


def test_a_cookie_chosen_on_this_browser_wins_over_the_saved_language(client, alice):
    User.objects.filter(pk=alice.pk).update(language="de")
    client.force_login(alice)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    assert html_lang(client.get(reverse("reviews:application_list"))) == "fr"


def test_a_language_the_site_does_not_offer_is_not_saved(client, alice):
    client.force_login(alice)
    client.post(SWITCH, {"language": "it", "next": "/"})
    client.post(SWITCH, {"language": "xx-nonsense", "next": "/"})
    assert User.objects.get(pk=alice.pk).language == ""


def test_the_switcher_refuses_to_send_anyone_off_site(client, db):
    response = client.post(SWITCH, {"language": "fr", "next": "https://attacker.example/"})
    assert response.status_code == 302 and response["Location"] == "/"


def test_a_staff_member_not_yet_enrolled_in_mfa_can_still_switch(client, rita, settings):
    settings.REQUIRE_STAFF_MFA = True
    client.force_login(rita)
    response = client.post(SWITCH, {"language": "de", "next": reverse("mfa_activate_totp")})
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")
    assert User.objects.get(pk=rita.pk).language == "de"


# Needs the compiled catalogues (locale/*/LC_MESSAGES/django.mo): the page's own words.
def test_the_switcher_changes_the_words_on_the_page(client, alice):
    client.force_login(alice)
    assert "<h1 id=\"page-h\">Applications</h1>" in client.get(reverse("reviews:application_list")).content.decode()
    response = client.post(SWITCH, {"language": "fr", "next": reverse("reviews:application_list")}, follow=True)
    page = response.content.decode()
    assert "<h1 id=\"page-h\">Demandes</h1>" in page and "Nouvelle demande" in page
