"""Which language each sentence of a text is in, so that the v2 reader picks the right negation
cues and no sentence in a language it cannot read passes unread.

A cheap first pass counts the function words of the eight supported languages in the
sentence; only a sentence that is not confidently one of them is given to lingua (its models
ship with the package; the detector is built once, on first need, and loads a language's
model only when a text could be in it).
"""
import re
from functools import lru_cache
from typing import NamedTuple

from screening.folding import unfold

SUPPORTED = ("en", "es", "fr", "de", "pt", "it", "nl", "pl")
MIN_WORDS = 4  # "a sentence or more": shorter fragments (headings, names) are not judged
_MIN_NON_LATIN_LETTERS = 8  # scripts written without spaces (Chinese, Japanese, Thai)
_MIN_CONFIDENCE = 0.5
SENTENCE = re.compile(r"[^.!?;\n\u3002\uff01\uff1f]+")
_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile(r"[^\x00-\u024f\W\d_]")

# The commonest function words of each supported language, folded (no accents, lower case).
_FUNCTION_WORDS = {
    "en": "the of and to in is are for with on that this by be will from as it or an at we our their "
          "not which used use can has have all its any who they them when each than into",
    "es": "el la los las de del y en que por para con una un es son se su sus al lo como mas pero "
          "este esta estos ser sera sin sobre entre cuando tambien nuestro nuestra",
    "fr": "le la les de des du et en que qui pour par avec une un est sont sur au aux ce cette ces "
          "dans pas ne nous leur leurs sera ou plus sans entre lors l d qu n son sa ses notre nos",
    "de": "der die das den dem des und zu im ist sind mit fur von auf ein eine einer einen nicht wird "
          "werden sich auch bei aus oder wir unsere zur zum uber nach durch",
    "pt": "o a os as de do da dos das e em que por para com uma um e sao se seu sua ao no na nos nas "
          "pelo pela nao como mais ser sera entre quando tambem nosso nossa",
    "it": "il lo la i gli le di del della dei delle e in che per con una un sono si al alla nel nella "
          "non come piu essere sara tra quando anche nostro nostra degli dalla",
    "nl": "de het een en van in is zijn voor met op dat die te door aan niet wordt worden ook bij naar "
          "om als uit onze wij we deze dit of",
    "pl": "i w na z do nie sie jest sa dla przez o ze od po jak oraz to jego ich ktore ktory ktora "
          "tego tym czy przy nasz nasze bedzie",
}
_STOP: dict[str, tuple[int, ...]] = {}
for _index, _language in enumerate(SUPPORTED):
    for _word in _FUNCTION_WORDS[_language].split():
        _STOP[_word] = _STOP.get(_word, ()) + (_index,)


class Sentence(NamedTuple):
    start: int
    end: int
    language: str | None  # a supported language, or None when unsure
    unsupported: str | None  # an ISO 639-1 code when it is confidently another language


def sentences(folded: str, original: str, index: list[int] | None = None) -> list[Sentence]:
    """The sentences of a text (offsets into the folded text) and their language; `index` is
    what `fold` returned with `folded`."""
    found = []
    for match in SENTENCE.finditer(folded):
        start, end = match.span()
        words = _WORD.findall(folded, start, end)
        counts = [0] * len(SUPPORTED)
        for word in words:
            for language in _STOP.get(word, ()):
                counts[language] += 1
        best = max(range(len(SUPPORTED)), key=counts.__getitem__)
        if counts[best] >= 2 and counts[best] * 5 >= len(words) and _distinct(words, best) >= 2:
            found.append(Sentence(start, end, SUPPORTED[best], None))
        elif len(words) >= MIN_WORDS or len(_NON_LATIN.findall(folded, start, end)) >= _MIN_NON_LATIN_LETTERS:
            begin, stop = unfold(original, index, start, end) if index is not None else (start, end)
            found.append(Sentence(start, end, *identify(original[begin:stop])))
        else:
            found.append(Sentence(start, end, SUPPORTED[best] if counts[best] else None, None))
    return found


def _distinct(words: list[str], language: int) -> int:
    """How many different function words of the language: "a a a a" is no Portuguese."""
    return len({word for word in words if language in _STOP.get(word, ())})


def identify(text: str) -> tuple[str | None, str | None]:
    """(supported language, None), (None, other language) or (None, None) when lingua is unsure."""
    detector = _detector()
    language = detector.detect_language_of(text)
    if language is None:
        return None, None
    code = language.iso_code_639_1.name.lower()
    if code in SUPPORTED:
        return code, None
    if detector.compute_language_confidence(text, language) < _MIN_CONFIDENCE:
        return None, None
    return None, code


def language_name(code: str) -> str:
    from lingua import IsoCode639_1, Language

    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().build()
