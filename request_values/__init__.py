"""Reading values that arrive in requests (query strings, form fields, path segments), where
anyone can type anything: control characters, digits Python's int() refuses or chokes on, dates
a day's arithmetic overflows. One answer for each, used by every page, so hostile input is
refused or ignored with a note and never reaches the database or the arithmetic as a 500."""
import datetime
import re

from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# C0 controls except tab, line feed and carriage return (a textarea sends those), and DEL.
# No legitimate value carries them; PostgreSQL refuses NUL in text outright.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# In a path segment not even tab or a line break is legitimate.
PATH_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")

# A bigint holds 18 decimal digits safely; no count, cursor or sequence number here needs more.
MAX_DIGITS = 18
_ASCII_DIGITS = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")

# Dates typed into filters: the window's end is extended by a day and both ends are converted to
# UTC, which the extremes of `datetime.date` cannot survive; nothing here predates 1900.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(9998, 12, 31)
# Dates are typed as YYYY-MM-DD in every language, so the bounds are written that way too.
DATE_RANGE_MESSAGE = format_lazy(_("Enter a date between {earliest} and {latest}."),
                                 earliest=EARLIEST_DATE.isoformat(), latest=LATEST_DATE.isoformat())


def has_control_characters(value: str) -> bool:
    return CONTROL_CHARACTERS.search(value) is not None


def parse_int(value, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """A non-negative whole number of at most 18 ASCII digits within [minimum, maximum], else None.

    `str.isdigit()` accepts "²" and "٣", which int() refuses or reads; 5,000 digits make int()
    raise; 20 digits overflow a bigint. None of them is a number a page has handed out."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
        if not 0 <= number < 10**MAX_DIGITS:
            return None
    else:
        text = (value if isinstance(value, str) else "").strip()
        if not _ASCII_DIGITS.fullmatch(text):
            return None
        number = int(text)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return None
    return number


class DateOutOfRange(ValueError):
    pass


def parse_date(value) -> datetime.date | None:
    """An ISO date (YYYY-MM-DD) within the supported range; None when nothing was given.

    Raises ValueError with a message for the person who typed it otherwise."""
    text = (value if isinstance(value, str) else "").strip()
    if not text:
        return None
    try:
        day = datetime.date.fromisoformat(text) if len(text) <= 10 else None
    except ValueError:
        day = None
    if day is None:
        raise ValueError(gettext("Enter a valid date (YYYY-MM-DD)."))
    check_date_range(day)
    return day


def check_date_range(day: datetime.date) -> datetime.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise DateOutOfRange(str(DATE_RANGE_MESSAGE))
    return day
