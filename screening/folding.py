"""Case and accent folding that keeps offsets: the detectors match folded text, and report
spans of the original. "Policía" and "POLICIA" both fold to "policia", one character for one.
"""
import codecs
import re
import unicodedata

_COMBINING = re.compile("[\u0300-\u036f]")
_LETTER_NAMED = re.compile(r"LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) WITH ")


def _fold_table() -> list[str]:
    """Map upper-case and accented Latin letters, typographic apostrophes and dashes to one
    plain lower-case character each, so folding never changes the length of the text.

    A list indexed by code point: `str.translate` looks it up faster than a dict, and leaves
    characters past its end as they are."""
    table = [chr(code) for code in range(0x2213)]
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1].lower()
        if len(base) == 1 and "a" <= base <= "z":
            table[code] = base
            continue
        # Letters with a stroke or a hook have no decomposition: "ł" is an "l" by its name.
        named = _LETTER_NAMED.match(unicodedata.name(chr(code), ""))
        table[code] = named.group(1).lower() if named else chr(code).lower()[:1]
    for char in "œŒ":
        table[ord(char)] = "o"
    # Polish "ł" stays a letter of its own ("płacą" is not Portuguese "placa"), written as a
    # Latin-1 letter no supported language uses, so that Polish text folds on the fast path.
    for char in "łŁ":
        table[ord(char)] = "\u00fe"
    for char in "\u2018\u2019\u02bc\u00b4\u2039\u203a":  # (not "`": ASCII text keeps it, so all text does)
        table[ord(char)] = "'"
    for char in "\u201c\u201d\u201e\u201f\u2033":
        table[ord(char)] = '"'
    for char in "\u2010\u2011\u2012\u2013\u2014\u2212":
        table[ord(char)] = "-"
    for char in "\u00a0\u2007\u202f\u205f" + "".join(chr(code) for code in range(0x2000, 0x200c)):
        table[ord(char)] = " "
    table[0x2026] = "."  # "…" ends a sentence as "." does
    return table


_FOLD = _fold_table()
# Text folds fastest as Latin-1 bytes: the characters beyond Latin-1 ("ł", "ż", "“", "…") are
# folded by the encoder's error handler as it meets them (one for one, so offsets hold), and
# only text with characters that fold to none of Latin-1 (other scripts) goes character by
# character.
_FOLD_LATIN1 = bytes(ord(_FOLD[code]) for code in range(256))
_SIZE = len(_FOLD)


def _fold_beyond_latin1(error: UnicodeEncodeError) -> tuple[str, int]:
    folded = "".join([_FOLD[ord(char)] if ord(char) < _SIZE else char
                      for char in error.object[error.start:error.end]])
    if max(folded) > "\xff":
        raise error
    return folded, error.end


codecs.register_error("screening.fold", _fold_beyond_latin1)


def fold(text: str) -> tuple[str, list[int] | None]:
    """Return the text folded for matching, and the index in `text` of each folded character
    when the two differ in length (only for decomposed accents; None otherwise)."""
    if text.isascii():
        return text.lower(), None
    if _COMBINING.search(text):
        return _fold_decomposed(text)
    try:
        return text.encode("latin-1", "screening.fold").translate(_FOLD_LATIN1).decode("latin-1"), None
    except UnicodeEncodeError:
        return text.translate(_FOLD), None


def unfold(text: str, index: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of `text` that the folded span [start, end) came from."""
    original_start = index[start]
    original_end = index[end - 1] + 1
    # Keep the accents that decorate the last letter inside the span.
    while original_end < len(text) and unicodedata.combining(text[original_end]):
        original_end += 1
    return original_start, original_end


def _fold_decomposed(text: str) -> tuple[str, list[int]]:
    # Decomposed accents ("e" + U+0301): drop the marks and remember where each letter was.
    chars, index = [], []
    for i, char in enumerate(text):
        if not unicodedata.combining(char):
            chars.append(char.translate(_FOLD))
            index.append(i)
    return "".join(chars), index
