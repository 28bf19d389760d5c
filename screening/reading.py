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

from screening import languages, lexicon
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
_IDENTIFYING = ("identif", "recogni", "reconoc", "reconn", "reconh", "erkenn", "herken", "rozpozn", "identyf",
                "ricono")

# Part flags, as bits: a form can play several parts ("face" is FACE in English and Portuguese).
_PARTS = ("FACE", "ACT", "BIOMETRIC", "MUGSHOT", "WATCHLIST", "PROBE", "GALLERY", "PERSON", "VISUAL", "PLATE",
          "LAW_ENFORCEMENT", "EXCLUDE", "ONE_TO_N")
(FACE, ACT, BIOMETRIC, MUGSHOT, WATCHLIST, PROBE, GALLERY, PERSON, VISUAL, PLATE, LE, EXCLUDE,
 ONE_TO_N) = (1 << i for i in range(len(_PARTS)))
_WORD, _PREFIX, _SUFFIX, _ANYWHERE = range(4)  # where a form may sit in a word
_UPPER = 1 << 20  # an acronym that counts only in capitals ("ICE", not "ice")


def _load_automaton() -> ahocorasick.Automaton:
    data = json.loads(LEXICON_FORMS_PATH.read_text(encoding="utf-8"))
    entries: dict[str, dict[int, int]] = {}  # form → {position mode: part bits}

    def add(entry: str, bits: int) -> None:
        head, tail = entry.startswith("*"), entry.endswith("*")
        mode = _ANYWHERE if head and tail else _SUFFIX if head else _PREFIX if tail else _WORD
        modes = entries.setdefault(entry.strip("*"), {})
        modes[mode] = modes.get(mode, 0) | bits

    for parts in data["forms"].values():
        for part, forms in parts.items():
            for form in forms:
                add(form, 1 << _PARTS.index(part))
    for form in data["one_to_n"]:
        add(form, ONE_TO_N)
    for acronym in lexicon.UPPER_CASE_LAW_ENFORCEMENT:
        add(acronym.lower(), LE | _UPPER)
    automaton = ahocorasick.Automaton()
    for form, modes in entries.items():
        upper = any(bits & _UPPER for bits in modes.values())
        if upper:  # the acronym rule wins over the lower-case form of the same letters
            modes = {mode: bits | _UPPER for mode, bits in modes.items()}
        automaton.add_word(form, (len(form), tuple(modes.items())))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _load_automaton()


def _folded_set(words) -> frozenset:
    return frozenset(fold(word)[0] for word in words)


_NEGATIONS = {language: _folded_set(words) for language, words in lexicon.NEGATIONS.items()}
_ALL_NEGATIONS = frozenset().union(*_NEGATIONS.values()) - {"no", "plus", "mai", "nie"}
_NEGATION_PAIRS = frozenset((fold(a)[0], fold(b)[0]) for a, b in lexicon.NEGATION_PAIRS)
_NOT_NEGATION_PAIRS = frozenset((fold(a)[0], fold(b)[0]) for a, b in lexicon.NOT_NEGATION_PAIRS)
_WITHOUT = _folded_set(lexicon.WITHOUT)
_TERMINATORS = _folded_set(lexicon.TERMINATORS)
_AUXILIARIES = _folded_set(lexicon.AUXILIARIES)
_TOPIC_BEFORE = _folded_set(lexicon.TOPIC_BEFORE)
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
    for field, text in zip(TEXT_FIELDS, texts, strict=True):
        if text:
            _read(field, text, found)
    organization = facts.get("organization") or {}
    found[LAW_ENFORCEMENT].extend(_organization_spans(organization))
    return found


def find_spans(text: str, field: str = "description") -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {name: [] for name in SIGNAL_NAMES}
    if text:
        _read(field, text, found)
    return found


def counts(span: dict) -> bool:
    """Whether a span makes its rule fire: not negated and not law enforcement as a topic."""
    return not span["negated"] and not span.get("topic", False)


class _Hit:
    __slots__ = ("start", "end", "bits", "token")

    def __init__(self, start: int, end: int, bits: int):
        self.start, self.end, self.bits, self.token = start, end, bits, -1


def _read(field: str, original: str, found: dict) -> None:
    folded, index = fold(original)
    hits = _hits(folded, original, index)
    sentences = languages.sentences(folded, original, index)
    _report_languages(field, original, index, sentences, found)
    if not hits:
        return
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[_Hit]] = {}
    for hit in hits:
        i = bisect_right(starts, hit.start) - 1
        if i >= 0 and hit.end <= sentences[i].end:
            by_sentence.setdefault(i, []).append(hit)
    for i, sentence_hits in by_sentence.items():
        sentence = sentences[i]
        for signal, start, end, negated, topic in _read_sentence(folded, sentence, sentence_hits):
            if index is not None:
                start, end = unfold(original, index, start, end)
            span = {"field": field, "start": start, "end": end, "text": original[start:end], "negated": negated}
            if topic:
                span["topic"] = True
            found[signal].append(span)


