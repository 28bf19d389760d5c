"""django-allauth adapter: one normal form for addresses, and free-mail refused at sign-up."""
from allauth.account.adapter import DefaultAccountAdapter
from django import forms

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
