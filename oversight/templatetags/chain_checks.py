"""`{{ chain_check|chain_summary }}` and `{{ chain_check|chain_trigger }}`: the result of a check of the audit
chain and what started it, as the oversight pages say them."""
from django import template

from oversight.audit_log import chain_check_summary, chain_check_trigger

register = template.Library()


@register.filter
def chain_summary(check) -> str:
    return chain_check_summary(check)


@register.filter
def chain_trigger(check) -> str:
    return chain_check_trigger(check)