def _hits(folded: str, original: str, index) -> list[_Hit]:
    hits, excluded = [], []
    size = len(folded)
    for last, (length, modes) in _AUTOMATON.iter(folded):
        start, end = last - length + 1, last + 1
        starts_word = not start or not folded[start - 1].isalnum()
        ends_word = end == size or not folded[end].isalnum()
        bits = 0
        for mode, mode_bits in modes:
            if mode == _WORD:
                ok = starts_word and ends_word
            elif mode == _PREFIX:
                ok = starts_word
            elif mode == _SUFFIX:
                ok = ends_word
            else:
                ok = True
            if ok:
                bits |= mode_bits
        if not bits:
            continue
        if bits & _UPPER:
            begin, stop = unfold(original, index, start, end) if index is not None else (start, end)
            if not original[begin:stop].isupper():
                continue
        if bits & EXCLUDE:
            excluded.append((start, end))
        else:
            hits.append(_Hit(start, end, bits & ~_UPPER))
    if excluded:
        hits = [hit for hit in hits if not any(s <= hit.start and hit.end <= e for s, e in excluded)]
    return hits


def _read_sentence(folded: str, sentence, hits: list[_Hit]):
    tokens, starts = [], []
    for match in _TOKEN.finditer(folded, sentence.start, sentence.end):
        tokens.append(match.group())
        starts.append(match.start())
    for hit in hits:
        hit.token = max(0, bisect_right(starts, hit.start) - 1)
    clauses = _clause_ids(tokens)
    negations = _NEGATIONS[sentence.language] if sentence.language else _ALL_NEGATIONS
    by_clause: dict[int, list[_Hit]] = {}
    for hit in hits:
        if hit.bits & FACE and tokens[hit.token] in ("face", "faces") and hit.token and (
                tokens[hit.token - 1] in _FACE_AS_VERB_BEFORE):
            hit.bits &= ~FACE  # "agencies face", "we face": the verb
        by_clause.setdefault(clauses[hit.token], []).append(hit)
    topic_sentence = not _TOPIC_SENTENCE.isdisjoint(tokens)
    for clause_hits in by_clause.values():
        involved = _facial_recognition(clause_hits, tokens)
        if involved:
            negated = any(_negated(tokens, clauses, hit.token, negations) for hit in involved)
            yield (FACIAL_RECOGNITION, min(h.start for h in involved), max(h.end for h in involved), negated,
                   False)
        for hit in _longest(h for h in clause_hits if h.bits & LE):
            negated = _negated(tokens, clauses, hit.token, negations)
            yield LAW_ENFORCEMENT, hit.start, hit.end, negated, _topic(tokens, hit.token, topic_sentence)


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
    if face and act:
        return face + act
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
    identifying = [hit for hit in act if any(stem in tokens[hit.token] for stem in _IDENTIFYING)]
    if identifying and person and visual:
        return identifying + person
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
        # "cannot … without facial recognition", "no es posible sin": a double negative affirms.
        return not (cues[0] in _WITHOUT and len(cues) > 1)
    for i in range(position + 1, min(len(tokens), position + 1 + _POST_NEGATION_REACH)):
        token = tokens[i]
        if clauses[i] != clause:
            return False
        if token in negations:
            return (token, tokens[i + 1] if i + 1 < len(tokens) else "") not in _NOT_NEGATION_PAIRS
        if token not in _AUXILIARIES:
            return False
    return False


def _topic(tokens: list[str], position: int, topic_sentence: bool) -> bool:
    """Whether a law-enforcement mention is the subject matter rather than the user."""
    for i in range(position - 1, max(-1, position - 1 - _TOPIC_REACH), -1):
        if tokens[i] in _USE_BEFORE:
            return False
        if tokens[i] in _TOPIC_BEFORE:
            return True
    return topic_sentence


def _report_languages(field: str, original: str, index, sentences, found: dict) -> None:
    current = None
    for sentence in sentences:
        if sentence.unsupported is None:
            current = None
            continue
        start, end = sentence.start, sentence.end
        if index is not None:
            start, end = unfold(original, index, start, end)
        while start < end and original[start].isspace():
            start += 1
        while end > start and original[end - 1].isspace():
            end -= 1
        if current is not None and current["language"] == sentence.unsupported:
            current["end"] = end
            current["text"] = original[current["start"]:end]
            continue
        current = {"field": field, "start": start, "end": end, "text": original[start:end], "negated": False,
                   "language": sentence.unsupported}
        found[UNSCREENED_LANGUAGE].append(current)


def _organization_spans(organization: dict) -> list[dict]:
    spans = []
    name = organization.get("name") or ""
    if name:
        folded, index = fold(name)
        for hit in _longest(hit for hit in _hits(folded, name, index) if hit.bits & LE):
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
