"""Free-text signals: where the text of an application talks about facial recognition or about
police / law-enforcement use, whether or not the structured facts declare it.

Each finding is an evidence span `{"field", "start", "end", "text", "negated"}` whose offsets are
into the field's text as stored in the normalised facts, so `text == original[start:end]`.
Matching ignores case and accents; a span inside a negation ("we do not use facial
recognition", "keine Gesichtserkennung") is reported with `negated: true` and does not count.
Face detection, blurring or counting faces is not facial recognition and is not reported.
"""
import bisect
import re
from typing import NamedTuple

from screening import vocabulary as v
from screening.folding import fold, unfold

FACIAL_RECOGNITION = "facial_recognition"
LAW_ENFORCEMENT = "law_enforcement"
SIGNAL_NAMES = (FACIAL_RECOGNITION, LAW_ENFORCEMENT)

# The free-text fields of the facts that the detectors read, as field paths.
TEXT_FIELDS = ("title", "description", "data_sources", "human_oversight", "facial_recognition.purpose")

_PLAIN, _CONTEXTUAL, _OFFICER = "plain", "contextual", "officer"
# Fields are scanned as one text; this separator ends every sentence and clause, and no term
# pattern can match across it.
_FIELD_SEPARATOR = "\n.\n"
_SENTENCE_BREAKS = ".;!?\n"
_CLAUSE_BREAKS_AFTER = _SENTENCE_BREAKS + "()[]"
_CLAUSE_BREAKS_BEFORE = _CLAUSE_BREAKS_AFTER + ":"  # "Prohibited uses: facial recognition" is no negation
_PORTUGUESE_IN_THE = "no"
_PRE_NEGATION_WORDS = 5
_WINDOW = 80  # characters: enough for five words, and bounds the work per match
_REACH = 250  # characters: a sentence as far as any pattern or context check looks
_PUNCTUATION = ",\"\u00ab\u00bb\u00bf\u00a1*/-"
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]*)?")
_VISUAL_CONTEXT = re.compile(v.VISUAL_CONTEXT)
_CORPORATE_OFFICERS = re.compile(v.CORPORATE_OFFICERS)


class _Compiled(NamedTuple):
    number: int
    signal: str
    languages: frozenset
    kind: str
    regex: re.Pattern
    anchors: tuple
    compound: bool
    not_negations: frozenset


def _build_index() -> tuple[tuple, tuple]:
    """Index the vocabulary by literal: (anchor, compound, terms matched where it occurs) and
    (near literal, terms tried in its sentence). Finding a literal with `str.find` and matching
    right there is far faster than letting a regular expression try every position."""
    entries = (
        [(FACIAL_RECOGNITION, _PLAIN, term) for term in v.FACIAL_RECOGNITION_TERMS]
        + [(FACIAL_RECOGNITION, _CONTEXTUAL, term) for term in v.CONTEXTUAL_IDENTIFICATION_TERMS]
        + [(LAW_ENFORCEMENT, _PLAIN, term) for term in v.LAW_ENFORCEMENT_TERMS]
        + [(LAW_ENFORCEMENT, _OFFICER, v.OFFICER_TERM)]
    )
    anchored: dict[tuple, list] = {}
    near: dict[str, list] = {}
    for number, (signal, kind, term) in enumerate(entries):
        not_negations = frozenset.intersection(
            *(v.NOT_NEGATIONS_IN.get(language, frozenset()) for language in term.languages)
        )
        compiled = _Compiled(number, signal, term.languages, kind, re.compile(term.pattern), term.anchors,
                             term.compound, not_negations)
        if term.near:
            for literal in term.near:
                near.setdefault(literal, []).append(compiled)
        else:
            for anchor in term.anchors:
                anchored.setdefault((anchor, term.compound), []).append(compiled)
    return (
        tuple((anchor, compound, tuple(terms)) for (anchor, compound), terms in sorted(anchored.items())),
        tuple((literal, tuple(terms)) for literal, terms in sorted(near.items())),
    )


_ANCHORED, _NEAR = _build_index()


def find_spans(text: str, field: str = "description") -> dict[str, list[dict]]:
    """Every span of `text` for each signal, negated ones included, in order of position."""
    return _scan([(field, text)] if text else [])


