"""django-allauth adapter: refuse free-mail addresses at sign-up."""
from allauth.account.adapter import DefaultAccountAdapter
from django import forms

from accounts.freemail import is_free_mail


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        if is_free_mail(email):
            raise forms.ValidationError(
                "Please use your work address at your agency or company. Addresses at free-mail "
                "providers cannot show which organisation you belong to."
            )
        return email.lower()
