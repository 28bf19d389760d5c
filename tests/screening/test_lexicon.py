"""The v2 reader's lexicon: the expanded forms on disk (built by `build_lexicon` from
simplemma's lemma data) include every entry of screening/lexicon.py, so an edit to the lexicon
that was not rebuilt fails here rather than silently reading less."""
import json

from screening import lexicon
from screening.folding import fold
from screening.lexicon_build import LEXICON_FORMS_PATH, PARTS

FORMS = json.loads(LEXICON_FORMS_PATH.read_text(encoding="utf-8"))


def test_every_lexicon_entry_is_among_the_expanded_forms():
    missing = [
        (language, part, entry)
        for language in lexicon.LANGUAGES
        for part in PARTS
        for entry in getattr(lexicon, part).get(language, [])
        if fold(entry)[0] not in FORMS["forms"][language][part]
    ]
    assert missing == []


def test_inflected_forms_come_from_the_lemma_data():
    assert {"twarzy", "twarze", "twarzami"} <= set(FORMS["forms"]["pl"]["FACE"])
    assert {"identified", "identifies", "identifying"} <= set(FORMS["forms"]["en"]["ACT"])
    assert {"policji", "policjanci"} <= set(FORMS["forms"]["pl"]["LAW_ENFORCEMENT"])
    assert "procura" in FORMS["ambiguous"]  # Portuguese "looks for", not only the Italian office
