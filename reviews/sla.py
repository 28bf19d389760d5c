"""Service levels (design §3): a decision is due 10 business days after submission, 20 when
enhanced scrutiny is required."""
import datetime

from django.conf import settings


def add_business_days(start: datetime.date, days: int) -> datetime.date:
    current, remaining = start, days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def decision_due_on(submitted_on: datetime.date, *, enhanced_scrutiny: bool) -> datetime.date:
    days = settings.SCRUTINY_DECISION_DUE_BUSINESS_DAYS if enhanced_scrutiny else settings.DECISION_DUE_BUSINESS_DAYS
    return add_business_days(submitted_on, days)


def default_reverification_date(decided_on: datetime.date) -> datetime.date:
    return decided_on + datetime.timedelta(days=settings.REVERIFICATION_DEFAULT_DAYS)
