"""The v2 reader's lexicon: the expanded forms on disk (built by `build_lexicon` from
simplemma's lemma data) include every entry of screening/lexicon.py, so an edit to the lexicon
that was not rebuilt fails here rather than silently reading less."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from screening import lexicon
from screening.folding import _FOLD, fold
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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2212, blacklist_categories=("Mn", "Cs"))))
def test_folding_on_the_fast_path_is_folding_character_by_character(text):
    """Text beyond Latin-1 is folded by the encoder's error handler; it must give what the table
    gives one character at a time, one for one (the offsets of the evidence depend on it)."""
    folded, index = fold(text)
    assert index is None
    assert folded == text.translate(_FOLD)
    assert len(folded) == len(text)
