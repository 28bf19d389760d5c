"""`{{ chain_check|chain_summary }}`: the result of a check of the audit chain, as the oversight pages say it."""
from django import template

from oversight.audit_log import chain_check_summary

register = template.Library()


@register.filter
def chain_summary(check) -> str:
    return chain_check_summary(check)
