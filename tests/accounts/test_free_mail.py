"""Free-mail addresses are refused however they are written: every address is normalised (NFKC,
then IDNA) before it is checked and before it is stored."""
import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from accounts.forms import InvitationForm
from accounts.freemail import is_free_mail, normalize_email
from accounts.models import User
from accounts.services import InvitationInvalid, invitation_send

LOOK_ALIKES = [
    "x@ｇｍａｉｌ.com",          # full-width letters: mail still goes to gmail.com
    "x＠ｇｍａｉｌ．ｃｏｍ",       # full-width @ and full stop too
    "x@gmail。com",              # ideographic full stop
    "x@GMAIL.com.",              # upper case, trailing dot
    "x@ｙａｈｏｏ.co.jp",
]
NATIONAL_DOMAINS = [
    "googlemail.com", "yahoo.co.jp", "yahoo.com.mx", "yahoo.ie", "hotmail.com.br", "hotmail.be",
    "outlook.jp", "outlook.com.ar", "live.it", "live.com.au", "gmx.fr", "gmx.us", "web.de", "mail.ru",
    "yandex.kz", "yandex.com.tr", "qq.com", "163.com", "126.com", "naver.com", "icloud.com", "proton.me",
]
REFUSED = re.compile(r"Please use your work address|free-mail providers cannot sign up|Enter a valid email address")
WORK_DOMAINS = ["northshire-police.example", "met.police.uk", "live.police.uk", "fbi.gov", "gmail-police.example",
                "polizei.bayern.de", "outlook-analytics.example"]


def signup(client, email):
    return client.post(reverse("account_signup"), {"email": email, "password1": "a-long-pass-phrase-42",
                                                   "password2": "a-long-pass-phrase-42"})


@pytest.mark.parametrize("email", LOOK_ALIKES)
def test_it_sees_through_unicode_look_alikes(email):
    assert normalize_email(email).rpartition("@")[2] in ("gmail.com", "yahoo.co.jp")
    assert is_free_mail(email)


@pytest.mark.parametrize("domain", NATIONAL_DOMAINS)
def test_it_knows_the_national_domains_of_common_providers(domain):
    assert is_free_mail(f"someone@{domain}")


@pytest.mark.parametrize("domain", WORK_DOMAINS)
def test_it_lets_organisational_domains_through(domain):
    assert not is_free_mail(f"someone@{domain}")


def test_it_stores_international_domains_in_their_ascii_form():
    assert normalize_email("Chef@Bücher.Example") == "chef@xn--bcher-kva.example"


@pytest.mark.django_db
@pytest.mark.parametrize("email", LOOK_ALIKES + ["x@hotmail.com.br", "x@yandex.kz"])
def test_sign_up_refuses_free_mail_written_with_look_alikes(client, email):
    response = signup(client, email)
    assert response.status_code == 200
    # Django's own validator already refuses some forms (a full-width @, a trailing dot).
    assert REFUSED.search(response.content.decode())
    assert not User.objects.exists() and not EmailAddress.objects.exists()


@pytest.mark.django_db
def test_sign_up_stores_the_normalised_address(client):
    response = signup(client, "Officer@Ｎｏｒｔｈｓｈｉｒｅ-Police.example")
    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == "officer@northshire-police.example"
    assert EmailAddress.objects.get(user=user).email == "officer@northshire-police.example"


@pytest.mark.parametrize("email", LOOK_ALIKES)
def test_the_invitation_form_refuses_look_alikes(email):
    form = InvitationForm(data={"email": email})
    assert not form.is_valid()
    assert REFUSED.search(str(form.errors["email"]))


@pytest.mark.django_db
def test_the_invitation_service_refuses_look_alikes_and_stores_the_normal_form(alice, northshire):
    with pytest.raises(InvitationInvalid):
        invitation_send(organization=northshire, by=alice, email="x@ｇｍａｉｌ.com")
    invitation = invitation_send(organization=northshire, by=alice, email="Bob@Ｎｏｒｔｈｓｈｉｒｅ-police.example")
    assert invitation.email == "bob@northshire-police.example"


@pytest.mark.django_db
def test_accounts_made_by_hand_are_stored_in_the_normal_form():
    user = User.objects.create_user(email="Root@ＵＳＥＣＡＳＥ-review.example", password="x-long-password-1")
    assert user.email == "root@usecase-review.example"