def detect(facts: dict) -> dict[str, list[dict]]:
    """Spans of every signal across the free-text fields of normalised facts, negated ones
    included, in field order and then by position."""
    fr = facts.get("facial_recognition") or {}
    texts = (
        facts.get("title"), facts.get("description"), facts.get("data_sources"),
        facts.get("human_oversight"), fr.get("purpose"),
    )
    return _scan([(field, text) for field, text in zip(TEXT_FIELDS, texts, strict=True) if text])


def affirmed(spans: list[dict]) -> list[dict]:
    """The spans that were not negated: the ones that make a rule fire."""
    return [span for span in spans if not span["negated"]]


class _Text:
    """The folded text being scanned, and the sentence and clause around a position.

    Looking a few characters either way costs less than finding every break of a long text;
    no pattern reaches further than `_REACH` characters from where it is anchored."""

    __slots__ = ("folded",)

    def __init__(self, folded: str):
        self.folded = folded

    def _last_break(self, chars: str, begin: int, end: int) -> int:
        window = self.folded[begin:end]
        found = max(map(window.rfind, chars))
        return begin + found if found >= 0 else -1

    def _next_break(self, chars: str, begin: int, end: int) -> int:
        window = self.folded[begin:end]
        found = [i for i in map(window.find, chars) if i >= 0]
        return begin + min(found) if found else end

    def sentence(self, position: int) -> tuple[int, int]:
        begin = max(0, position - _REACH)
        found = self._last_break(_SENTENCE_BREAKS, begin, position)
        return (found + 1 if found >= 0 else begin), self._next_break(
            _SENTENCE_BREAKS, position, min(len(self.folded), position + _REACH))

    def clause_end(self, position: int, reach: int) -> int:
        return self._next_break(_CLAUSE_BREAKS_AFTER, position, min(len(self.folded), position + reach))


