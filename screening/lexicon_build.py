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
         "LAW_ENFORCEMENT_NAMES", "ORGANISATION", "RECORD", "SAME", "REFERENCE", "APPEAR", "ACCESS", "IDENTITY",
         "SIMILAR")
# Word lists the reader compares whole tokens with (cues around a mention, negative determiners):
# single words, expanded the same way, stored under "words".
WORD_LISTS = ("TOPIC_BEFORE", "PUBLISHED", "NEGATIVE_DETERMINERS", "USE_AFTER", "SUPPLY", "ISSUED", "ACTED_ON",
              "PICTURED")
_HEAD_LAST = frozenset({"en", "de", "nl", "pl"})
_COMPOUNDING = frozenset({"de", "nl"})
_MIN_HEAD = 5
# Word lists of past participles ("recorded by", "annunciate dalla").
_PARTICIPLE_LISTS = ("ISSUED", "ACTED_ON")
_NOUN_ENDINGS = frozenset({"e", "en", "n", "s", "es", "er", "ern", "nen", "se", "sen", "'s"})
# Parts that are nouns: their compounds are inflected as their last part is.
_NOUN_PARTS = frozenset({"LAW_ENFORCEMENT_NAMES", "LAW_ENFORCEMENT", "ORGANISATION", "RECORD", "WATCHLIST",
                         "GALLERY", "PROBE", "MUGSHOT"})
# English "face" also inflects as a verb ("faced", "facing"): keep the lexicon's own forms.
_NOT_EXPANDED = {("en", "FACE"), ("it", "FACE")} | {
    (language, part) for language in lexicon.LANGUAGES for part in ("EXCLUDE", "AGAINST", "BLUR", "BIOMETRIC")}


def _folded(text: str) -> str:
    return fold(text)[0]


def _dictionary(language: str) -> dict:
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    return _load_dictionary_from_disk(language)


def _forms_by_lemma(language: str, lemmas: set[str]) -> dict[str, set[str]]:
    dictionary = _dictionary(language)
    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in lemmas}
    for form, lemma in dictionary.items():
        folded_lemma = _folded(lemma.decode())
        if folded_lemma in forms:
            forms[folded_lemma].add(_folded(form.decode()))
    return forms


def _inflect_compounds(forms: dict[str, set[str]], dictionary: dict, feminine: bool) -> None:
    """A German or Dutch compound noun the lemma data does not know inflects as its last part
    does: "Kriminaloberkommissar" as "Kommissar" ("…kommissare", "…kommissaren"), "Mordkommission"
    as "Kommission". The longest known last part of at least five letters decides, after a first
    part of at least three; only its noun endings are taken (no verb forms of a look-alike). With
    `feminine` (German), a noun whose last part has a feminine form has it too ("…kommissarin",
    "…kommissarinnen")."""
    nouns = [lemma for lemma in forms if " " not in lemma]
    heads = {lemma[cut:] + ending for lemma in nouns for cut in range(0, len(lemma) - _MIN_HEAD + 1)
             for ending in ("", "in")}
    head_forms: dict[str, set[str]] = {}
    for form, lemma in dictionary.items():
        folded_lemma = _folded(lemma.decode())
        if folded_lemma in heads:
            head_forms.setdefault(folded_lemma, {folded_lemma}).add(_folded(form.decode()))
    for lemma in nouns:
        known = len(forms[lemma]) > 1
        inflected = known
        for cut in range(0 if known else 3, len(lemma) - _MIN_HEAD + 1):
            head = lemma[cut:]
            if not inflected:
                endings = {form[len(head):] for form in head_forms.get(head, ()) if form.startswith(head)}
                endings &= _NOUN_ENDINGS
                forms[lemma] |= {lemma + ending for ending in endings}
                inflected = bool(endings)
            if feminine and len(head_forms.get(head + "in", ())) > 1:
                forms[lemma] |= {lemma + "in", lemma + "innen"}
                break
            if inflected and not feminine:
                break


def _participle_forms(language: str, word: str) -> set[str]:
    """The gender and number forms of a Romance past participle, which the lemma data files
    under the verb ("annunciate" → "annunciare"): "annunciato" → "annunciata", "annunciati",
    "annunciate"; "annoncé" → "annoncée", "annoncés", "annoncées"."""
    if language in ("es", "pt") and word.endswith("o"):
        return {word[:-1] + ending for ending in ("a", "os", "as")}
    if language == "it" and word.endswith("o"):
        return {word[:-1] + ending for ending in ("a", "i", "e")}
    if language == "fr" and word.endswith("s"):
        return {word + "e", word + "es"}  # "émis" → "émise", "émises"
    if language == "fr" and word.endswith(("e", "i", "u", "t")):
        return {word + ending for ending in ("e", "s", "es")}
    return set()


# In the Romance languages the adjective after a plural head is plural too ("centros
# penitenciarios", "policiais penais", "agents pénitentiaires", "istituti penitenziari").
_ROMANCE = frozenset({"es", "pt", "fr", "it"})
_NOT_ADJECTIVES = frozenset({"de", "del", "da", "do", "dos", "das", "des", "du", "di", "della", "dell", "dei", "degli",
                             "delle", "e", "y", "et", "la", "le", "el", "o", "a", "per", "para", "pour", "en", "in"})


def _agreeing(language: str, words: list[str], form: str) -> str | None:
    """The plural of the adjective after a head made plural in `form`, or None."""
    if language not in _ROMANCE or len(words) < 2 or form == words[0]:
        return None
    adjective = words[1]
    if adjective in _NOT_ADJECTIVES or "'" in adjective or not adjective.isalpha():
        return None
    if language == "it":
        plural = form[-1:] in ("i", "e") and form[:-1] == words[0][:-1]
        if not plural or adjective[-1:] not in ("o", "a", "e"):
            return None
        if adjective.endswith("io"):
            return adjective[:-2] + "i"
        return adjective[:-1] + ("e" if adjective.endswith("a") else "i")
    if not form.endswith("s") or words[0].endswith("s"):
        return None
    if adjective.endswith(("s", "x", "z")):
        return adjective if language == "fr" else None
    if language == "fr":
        return adjective[:-2] + "aux" if adjective.endswith("al") else adjective + "s"
    if language == "pt" and adjective.endswith(("al", "el", "ol", "ul")):
        return adjective[:-1] + "is"
    if language == "pt" and adjective.endswith("m"):
        return adjective[:-1] + "ns"
    return adjective + ("s" if adjective[-1] in "aeiou" else "es")


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
    return sorted(ambiguous | {word for word in lexicon.FALSE_FRIENDS if word in listed})


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
        if language in _COMPOUNDING:
            nouns = {forms_key for part in _NOUN_PARTS for entry in entries.get(part, ())
                     for forms_key in [_split(entry)[1].split()[-1]] if forms_key in forms}
            _inflect_compounds({lemma: forms[lemma] for lemma in nouns}, _dictionary(language), language == "de")
        for part in _PARTICIPLE_LISTS:
            for entry in entries[part]:
                if entry in forms:
                    forms[entry] |= _participle_forms(language, entry)
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
                    agreeing = _agreeing(language, words, form)
                    if agreeing:
                        found.add(head + " ".join([form, agreeing] + words[2:]) + tail)
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
