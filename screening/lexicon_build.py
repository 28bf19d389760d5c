"""Expansion of the lexicon's lemmas to inflected forms with simplemma's lemma data (several
million forms, seconds to load): done by `manage.py build_lexicon`, never when screening."""
from pathlib import Path

from screening import lexicon
from screening.folding import fold

LEXICON_FORMS_PATH = Path(__file__).resolve().parent / "lexicon_forms.json"

# The parts of the lexicon that are expanded, and the languages whose phrases have their head
# word last (the word that inflects: "police officer" → "police officers").
PARTS = ("FACE", "ACT", "BIOMETRIC", "MUGSHOT", "WATCHLIST", "PROBE", "GALLERY", "PERSON", "VISUAL",
         "PLATE", "LAW_ENFORCEMENT", "EXCLUDE", "AGAINST", "BLUR", "TOPIC", "IDENTITY_DOCUMENT",
         "LAW_ENFORCEMENT_NAMES", "ORGANISATION", "RECORD")
# Word lists the reader compares whole tokens with (cues around a mention, negative determiners):
# single words, expanded the same way, stored under "words".
WORD_LISTS = ("TOPIC_BEFORE", "PUBLISHED", "NEGATIVE_DETERMINERS", "USE_AFTER", "SUPPLY", "ISSUED")
_HEAD_LAST = frozenset({"en", "de", "nl", "pl"})
# English "face" also inflects as a verb ("faced", "facing"): keep the lexicon's own forms.
_NOT_EXPANDED = {("en", "FACE"), ("it", "FACE")} | {
    (language, part) for language in lexicon.LANGUAGES for part in ("EXCLUDE", "AGAINST", "BLUR", "BIOMETRIC")}


def _folded(text: str) -> str:
    return fold(text)[0]


def _forms_by_lemma(language: str, lemmas: set[str]) -> dict[str, set[str]]:
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in lemmas}
    for form, lemma in _load_dictionary_from_disk(language).items():
        folded_lemma = _folded(lemma.decode())
        if folded_lemma in forms:
            forms[folded_lemma].add(_folded(form.decode()))
    return forms


def _split(entry: str) -> tuple[str, str, str]:
    """("*", "erkennung", "") for "*erkennung": the compound markers and the word."""
    head = "*" if entry.startswith("*") else ""
    tail = "*" if entry.endswith("*") else ""
    return head, entry.strip("*"), tail


def _ambiguous(listed: dict[str, set[str]]) -> list[str]:
    """The single-word forms that are also ordinary words of another supported language in which
    the lexicon does not list them (Portuguese "procura" is "looks for", not the Italian
    prosecutor's office): the reader counts them only in sentences of the languages that list
    them."""
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    ambiguous = set()
    for language in lexicon.LANGUAGES:
        for form in _load_dictionary_from_disk(language):
            folded = _folded(form.decode())
            languages = listed.get(folded)
            if languages and language not in languages:
                ambiguous.add(folded)
    return sorted(ambiguous)


def expanded_lexicon() -> dict:
    """{language: {part: sorted forms with their markers}} plus the word lists used as they are."""
    result: dict = {"forms": {}, "one_to_n": sorted({_folded(e) for e in lexicon.ONE_TO_N})}
    for language in lexicon.LANGUAGES:
        wanted: set[str] = set()
        entries: dict[str, list[str]] = {}
        for part in PARTS + WORD_LISTS:
            entries[part] = [_folded(e) for e in getattr(lexicon, part).get(language, [])]
            if (language, part) in _NOT_EXPANDED:
                continue
            for entry in entries[part]:
                words = _split(entry)[1].split()
                wanted.add(words[-1] if language in _HEAD_LAST else words[0])
        forms = _forms_by_lemma(language, wanted)
        expanded: dict[str, list[str]] = {}
        for part, part_entries in entries.items():
            found = set()
            for entry in part_entries:
                head, word, tail = _split(entry)
                if (language, part) in _NOT_EXPANDED:
                    found.add(entry)
                    continue
                words = word.split()
                i = len(words) - 1 if language in _HEAD_LAST else 0
                for form in forms.get(words[i], {words[i]}):
                    if " " in form or not form:
                        continue
                    found.add(head + " ".join(words[:i] + [form] + words[i + 1:]) + tail)
            expanded[part] = sorted(found)
        for name in WORD_LISTS:
            # Whole words only, and only forms that start as one of their lemmas do (Dutch "geen"
            # is also listed as the lemma of "gene").
            stems = tuple(entry[:3] for entry in entries[name])
            result.setdefault("words", {}).setdefault(name, {})[language] = [
                form for form in expanded.pop(name) if form.isalpha() and form.startswith(stems)]
        result["forms"][language] = expanded
    listed: dict[str, set[str]] = {}
    for language, parts in result["forms"].items():
        for part, forms in parts.items():
            if part == "EXCLUDE":
                continue
            for form in forms:
                if " " not in form:
                    listed.setdefault(form.strip("*"), set()).add(language)
    result["ambiguous"] = _ambiguous(listed)
    return result
