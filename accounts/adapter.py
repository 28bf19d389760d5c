"""django-allauth adapter: one normal form for addresses, free-mail refused at sign-up, the
language chosen at sign-up remembered, and the product's name (not the request's host) in the
emails allauth sends, written in their recipient's language."""
from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.freemail import InvalidEmail, is_free_mail, normalize_email
from accounts.language import language_for, supported_language


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        # Normalised first, so the check below and what is stored see the same address.
        try:
            email = normalize_email(email)
        except InvalidEmail as exc:
            raise forms.ValidationError(str(exc)) from exc
        email = super().clean_email(email)
        if is_free_mail(email):
            raise forms.ValidationError(
                _("Please use your work address at your agency or company. Addresses at free-mail "
                  "providers cannot show which organisation you belong to.")
            )
        return email

    def save_user(self, request, user, form, commit=True):
        # The language the sign-up page was read in is the one to write to them in.
        user.language = supported_language(translation.get_language())
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # allauth's templates greet "from {{ current_site.name }}"; without django.contrib.sites
        # that would be the request's host ("127.0.0.1:8000").
        site = Site(name=settings.SITE_NAME, domain=settings.SITE_URL.split("://", 1)[-1])
        with translation.override(_recipient_language(email, context)):
            super().send_mail(template_prefix, email, {"current_site": site, **context})


def _recipient_language(email: str, context: dict) -> str:
    """The account holder's language; for an address with no account (someone asking to reset
    a password they do not have), the language of the page they asked from."""
    from accounts.models import User

    user = context.get("user") or User.objects.filter(email__iexact=email).first()
    if user is None:
        return translation.get_language() or settings.LANGUAGE_CODE
    return language_for(user)


class Site:
    def __init__(self, *, name: str, domain: str):
        self.name, self.domain = name, domain

    def __str__(self) -> str:
        return self.domain
