"""The translation catalogues are complete and safe to use: every message of every language is
translated (nothing empty, nothing fuzzy), keeps the placeholders and HTML tags of its English,
and the committed .mo, which is what Django reads, says the same as its .po. The allauth
overrides (locale_overrides/) are held to the same, and each still overrides a message allauth has."""
import re
from collections import Counter
from pathlib import Path

import allauth
import polib
import pytest
from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
CATALOGS = [Path(directory) / language / "LC_MESSAGES" / "django.po"
            for directory in settings.LOCALE_PATHS for language in LANGUAGES]
CATALOGS = [path for path in CATALOGS if path.exists()]
PROJECT_CATALOGS = [path for path in CATALOGS if path.parent.parent.parent.name == "locale"]
OVERRIDES = [path for path in CATALOGS if path.parent.parent.parent.name == "locale_overrides"]

# %(name)s and %s (Python), {name} (format_lazy); "%%" is a literal percent sign, not a placeholder.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w+\}")
# An element with attributes, or a closing tag; "<the log's verifier key>" is prose, not a tag.
TAG = re.compile(r"""</?[a-z][a-z0-9]*(?:\s+[a-z-]+(?:=(?:"[^"]*"|'[^']*'))?)*\s*/?>""")


def _id(path: Path) -> str:
    return f"{path.parent.parent.parent.name}/{path.parent.parent.name}"


def _entries(path: Path) -> list[polib.POEntry]:
    return [entry for entry in polib.pofile(str(path)) if not entry.obsolete]


def _name(entry) -> str:
    return f"{entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid[:70]!r}"


def _shape(text: str) -> tuple[Counter, Counter]:
    return Counter(PLACEHOLDER.findall(text.replace("%%", ""))), Counter(TAG.findall(text))


def _translations(entry) -> list[tuple[str, str]]:
    """(English, translation) pairs to compare: one per plural form (the singular may follow either English form)."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr)]
    return [(entry.msgid_plural if _shape(text) != _shape(entry.msgid) else entry.msgid, text)
            for _n, text in sorted(entry.msgstr_plural.items())]


def test_there_are_catalogues_for_every_language():
    assert {path.parent.parent.name for path in PROJECT_CATALOGS} == set(LANGUAGES)


@pytest.mark.parametrize("path", CATALOGS, ids=_id)
def test_every_message_is_translated(path):
    missing = [_name(entry) for entry in _entries(path) if not entry.translated()]
    fuzzy = [_name(entry) for entry in _entries(path) if entry.fuzzy]
    obsolete = [_name(entry) for entry in polib.pofile(str(path)).obsolete_entries()]
    assert not missing and not fuzzy and not obsolete, (
        f"{_id(path)}: untranslated {missing}, fuzzy {fuzzy}, obsolete {obsolete}")


@pytest.mark.parametrize("path", CATALOGS, ids=_id)
def test_translations_keep_the_placeholders_and_tags(path):
    wrong = []
    for entry in _entries(path):
        for english, translated in _translations(entry):
            if translated and _shape(translated) != _shape(english):
                (placeholders, tags), (got_placeholders, got_tags) = _shape(english), _shape(translated)
                wrong.append(f"{_name(entry)}: placeholders {sorted(placeholders.elements())} tags "
                             f"{sorted(tags.elements())}, translation has {sorted(got_placeholders.elements())} "
                             f"{sorted(got_tags.elements())}")
    assert not wrong, f"{_id(path)}:\n" + "\n".join(wrong)


def _messages(entries) -> dict:
    return {(entry.msgctxt, entry.msgid): entry.msgstr if not entry.msgid_plural else tuple(
        text for _n, text in sorted((int(n), text) for n, text in entry.msgstr_plural.items()))
        for entry in entries if entry.msgid}


@pytest.mark.parametrize("path", CATALOGS, ids=_id)
def test_the_committed_mo_says_what_the_po_says(path):
    mo = path.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run compilemessages"
    expected = _messages(entry for entry in _entries(path) if entry.translated())
    compiled = _messages(polib.mofile(str(mo)))
    stale = sorted(_name_of(key) for key in expected if compiled.get(key) != expected[key])
    extra = sorted(_name_of(key) for key in compiled if key not in expected)
    assert not stale and not extra, (f"{mo} is out of date (run compilemessages): differs or missing {stale}, "
                                     f"no longer in the .po {extra}")


def _name_of(key) -> str:
    context, msgid = key
    return f"{context + ' | ' if context else ''}{msgid[:70]!r}"


ALLAUTH_LOCALE = Path(allauth.__file__).parent / "locale"


@pytest.mark.parametrize("path", OVERRIDES, ids=_id)
def test_each_override_still_overrides_one_of_allauths_messages_and_none_of_ours(path):
    language = path.parent.parent.name
    # Portuguese is Portugal's: Python's gettext reads allauth's pt_PT catalogue for "pt".
    allauth_catalogue = ALLAUTH_LOCALE / {"pt": "pt_PT"}.get(language, language) / "LC_MESSAGES" / "django.po"
    allauths = {(entry.msgctxt, entry.msgid) for entry in _entries(allauth_catalogue)}
    ours = {(entry.msgctxt, entry.msgid) for entry in _entries(Path(settings.BASE_DIR) / "locale" / language
                                                               / "LC_MESSAGES" / "django.po")}
    overrides = {(entry.msgctxt, entry.msgid) for entry in _entries(path)}
    assert not overrides - allauths, f"no longer allauth's messages: {sorted(map(_name_of, overrides - allauths))}"
    assert not overrides & ours, f"also in locale/{language}: {sorted(map(_name_of, overrides & ours))}"
