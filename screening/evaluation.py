"""Measure the free-text rules like a classifier: a labelled corpus in, precision and recall per
rule and language out (DESIGN §7: recall ≥ 95 %, precision ≥ 90 % per rule and language for
the undeclared rules, and no face-detection text read as facial recognition).

A corpus is JSON Lines, one application text a line:

    {"id": "de-02", "lang": "de", "split": "tune" | "heldout", "kind": "fr+le",
     "expect": ["fr", "le"],            # the free-text rules that must match (fr, le, lang)
     "text": "…",                       # the description
     "org": {"name", "type", "country", "domains"},   # optional; a company by default
     "caps": ["facial_recognition"]}    # optional; ["data_analysis"] by default

`kind` "detection" marks face detection or blurring, which must never read as facial
recognition.
"""
import json
from dataclasses import dataclass, field
from pathlib import Path

from screening.engine import screen_document
from screening.policy import CompiledPolicy

RULES = {
    "fr": "undeclared-facial-recognition",
    "le": "undeclared-law-enforcement",
    "lang": "unscreened-language",
}
GATED = ("fr", "le")  # rules held to the thresholds per language
SUPPORTED = ("en", "es", "fr", "de", "pt", "it", "nl", "pl")
MIN_RECALL, MIN_PRECISION = 0.95, 0.90
_DEFAULT_ORGANIZATION = {"name": "Applicant", "type": "commercial", "country": "US"}
_FR_DETAILS = {"mode": "retrospective", "sources": ["uploaded_images"], "environment": "controlled"}


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Report:
    counts: dict  # (rule code, language) → Count
    detection_false_positives: list
    items: int

    def failures(self, min_recall: float = MIN_RECALL, min_precision: float = MIN_PRECISION) -> list[str]:
        found = []
        for (rule, language), count in sorted(self.counts.items()):
            gated = (rule in GATED and language in SUPPORTED) or (rule == "lang" and language == "all")
            if not gated:
                continue
            if count.recall is not None and count.recall < min_recall:
                found.append(f"{RULES[rule]} [{language}]: recall {count.recall:.1%} < {min_recall:.0%}")
            if count.precision is not None and count.precision < min_precision:
                found.append(f"{RULES[rule]} [{language}]: precision {count.precision:.1%} < {min_precision:.0%}")
        if self.detection_false_positives:
            found.append(f"face detection read as facial recognition: {', '.join(self.detection_false_positives)}")
        return found


def load_corpus(paths: list[Path]) -> list[dict]:
    items = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    try:
                        items.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{file}:{number}: {exc}") from None
    return items


def facts_of(item: dict) -> dict:
    capabilities = item.get("caps") or ["data_analysis"]
    return {
        "title": item.get("title") or f"Application {item['id']}",
        "description": item["text"],
        "organization": item.get("org") or _DEFAULT_ORGANIZATION,
        "end_users": [],
        "capabilities": capabilities,
        "facial_recognition": dict(_FR_DETAILS) if "facial_recognition" in capabilities else None,
    }


def evaluate(items: list[dict], policy: CompiledPolicy) -> Report:
    counts: dict = {}
    detection_false_positives = []
    for item in items:
        result = screen_document(facts_of(item), policy)
        matched = {rule["id"] for rule in result["matched_rules"]}
        expected = set(item.get("expect", ()))
        language = item["lang"]
        for code, rule_id in RULES.items():
            fired, wanted = rule_id in matched, code in expected
            for key in ((code, language), (code, "all")):
                count = counts.setdefault(key, Count())
                if fired and wanted:
                    count.tp += 1
                elif fired:
                    count.fp += 1
                    count.false_alarms.append(item["id"])
                elif wanted:
                    count.fn += 1
                    count.misses.append(item["id"])
        if item.get("kind") == "detection" and RULES["fr"] in matched:
            detection_false_positives.append(item["id"])
    return Report(counts, detection_false_positives, len(items))


def table(report: Report) -> str:
    """The Markdown table of precision and recall per rule and language."""
    lines = ["| rule | language | TP | FP | FN | precision | recall |", "|---|---|---|---|---|---|---|"]
    order = {language: i for i, language in enumerate((*SUPPORTED, "all"))}
    for (rule, language), count in sorted(report.counts.items(),
                                          key=lambda kv: (list(RULES).index(kv[0][0]),
                                                          order.get(kv[0][1], len(order) - 0.5), kv[0][1])):
        if not (count.tp or count.fp or count.fn):
            continue
        lines.append(f"| {RULES[rule]} | {language} | {count.tp} | {count.fp} | {count.fn} | "
                     f"{_percent(count.precision)} | {_percent(count.recall)} |")
    lines.append(f"\nface-detection texts read as facial recognition: {len(report.detection_false_positives)}")
    return "\n".join(lines)


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"
