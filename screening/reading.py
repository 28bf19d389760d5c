"""The v2 text reader (policy v2 onwards): where the free text describes facial recognition or
law-enforcement use, and which sentences are in a language the engine does not read.

It reads the way agencies and vendors write rather than looking for fixed phrases:

* One Aho-Corasick automaton finds, in the folded text, every inflected form of the lexicon
  (`screening.lexicon`, expanded by `build_lexicon`): face nouns, identifying acts, "biometric",
  mugshots, watchlists, law-enforcement institutions … German and Dutch parts are found inside
  compounds. Only the sentences that hold a hit are looked at further.
* Facial recognition is a face word and an identifying act in the same clause, in either
  order ("faces are compared against", "porównuje twarze", "Gesichtserkennung"), or "biometric"
  with a face word, or the field's vocabulary (probe and gallery, 1:N, a mugshot database or a
  watchlist searched with pictures of people). Finding, counting or blurring faces is no act.
* Negation is NegEx-style: a language's cue a few words before a part, in its clause, or a
  negation right after it ("… is not used"); "not … without" affirms.
* Law enforcement counts when it is the user, operator, customer or beneficiary: a mention
  right after "about", "former", "unlike" … or in a sentence about news, statistics or the
  team's background is the subject matter (reported with `topic: true`, not counted), unless
  "for", "by", "serving" … stands right before it. Anything else counts: ambiguous text goes to
  people.

Evidence offsets are into the original field text: `text == original[start:end]`.
"""
import json
import re
from bisect import bisect_right

import ahocorasick

from screening import languages, lexicon, vocabulary
from screening.folding import fold, unfold
from screening.lexicon_build import LEXICON_FORMS_PATH

FACIAL_RECOGNITION = "facial_recognition"
LAW_ENFORCEMENT = "law_enforcement"
UNSCREENED_LANGUAGE = "unscreened_language"
SIGNAL_NAMES = (FACIAL_RECOGNITION, LAW_ENFORCEMENT, UNSCREENED_LANGUAGE)
TEXT_FIELDS = ("title", "description", "data_sources", "human_oversight", "facial_recognition.purpose")

_PRE_NEGATION_REACH = 5  # words before a part that a negation cue reaches across
_POST_NEGATION_REACH = 4
_TOPIC_REACH = 3
_CLAUSE_PUNCTUATION = frozenset(";:()[]")
_TOKEN = re.compile(r"\w+|[;:()\[\]]")

# Part flags, as bits: a form can play several parts ("face" is FACE in English and Portuguese).
_PARTS = ("FACE", "ACT", "BIOMETRIC", "MUGSHOT", "WATCHLIST", "PROBE", "GALLERY", "PERSON", "VISUAL", "PLATE",
          "LAW_ENFORCEMENT", "EXCLUDE", "ONE_TO_N", "AGAINST", "BLUR")
(FACE, ACT, BIOMETRIC, MUGSHOT, WATCHLIST, PROBE, GALLERY, PERSON, VISUAL, PLATE, LE, EXCLUDE,
 ONE_TO_N, AGAINST, BLUR) = (1 << i for i in range(len(_PARTS)))
_LANGUAGE_BITS = {language: 1 << i for i, language in enumerate(lexicon.LANGUAGES)}
_UPPER = 1 << 20  # an acronym that counts only in capitals ("ICE", not "ice")


# The automaton runs over the folded text with every character that is neither a letter nor a
# digit turned into a space (languages.SPACING, one for one, so offsets hold), between two more
# spaces. A form that must start or end a word is stored with a space there, so the automaton
# itself finds only whole words and compound parts where they may be: "ice" is no hit in "police".
def _spaced_for_matching(text: str) -> str:
    return text.translate(languages.SPACING).replace("\x00", " ")


