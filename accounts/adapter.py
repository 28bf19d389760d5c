"""django-allauth adapter: one normal form for addresses, free-mail refused at sign-up, and the
product's name (not the request's host) in the emails allauth sends."""
from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings

from accounts.freemail import InvalidEmail, is_free_mail, normalize_email


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
                "Please use your work address at your agency or company. Addresses at free-mail "
                "providers cannot show which organisation you belong to."
            )
        return email

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # allauth's templates greet "from {{ current_site.name }}"; without django.contrib.sites
        # that would be the request's host ("127.0.0.1:8000").
        site = Site(name=settings.SITE_NAME, domain=settings.SITE_URL.split("://", 1)[-1])
        super().send_mail(template_prefix, email, {"current_site": site, **context})


class Site:
    def __init__(self, *, name: str, domain: str):
        self.name, self.domain = name, domain

    def __str__(self) -> str:
        return self.domain