def _scan(texts: list[tuple[str, str]]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {FACIAL_RECOGNITION: [], LAW_ENFORCEMENT: []}
    if not texts:
        return found
    parts, offsets, indexes, position = [], [], [], 0
    for _, original in texts:
        folded, index = fold(original)
        parts.append(folded)
        offsets.append(position)
        indexes.append(index)
        position += len(folded) + len(_FIELD_SEPARATOR)
    text = _Text(_FIELD_SEPARATOR.join(parts))
    for term, start, end in _resolve_overlaps(_candidates(text)):
        negated = _negated_before(text, start, term) or (
            term.signal == FACIAL_RECOGNITION and _negated_after(text, end)
        )
        i = bisect.bisect_right(offsets, start) - 1
        field, original = texts[i]
        start, end = start - offsets[i], end - offsets[i]
        if indexes[i] is not None:
            start, end = unfold(original, indexes[i], start, end)
        found[term.signal].append({
            "field": field, "start": start, "end": end, "text": original[start:end], "negated": negated,
        })
    return found


def _candidates(text: _Text) -> list[tuple[_Compiled, int, int]]:
    """Every term match that passes its own checks, overlapping or not."""
    folded = text.folded
    size = len(folded)
    hits = []
    for anchor, compound, terms in _ANCHORED:
        if anchor not in folded:
            continue
        for position in _starts(folded, anchor, 0, size, compound):
            for term in terms:
                match = term.regex.match(folded, position)
                if match:
                    hits.append((term, _word_start(folded, position) if compound else position, match.end()))
    tried = set()
    for literal, terms in _NEAR:
        if literal not in folded:
            continue
        for position in _starts(folded, literal, 0, size, False):
            begin, end = text.sentence(position)
            sentence = folded[begin:end]
            for term in terms:
                if (term.number, begin) in tried:
                    continue
                tried.add((term.number, begin))
                for anchor in term.anchors:
                    if anchor not in sentence:
                        continue
                    for start in _starts(folded, anchor, begin, end, False):
                        match = term.regex.match(folded, start, end)
                        if match:
                            hits.append((term, start, match.end()))
    return [hit for hit in hits if _passes(text, *hit)]


def _starts(folded: str, literal: str, begin: int, end: int, anywhere: bool) -> list[int]:
    """Where `literal` occurs in folded[begin:end]: at the start of a word, unless `anywhere`.
    "face" in "interface", "polic" in "apolice" or "run" in "rerun" start no word."""
    found = []
    position = folded.find(literal, begin, end)
    while position >= 0:
        if anywhere or not position:
            found.append(position)
        else:
            before = folded[position - 1]
            if not (before.isalnum() or before == "-"):
                found.append(position)
        position = folded.find(literal, position + 1, end)
    return found


def _passes(text: _Text, term: _Compiled, start: int, end: int) -> bool:
    if term.kind == _CONTEXTUAL:
        return bool(_VISUAL_CONTEXT.search(text.folded, *text.sentence(start)))
    if term.kind == _OFFICER:
        return _police_officer(text.folded, start, end)
    return True


def _resolve_overlaps(hits: list) -> list:
    """Keep, per signal, the earliest and then longest of overlapping matches."""
    kept, last_end = [], {}
    for term, start, end in sorted(hits, key=lambda hit: (hit[1], -hit[2])):
        if start >= last_end.get(term.signal, -1):
            kept.append((term, start, end))
            last_end[term.signal] = end
    return kept


def _word_start(folded: str, position: int) -> int:
    while position and folded[position - 1].isalnum():
        position -= 1
    return position


def _police_officer(folded: str, start: int, end: int) -> bool:
    previous = _TOKEN.findall(folded, max(0, start - 40), start)[-1:]
    if previous and previous[0] in v.NON_POLICE_OFFICERS:
        return False
    return not _CORPORATE_OFFICERS.match(folded, end)


def _is_negation(token: str) -> bool:
    return token in v.NEGATIONS or token.endswith("n't") or token.startswith("n'")


def _words(text: str) -> list[str]:
    return [word.strip(_PUNCTUATION) for word in text.split()]


def _clause_words_before(folded: str, start: int) -> list[str]:
    """The last few words before `start` in its clause, in reading order."""
    begin = max(0, start - _WINDOW)
    window = folded[begin:start]
    cut = max(map(window.rfind, _CLAUSE_BREAKS_BEFORE))
    words = window[cut + 1:].split()
    if cut < 0 and begin and words:
        words = words[1:]  # the window starts in the middle of this one
    tail = []
    for word in reversed(words):
        word = word.strip(_PUNCTUATION)
        if word in v.CLAUSE_BREAKS:
            break
        tail.append(word)
        if len(tail) == _PRE_NEGATION_WORDS:
            break
    tail.reverse()
    return tail


def _negated_before(text: _Text, start: int, term: _Compiled) -> bool:
    """A negation cue among the few words before the term, in the same clause."""
    tokens = _clause_words_before(text.folded, start)
    for i, token in enumerate(tokens):
        if token in term.not_negations:
            continue
        if token == _PORTUGUESE_IN_THE and "pt" in term.languages and _portuguese(text, start):
            continue  # Portuguese "no" is "in the": "investimos no policiamento".
        if _is_negation(token) or tuple(tokens[i:i + 2]) in v.NEGATION_PAIRS:
            return True
    return False


def _portuguese(text: _Text, position: int) -> bool:
    """Whether a sentence reads as Portuguese rather than Spanish, by its telltale words."""
    score = 0
    for token in _TOKEN.findall(text.folded, *text.sentence(position)):
        if token in v.PORTUGUESE_MARKERS or "nh" in token or "lh" in token or token.endswith(("cao", "coes")):
            score += 1
        elif token in v.SPANISH_MARKERS or token.endswith(("cion", "ciones")):
            score -= 1
    return score > 0


def _negated_after(text: _Text, end: int) -> bool:
    """True for "… is not used", "… no se utiliza", "… wird nicht eingesetzt" ending the clause.

    The negation counts only when the clause then ends, so "is never used as the sole basis
    for an arrest" or "is not used in real time" stay affirmative."""
    saw_negation = saw_use = False
    for token in _words(text.folded[end:text.clause_end(end, _WINDOW)]):
        if token in v.CLAUSE_BREAKS:
            break
        if saw_use:
            if token not in v.CLOSING_WORDS:
                return False
        elif token in v.PROHIBITIONS or (saw_negation and token in v.USE_WORDS):
            saw_negation = saw_use = True
        elif _is_negation(token):
            saw_negation = True
        elif token not in v.AUXILIARIES:
            return False
    return saw_use
