"""Practices the law names that the facts have no field for, read from the free text: building
a face database by untargeted scraping (EU AI Act Art. 5(1)(e)) and predicting who will commit
a crime from profiling (Art. 5(1)(d)). A phrase counts unless a negation comes just before it in
the same sentence ("we do not scrape…"), so that a denial rests on what the applicant affirms.

These are derived values (`derived.untargeted_face_scraping`, `derived.crime_prediction_profiling`),
not reader signals: they never change how a base policy's reader reads, so decisions under
policy v1 and v2 replay exactly.
"""
import re

_FIELDS = ("title", "description", "data_sources", "human_oversight")

_SCRAPING = re.compile(
    r"\b(scrap(e|es|ed|ing)|crawl(s|ed|ing)?|harvest(s|ed|ing)?|collect(s|ed|ing)? (all|every|any))\b"
    r"[^.;]{0,80}\b(face|faces|facial|photos?|images?|pictures?|selfies?|profile pictures?)\b"
    r"|\b(faces?|facial images?|photos?|images?|pictures?)\b[^.;]{0,80}\b(scrap(e|es|ed|ing)|crawl(ed|ing)?|harvest(ed|ing)?)\b",
    re.IGNORECASE,
)
_UNTARGETED_SOURCE = re.compile(
    r"\b(internet|the web|websites?|social media|social networks?|online|public (web|sources)|cctv footage|"
    r"instagram|facebook|tiktok|youtube|x\.com|twitter)\b",
    re.IGNORECASE,
)
_PREDICTION = re.compile(
    r"\b(predict(s|ed|ing)?|forecast(s|ed|ing)?|risk scor(e|es|ing)|likelihood|propensity|pre-crime|predictive policing)\b"
    r"[^.;]{0,100}\b(crime|crimes|criminal|offend(ing|er|ers)?|re-?offend(ing)?|commit|recidivism)\b"
    r"|\bpredictive policing\b",
    re.IGNORECASE,
)
_PROFILING = re.compile(
    r"\b(profil(e|es|ing)|personality|personal (traits|characteristics)|demographics?|ethnicity|nationality|"
    r"family|social (media|network)|place of residence|neighbou?rhood|age|gender|behaviou?r(al)? patterns?)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(not|never|no|without|nor|don't|doesn't|won't|cannot|can't|excluding|prohibited|forbidden)\b"
    r"[^.;]{0,40}\Z",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def _sentences(facts: dict):
    for name in _FIELDS:
        yield from (m.group() for m in _SENTENCE.finditer(facts.get(name) or ""))
    purpose = (facts.get("facial_recognition") or {}).get("purpose") or ""
    yield from (m.group() for m in _SENTENCE.finditer(purpose))


def _affirmed(pattern: re.Pattern, sentence: str) -> bool:
    return any(not _NEGATION.search(sentence[: m.start()]) for m in pattern.finditer(sentence))


def untargeted_face_scraping(facts: dict) -> bool:
    """The text describes scraping facial images from the internet or CCTV footage."""
    return any(_affirmed(_SCRAPING, s) and _UNTARGETED_SOURCE.search(s) for s in _sentences(facts))


def crime_prediction_profiling(facts: dict) -> bool:
    """The text describes predicting that people will offend from their profile or traits."""
    return any(_affirmed(_PREDICTION, s) and _PROFILING.search(s) for s in _sentences(facts))
