"""Which language each sentence of a text is in, so that the v2 reader picks the right negation
cues and no sentence in a language it cannot read passes unread.

A cheap first pass counts the function words of the eight supported languages in the
sentence; only a sentence that is not confidently one of them is given to lingua (its models
ship with the package; the detector is built once, on first need, and loads a language's
model only when a text could be in it).
"""
import json
import re
from functools import lru_cache
from typing import NamedTuple

from screening import lexicon
from screening.folding import fold
from screening.lexicon_build import LEXICON_FORMS_PATH

SUPPORTED = ("en", "es", "fr", "de", "pt", "it", "nl", "pl")
RESOLVE = "?"
MIN_WORDS = 4  # "a sentence or more": shorter fragments (headings, names) are not judged
_MIN_LETTERS = 30  # … nor, as another language, shorter Latin-script ones
_MIN_NON_LATIN_LETTERS = 8  # scripts written without spaces (Chinese, Japanese, Thai)
_SURE = 0.9
_PLAUSIBLE = 0.002
_FRAGMENT_WORDS = 8
_HEADING_GUESSES = frozenset({"eo", "la"})
_BREAK = "\x00"
# Sentence breaks become one marker and other punctuation spaces, one character for one, so
# that `str.split` finds sentences and words at C speed and offsets still hold (the reader
# matches its vocabulary in the same text, with the markers as spaces).
SPACING = str.maketrans({
    **dict.fromkeys("\t\r\"#$%&'()*+,-/:<=>@[\\]^_`{|}~\u00a0\u00ab\u00bb\u00bf\u00a1\u2026", " "),
    **dict.fromkeys(".!?;\n\u3002\uff01\uff1f", _BREAK),
})
# The same as bytes, for folded text within Latin-1 (nearly all of it): translated at C speed.
_SPACING_LATIN1 = bytes(ord(SPACING.get(code, chr(code))) for code in range(256))


