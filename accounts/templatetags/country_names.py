"""`{{ organization.country|country_name }}`: a country code as its name in the page's language."""
from django import template

from accounts import country_names

register = template.Library()


@register.filter
def country_name(code: str) -> str:
    return country_names.country_name(code or "")
