"""Country names as people read them: in the active language (Babel's CLDR names), sorted in
that language's alphabetical order. English keeps the names of `screening.countries`, the table
the screening reads; everywhere the data is the ISO code, only what people read changes."""
import functools
import unicodedata

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from screening.countries import COUNTRIES

ENGLISH_NAMES = dict(COUNTRIES)


def _language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


@functools.cache
def _names(language: str) -> dict[str, str]:
    if language.split("-")[0] == "en":
        return ENGLISH_NAMES
    try:
        territories = Locale.parse(translation.to_locale(language)).territories
    except (UnknownLocaleError, ValueError):
        return ENGLISH_NAMES
    return {code: territories.get(code) or name for code, name in COUNTRIES}


def _sort_key(name: str) -> str:
    # "Österreich" among the O's and "Åland" among the A's, as readers of those languages expect.
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


@functools.cache
def _choices(language: str) -> tuple[tuple[str, str], ...]:
    names = _names(language)
    return tuple((code, f"{names[code]} ({code})") for code in sorted(names, key=lambda c: _sort_key(names[c])))


def country_name(code: str) -> str:
    """The country's name in the active language; what was given when it is not a country code."""
    return _names(_language()).get(code, code)


def country_choices() -> list[tuple[str, str]]:
    """Form choices: a blank line, then "Name (CODE)" for every country, in the active language.

    Pass the function itself as `choices=`: Django calls it each time the choices are read, so a
    form shows the language of the request that draws it."""
    return [("", gettext("— choose —")), *_choices(_language())]