def _load_automaton() -> ahocorasick.Automaton:
    data = json.loads(LEXICON_FORMS_PATH.read_text(encoding="utf-8"))
    ambiguous = frozenset(data.get("ambiguous", ()))
    entries: dict[str, list] = {}  # key → [bits, form]
    # form → {part bit: the languages listing it}, for forms that are other words elsewhere
    restricted: dict[str, dict[int, int]] = {}

    def add(entry: str, bits: int) -> None:
        form = entry.strip("*")
        key = _spaced_for_matching(form)
        key = ("" if entry.startswith("*") else " ") + key + ("" if entry.endswith("*") else " ")
        found = entries.setdefault(key, [0, form])
        found[0] |= bits

    for language, parts in data["forms"].items():
        for part, forms in parts.items():
            bit = 1 << _PARTS.index(part)
            for form in forms:
                add(form, bit)
                if form.strip("*") in ambiguous and part != "EXCLUDE" and (
                        part != "LAW_ENFORCEMENT" or form in lexicon.AMBIGUOUS_LAW_ENFORCEMENT):
                    masks = restricted.setdefault(form.strip("*"), {})
                    masks[bit] = masks.get(bit, 0) | _LANGUAGE_BITS[language]
    for form in data["one_to_n"]:
        add(form, ONE_TO_N)
    uppers = {acronym.lower() for acronym in lexicon.UPPER_CASE_LAW_ENFORCEMENT}
    for acronym in uppers:
        add(acronym, LE | _UPPER)
    automaton = ahocorasick.Automaton()
    for key, (bits, form) in entries.items():
        if form in uppers:  # the acronym rule wins over the lower-case form of the same letters
            bits |= _UPPER
        lead, trail = int(key.startswith(" ")), int(key.endswith(" "))
        automaton.add_word(key, (len(key), lead, trail, bits, tuple(restricted.get(form, {}).items())))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _load_automaton()


def _folded_set(words) -> frozenset:
    return frozenset(fold(word)[0] for word in words)


_NEGATIONS = {language: _folded_set(words) for language, words in lexicon.NEGATIONS.items()}
_EVERY_NEGATION = frozenset().union(*_NEGATIONS.values())
_ALL_NEGATIONS = _EVERY_NEGATION - {"no", "plus", "mai", "nie"}
_NEGATION_PAIRS = frozenset((fold(a)[0], fold(b)[0]) for a, b in lexicon.NEGATION_PAIRS)
_NOT_NEGATION_PAIRS = frozenset((fold(a)[0], fold(b)[0]) for a, b in lexicon.NOT_NEGATION_PAIRS)
_WITHOUT = _folded_set(lexicon.WITHOUT)
_NEGATIVE_PRONOUNS = _folded_set(lexicon.NEGATIVE_PRONOUNS)
_TERMINATORS = _folded_set(lexicon.TERMINATORS)
_AUXILIARIES = _folded_set(lexicon.AUXILIARIES)
_CLAUSE_BREAK_TOKENS = _TERMINATORS | _CLAUSE_PUNCTUATION
_TOPIC_BEFORE = {language: _folded_set(words) for language, words in lexicon.TOPIC_BEFORE.items()}
_ALL_TOPIC_BEFORE = frozenset().union(*_TOPIC_BEFORE.values()) - {"o"}
_PUBLISHED = _folded_set(lexicon.PUBLISHED)
_COORDINATORS = _folded_set(lexicon.COORDINATORS)
_LAW_ENFORCEMENT_ADJECTIVES = tuple(fold(word)[0] for word in lexicon.LAW_ENFORCEMENT_ADJECTIVES)
_TOPIC_SENTENCE = _folded_set(lexicon.TOPIC_SENTENCE)
_USE_BEFORE = _folded_set(lexicon.USE_BEFORE)
_FACE_AS_VERB_BEFORE = lexicon.ENGLISH_FACE_AS_VERB_BEFORE
_DOMAIN_WORDS = ("police", "polizei", "policia", "politie", "policja", "polizia", "gendarmerie", "carabinieri",
                 "guardiacivil", "sheriff", "constabulary", "europol", "interpol", "mossos", "ertzaintza",
                 "marechaussee", "bundeskriminalamt", "landeskriminalamt", "staatsanwaltschaft", "douane",
                 "prokuratura", "fiscalia", "procura")
_DOMAIN_LABELS = frozenset({"fbi", "dea", "atf", "ice", "cbp", "psp", "gnr", "bka", "lka", "zoll", "usmarshals",
                            "nca", "garda", "fiod"})
_DOMAIN_PD = re.compile(r"[a-z]{2,4}pd\Z")


def detect(facts: dict) -> dict[str, list[dict]]:
    """Every span of every signal in the facts' free text and (for law enforcement) in the
    organisation's name and email domains, negated and topic-only ones included."""
    found: dict[str, list[dict]] = {name: [] for name in SIGNAL_NAMES}
    fr = facts.get("facial_recognition") or {}
    texts = (facts.get("title"), facts.get("description"), facts.get("data_sources"),
             facts.get("human_oversight"), fr.get("purpose"))
    _read([(field, text) for field, text in zip(TEXT_FIELDS, texts, strict=True) if text], found)
    organization = facts.get("organization") or {}
    found[LAW_ENFORCEMENT].extend(_organization_spans(organization))
    return found


def find_spans(text: str, field: str = "description") -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {name: [] for name in SIGNAL_NAMES}
    if text:
        _read([(field, text)], found)
    return found