def spaced(folded: str) -> str:
    """`folded.translate(SPACING)`, fast."""
    try:
        return folded.encode("latin-1").translate(_SPACING_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        return folded.translate(SPACING)


_NON_LATIN = re.compile(r"[^\x00-\u024f\W\d_]")

# The commonest function words of each supported language, folded (no accents, lower case).
_FUNCTION_WORDS = {
    "en": "the of and to in is are for with on that this by be will from as it or an at we our their "
          "not which used use can has have all its any who they them when each than into a every only "
          "also would should must may been was were us your you there these those such other more",
    "es": "el la los las de del y en que por para con una un es son se su sus al lo como mas pero "
          "este esta estos ser sera sin sobre entre cuando tambien nuestro nuestra",
    "fr": "le la les de des du et en que qui pour par avec une un est sont sur au aux ce cette ces "
          "dans pas ne nous leur leurs sera ou plus sans entre lors l d qu n son sa ses notre nos",
    "de": "der die das den dem des und zu im ist sind mit fur von auf ein eine einer einen nicht wird "
          "werden sich auch bei aus oder wir unsere zur zum uber nach durch",
    "pt": "o a os as de do da dos das e em que por para com uma um e sao se seu sua ao no na nos nas mas "
          "pelo pela nao como mais ser sera entre quando tambem nosso nossa",
    "it": "il lo la i gli le di del della dei delle e in che per con una un sono si al alla nel nella "
          "non come piu essere sara tra quando anche nostro nostra degli dalla",
    "nl": "de het een en van in is zijn voor met op dat die te door aan niet wordt worden ook bij naar "
          "om als uit onze wij we deze dit of er ze hun",
    "pl": "i w na z do nie sie jest sa dla przez o ze od po jak oraz to jego ich ktore ktory ktora "
          "tego tym czy przy nasz nasze bedzie",
}


def _known_words() -> dict[str, tuple[int, ...]]:
    """Words that say which supported language a sentence is in: the commonest function words,
    the negations, and the single-word forms of the reader's lexicon (so that "Nie stosujemy
    rozpoznawania twarzy" is Polish without asking lingua), less the forms that are ordinary
    words of another supported language as well."""
    data = json.loads(LEXICON_FORMS_PATH.read_text(encoding="utf-8"))
    ambiguous = set(data.get("ambiguous", ()))
    known: dict[str, set[int]] = {}
    for index, language in enumerate(SUPPORTED):
        words = set(_FUNCTION_WORDS[language].split())
        words.update(fold(word)[0] for word in lexicon.NEGATIONS[language])
        for part, forms in data["forms"][language].items():
            if part not in ("EXCLUDE", "AGAINST", "BLUR", "ORGANISATION", "RECORD", "LAW_ENFORCEMENT_NAMES"):
                words.update(form for form in forms if "*" not in form and " " not in form
                             and form not in ambiguous and len(form) > 3)
        for word in words:
            known.setdefault(word, set()).add(index)
    return {word: tuple(sorted(languages)) for word, languages in known.items()}


_STOP = _known_words()
# Intersecting a sentence's words with this set runs in C; only the few found are then counted.
_ALL_KNOWN = frozenset(_STOP)
# A chunk that ends with a single letter ("k" of "k.k.") is an abbreviation's: its last two characters.
_BEFORE_A_LETTER = frozenset({"", " "})
# Abbreviations whose point ends no sentence: "die angemeldete Studentin bzw. der angemeldete Student".
_ABBREVIATIONS = frozenset({"bzw", "usw", "etc", "ca", "approx", "vs", "nr", "dr", "evtl", "ggf", "inkl", "zzgl",
                            "sog", "bspw", "resp", "cf", "vgl", "mr", "mrs", "prof", "dept", "sr", "sra", "tel",
                            "np", "tzn", "tj", "ul", "pkt", "godz", "dott", "avv", "eg", "ie", "bijv", "mevr", "dhr",
                            "zgn"})


class Sentence(NamedTuple):
    start: int
    end: int
    language: str | None  # a supported language, RESOLVE (one of them: ask language_of), or None
    unsupported: str | None  # an ISO 639-1 code when it is confidently another language
    known: frozenset = frozenset()  # its known words, when its language is RESOLVE


def sentences(folded: str, spaced: str, original_of) -> list[Sentence]:
    """The sentences of a folded text (offsets into it) and their language. `spaced` is
    `folded.translate(SPACING)`; `original_of(start, end)` gives the original text of a span
    (lingua reads it with its accents)."""
    found = []
    end = -1
    opened = None  # where a sentence that runs on past an abbreviation started
    chunks = spaced.split(_BREAK)
    last = len(chunks) - 1
    for number, chunk in enumerate(chunks):
        start, end = end + 1, end + 1 + len(chunk)
        # "der k.k. Polizeidirektion", "J. Smith": a point after a single letter ends no sentence.
        # ("m.in.", "z.B.", "e.g.": the short parts after the first letter run on too.)
        if chunk and number < last and folded[end] == "." and chunk[-1].isalpha() and (
                chunk[-2:-1] in _BEFORE_A_LETTER or (opened is not None and len(chunk) <= 3 and " " not in chunk)
                or chunk[chunk.rfind(" ", -8) + 1:] in _ABBREVIATIONS):
            if opened is None:
                opened = start
            continue
        if opened is not None:
            start, opened = opened, None
            chunk = spaced[start:end].replace(_BREAK, " ")
        words = chunk.split()
        if not words:
            continue
        # Clearly one of the supported languages: which one is worked out only for the few
        # sentences the reader looks into (`language_of`).
        known = _ALL_KNOWN.intersection(words)
        if len(known) >= 3 and len(known) * 3 >= len(words):
            found.append(Sentence(start, end, RESOLVE, None, known))
            continue
        # Different known words of each language; function words repeat, so a sentence of a
        # language needs only one in six of its words to be different known ones.
        best, most = _best_language(known)
        if most >= 2 and most * 6 >= len(words):
            found.append(Sentence(start, end, SUPPORTED[best], None))
        elif len(words) >= MIN_WORDS or len(_NON_LATIN.findall(folded, start, end)) >= _MIN_NON_LATIN_LETTERS:
            found.append(Sentence(start, end, *identify(original_of(start, end))))
        elif most:
            found.append(Sentence(start, end, SUPPORTED[best], None))
        elif found and found[-1].language is not None and "\n" not in folded[found[-1].end:start]:
            # No known word ("Cliente final: PSP."): the language of the sentence before it on its line.
            found.append(found[-1]._replace(start=start, end=end))
        else:
            found.append(Sentence(start, end, None, None))
    return found


def language_of(sentence: Sentence) -> str | None:
    """The supported language of a sentence, or None when it has no known word."""
    if sentence.language != RESOLVE:
        return sentence.language
    best, most = _best_language(sentence.known)
    return SUPPORTED[best] if most else None


def _best_language(known: set[str]) -> tuple[int, int]:
    """The supported language with the most of these known words, and how many it has."""
    counts = [0] * len(SUPPORTED)
    for word in known:
        for language in _STOP[word]:
            counts[language] += 1
    best = max(range(len(SUPPORTED)), key=counts.__getitem__)
    return best, counts[best]


@lru_cache(maxsize=4096)
def identify(text: str) -> tuple[str | None, str | None]:
    """(supported language, None), (None, other language) or (None, None) when lingua is unsure.

    lingua's low-accuracy mode (trigram models only) loads in under two seconds and about 80 MB
    for all its languages; the high-accuracy mode would take half a minute and a gigabyte in
    every worker. It misreads very short texts ("Summaries of case files" as Maori), so a
    sentence is judged another language only when it is long enough and lingua is sure.
    Results are remembered for the last few thousand sentences: the same ones come back when
    applications are re-screened or a draft policy is simulated over past ones."""
    values = _detector().compute_language_confidence_values(text)
    if not values or values[0].value <= 0:
        return None, None
    code = values[0].language.iso_code_639_1.name.lower()
    if code in SUPPORTED:
        return code, None
    # A short fragment of Dutch can look like Afrikaans, a heading with a place name like Tsonga:
    # when a supported language is plausible at all, the text is not confidently another one.
    # (Text really in another language leaves every supported one below a thousandth.)
    for value in values[1:]:
        other = value.language.iso_code_639_1.name.lower()
        if other in SUPPORTED:
            if value.value >= _PLAUSIBLE:
                return other, None
            break
    # A heading of borrowed words ("Digital out-of-home advertising, Toronto") is Esperanto or Latin
    # to lingua as often as not; a sentence of either is judged when it is a sentence.
    if code in _HEADING_GUESSES and len(text.split()) < _FRAGMENT_WORDS:
        return None, None
    letters = sum(char.isalpha() for char in text)
    # Sure that it is none of ours, even when lingua hesitates between two of its neighbours
    # (Bokmål or Danish, Serbian or Croatian): what counts is that no supported language is likely.
    outside = sum(value.value for value in values if value.language.iso_code_639_1.name.lower() not in SUPPORTED)
    if outside < _SURE or (letters < _MIN_LETTERS and len(_NON_LATIN.findall(text)) < _MIN_NON_LATIN_LETTERS):
        return None, None
    return None, code


def language_name(code: str) -> str:
    from lingua import IsoCode639_1, Language

    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