def counts(span: dict) -> bool:
    """Whether a span makes its rule fire: not negated and not law enforcement as a topic."""
    return not span["negated"] and not span.get("topic", False)


class _Hit:
    __slots__ = ("start", "end", "bits", "token", "restricted")

    def __init__(self, start: int, end: int, bits: int, restricted: tuple):
        self.start, self.end, self.bits, self.token, self.restricted = start, end, bits, -1, restricted


class _Document:
    """The free-text fields folded and joined into one text (a line break between fields ends
    every sentence and word), so that each step runs once per application, not once per field;
    spans are mapped back to their field and to offsets in its original text."""

    __slots__ = ("fields", "originals", "indexes", "offsets", "folded", "spaced")

    def __init__(self, texts: list[tuple[str, str]]):
        self.fields, self.originals, self.indexes, self.offsets = [], [], [], []
        parts, position = [], 0
        for field, original in texts:
            folded, index = fold(original)
            self.fields.append(field)
            self.originals.append(original)
            self.indexes.append(index)
            self.offsets.append(position)
            parts.append(folded)
            position += len(folded) + 1
        self.folded = "\n".join(parts)
        self.spaced = self.folded.translate(languages.SPACING)

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(field number, start, end) in the original text of the field that holds the span."""
        i = bisect_right(self.offsets, start) - 1
        start, end = start - self.offsets[i], end - self.offsets[i]
        if self.indexes[i] is not None:
            start, end = unfold(self.originals[i], self.indexes[i], start, end)
        return i, start, end

    def original(self, start: int, end: int) -> str:
        i, start, end = self.locate(start, end)
        return self.originals[i][start:end]


def _read(texts: list[tuple[str, str]], found: dict) -> None:
    if not texts:
        return
    document = _Document(texts)
    folded = document.folded
    hits = _hits(folded, document.spaced, document.original)
    sentences = languages.sentences(folded, document.spaced, document.original)
    _report_languages(document, sentences, found)
    if not hits:
        return
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[_Hit]] = {}
    for hit in hits:
        i = bisect_right(starts, hit.start) - 1
        if i >= 0 and hit.end <= sentences[i].end:
            by_sentence.setdefault(i, []).append(hit)
    for i, sentence_hits in by_sentence.items():
        bits = 0
        for hit in sentence_hits:
            bits |= hit.bits
        if not _may_signal(bits):
            continue  # "camera", "person" … with nothing to make a signal of them
        sentence = sentences[i]
        for signal, start, end, negated, topic in _read_sentence(folded, sentence, sentence_hits):
            field, start, end = document.locate(start, end)
            original = document.originals[field]
            span = {"field": document.fields[field], "start": start, "end": end, "text": original[start:end],
                    "negated": negated}
            if topic:
                span["topic"] = True
            found[signal].append(span)


def _hits(folded: str, spaced: str, original_of) -> list[_Hit]:
    """The lexicon's forms in the folded text; `spaced` is `folded.translate(languages.SPACING)`
    and `original_of(start, end)` the original text of a span (acronyms count in capitals)."""
    hits, excluded = [], []
    size = len(folded)
    spaced = " " + spaced.replace("\x00", " ") + " "
    for last, (length, lead, trail, bits, restricted) in _AUTOMATON.iter(spaced):
        # Offsets in `spaced` are one more than in `folded`.
        start, end = last - length + lead, last - trail
        if bits & _UPPER and not original_of(start, end).isupper():
            continue
        if "\n" in folded[start:end]:
            continue  # a phrase across a line break, or across two fields
        if bits & EXCLUDE:
            # The whole word: "angesichts" hides the "gesichts" inside it.
            while start and folded[start - 1].isalnum():
                start -= 1
            while end < size and folded[end].isalnum():
                end += 1
            excluded.append((start, end))
        else:
            hits.append(_Hit(start, end, bits & ~_UPPER, restricted))
    if excluded:
        hits = [hit for hit in hits if not any(s <= hit.start and hit.end <= e for s, e in excluded)]
    return hits


def _may_signal(bits: int) -> bool:
    """Whether hits with these parts could make any signal (a quick test before tokenising)."""
    return bool(bits & (LE | ONE_TO_N)
                or (bits & ACT and bits & (FACE | MUGSHOT | WATCHLIST | PERSON | BIOMETRIC))
                or (bits & FACE and bits & (BIOMETRIC | AGAINST))
                or (bits & PROBE and bits & GALLERY))


def _read_sentence(folded: str, sentence, hits: list[_Hit]):
    begin = sentence.start
    tokens = _TOKEN.findall(folded, begin, sentence.end)
    for hit in hits:
        # The token the hit is in: count the tokens before it (in C, not a Python loop); a hit
        # inside a compound ("…erkennung" in "Gesichtserkennung") is in the last one counted.
        before = len(_TOKEN.findall(folded, begin, hit.start))
        inside = hit.start > begin and folded[hit.start - 1].isalnum()
        hit.token = max(0, min(len(tokens) - 1, before - 1 if inside else before))
    clauses = [0] * len(tokens) if _CLAUSE_BREAK_TOKENS.isdisjoint(tokens) else _clause_ids(tokens)
    # Which supported language matters only for negation cues, forms that are other words in
    # other languages, and topic cues; most sentences with hits have none of them.
    needs_language = not _EVERY_NEGATION.isdisjoint(tokens) or any(
        hit.restricted or hit.bits & LE for hit in hits)
    language = languages.language_of(folded, sentence) if needs_language else None
    negations = _NEGATIONS[language] if language else _ALL_NEGATIONS
    by_clause: dict[int, list[_Hit]] = {}
    for hit in hits:
        if hit.restricted and language:
            for bit, languages_mask in hit.restricted:
                if not languages_mask & _LANGUAGE_BITS[language]:
                    hit.bits &= ~bit
        token = tokens[hit.token]
        if hit.bits & FACE and token in ("face", "faces") and hit.token and (
                tokens[hit.token - 1] in _FACE_AS_VERB_BEFORE):
            hit.bits &= ~FACE  # "agencies face", "we face": the verb
        if hit.bits & LE and token in ("officer", "officers") and (
                (hit.token and tokens[hit.token - 1] in vocabulary.NON_POLICE_OFFICERS)
                or tokens[hit.token + 1:hit.token + 3] in (["and", "directors"], ["directors"])):
            hit.bits &= ~LE  # "compliance officers", "officers and directors"
        by_clause.setdefault(clauses[hit.token], []).append(hit)
    topic_sentence = not _TOPIC_SENTENCE.isdisjoint(tokens)
    topic_before = _TOPIC_BEFORE.get(language, _ALL_TOPIC_BEFORE)
    for clause_hits in by_clause.values():
        involved = _facial_recognition(clause_hits, tokens)
        if involved:
            negated = any(_negated(tokens, clauses, hit.token, negations) for hit in involved)
            yield (FACIAL_RECOGNITION, min(h.start for h in involved), max(h.end for h in involved), negated,
                   False)
        previous = None
        for hit in _longest(h for h in clause_hits if h.bits & LE):
            negated = _negated(tokens, clauses, hit.token, negations) or (
                previous is not None and previous[1] and _coordinated(tokens, previous[0].token, hit.token))
            previous = (hit, negated)
            yield LAW_ENFORCEMENT, hit.start, hit.end, negated, _topic(tokens, hit.token, topic_sentence,
                                                                      topic_before)


def _clause_ids(tokens: list[str]) -> list[int]:
    ids, clause = [], 0
    for token in tokens:
        if token in _CLAUSE_PUNCTUATION or token in _TERMINATORS:
            clause += 1
        ids.append(clause)
    return ids


def _longest(hits) -> list[_Hit]:
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _facial_recognition(hits: list[_Hit], tokens: list[str]) -> list[_Hit]:
    """The hits of a clause that together describe facial recognition, or []."""
    def having(bits: int) -> list[_Hit]:
        return [hit for hit in hits if hit.bits & bits]

    face, act = having(FACE), having(ACT)
    if act and having(BLUR):
        # "Gesichter werden erkannt und verpixelt": German "erkennen" also means finding.
        act = [hit for hit in act if "erkenn" not in tokens[hit.token] and "erkann" not in tokens[hit.token]]
    if face and act:
        return face + act
    against = having(AGAINST)
    if face and against and face[0].token < against[-1].token:
        return face + against
    biometric = having(BIOMETRIC)
    if face and biometric:
        return face + biometric
    mugshot = having(MUGSHOT)
    if mugshot and act:
        return mugshot + act
    probe, gallery, one_to_n = having(PROBE), having(GALLERY), having(ONE_TO_N)
    if probe and gallery:
        return probe + gallery
    pictures = having(FACE | BIOMETRIC | MUGSHOT | VISUAL | PROBE | GALLERY)
    if one_to_n and pictures:
        return one_to_n + pictures
    if having(PLATE):
        return []
    watchlist, visual, person = having(WATCHLIST), having(VISUAL), having(PERSON)
    if watchlist and act and (visual or person):
        return watchlist + act
    if act and person and visual:
        return act + person + visual
    if biometric and act and visual:
        return biometric + act + visual
    return []


def _negated(tokens: list[str], clauses: list[int], position: int, negations: frozenset) -> bool:
    """NegEx: a cue among the few words before the part in its clause, or a negation right
    after it across auxiliaries only ("… is not used", "… wird nicht eingesetzt")."""
    clause = clauses[position]
    cues = []
    for i in range(position - 1, max(-1, position - 1 - _PRE_NEGATION_REACH), -1):
        if clauses[i] != clause:
            break
        token, following = tokens[i], tokens[i + 1]
        if (token, following) in _NOT_NEGATION_PAIRS:
            continue
        if token in negations or (i and (tokens[i - 1], token) in _NEGATION_PAIRS):
            cues.append(token)
    if cues:
        # "cannot … without facial recognition", "ohne Gesichtserkennung … nicht möglich": a
        # double negative affirms.
        # Negative pronouns agree with "without" rather than cancel it: "sin identificar a nadie".
        return not (cues[0] in _WITHOUT and (any(cue not in _NEGATIVE_PRONOUNS for cue in cues[1:]) or any(
            token in negations and token not in _WITHOUT and token not in _NEGATIVE_PRONOUNS
            for token, c in zip(tokens[position:], clauses[position:], strict=False) if c == clause)))
    for i in range(position + 1, min(len(tokens), position + 1 + _POST_NEGATION_REACH)):
        token = tokens[i]
        if clauses[i] != clause:
            return False
        if token in _WITHOUT:
            return False  # "recognise them by their face, without a card"
        if token in negations:
            return (token, tokens[i + 1] if i + 1 < len(tokens) else "") not in _NOT_NEGATION_PAIRS
        if token not in _AUXILIARIES:
            return False
    return False


def _coordinated(tokens: list[str], first: int, second: int) -> bool:
    """Whether two mentions are joined as a list ("not for the police or other agencies"), so
    that a negation of the first reaches the second."""
    between = tokens[first + 1:second]
    return len(between) <= 4 and any(token in _COORDINATORS for token in between)


def _topic(tokens: list[str], position: int, topic_sentence: bool, topic_before: frozenset) -> bool:
    """Whether a law-enforcement mention is the subject matter rather than the user."""
    adjective = tokens[position].startswith(_LAW_ENFORCEMENT_ADJECTIVES)
    for i in range(position - 1, max(-1, position - 1 - _TOPIC_REACH), -1):
        token = tokens[i]
        if token in _USE_BEFORE and not adjective:
            # "statistics published by the police": the police wrote them, they do not use it.
            return bool(i and tokens[i - 1] in _PUBLISHED)
        if token in topic_before:
            return True
    return topic_sentence


def _report_languages(document: _Document, sentences, found: dict) -> None:
    current = None
    for sentence in sentences:
        if sentence.unsupported is None:
            current = None
            continue
        field, start, end = document.locate(sentence.start, sentence.end)
        original = document.originals[field]
        while start < end and original[start].isspace():
            start += 1
        while end > start and original[end - 1].isspace():
            end -= 1
        if current is not None and current["language"] == sentence.unsupported and (
                current["field"] == document.fields[field]):
            current["end"] = end
            current["text"] = original[current["start"]:end]
            continue
        current = {"field": document.fields[field], "start": start, "end": end, "text": original[start:end],
                   "negated": False, "language": sentence.unsupported}
        found[UNSCREENED_LANGUAGE].append(current)


def _organization_spans(organization: dict) -> list[dict]:
    spans = []
    name = organization.get("name") or ""
    if name:
        folded, index = fold(name)
        spaced = folded.translate(languages.SPACING)

        def original_of(start: int, end: int) -> str:
            start, end = unfold(name, index, start, end) if index is not None else (start, end)
            return name[start:end]

        for hit in _longest(hit for hit in _hits(folded, spaced, original_of) if hit.bits & LE):
            start, end = unfold(name, index, hit.start, hit.end) if index is not None else (hit.start, hit.end)
            spans.append({"field": "organization.name", "start": start, "end": end, "text": name[start:end],
                          "negated": False})
    for number, domain in enumerate(organization.get("domains") or ()):
        for label in re.finditer(r"[a-z0-9]+", domain):
            word = label.group()
            if (word in _DOMAIN_LABELS or any(part in word for part in _DOMAIN_WORDS)
                    or (_DOMAIN_PD.match(word) and label.end() < len(domain))):
                spans.append({"field": "organization.domains", "start": label.start(), "end": label.end(),
                              "text": word, "negated": False, "index": number})
                break
    return spans
