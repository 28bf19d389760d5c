"""The policy simulation screens past facts again with a draft and says what would change; it
is handed the past screenings and knows nothing of applications."""
import ast
from pathlib import Path

from django.conf import settings

from screening.engine import screen
from screening.policy import compile_policy
from screening.simulation import PastScreening, simulate
from tests.factories import REALTIME_BODYCAM_FR

V1 = compile_policy((settings.BASE_DIR / "policies" / "v1.yaml").read_text(encoding="utf-8"))
FACTS = {
    "title": "Live matching against a watch list", "description": "Cameras worn by officers.",
    "organization": {"name": "Northshire Police", "type": "police_department", "country": "GB"},
    "end_users": [], "data_sources": "", "human_oversight": "", **REALTIME_BODYCAM_FR,
}


def past(key: str, facts: dict, **stored) -> PastScreening:
    result = screen(facts, V1)
    values = {"outcome": result["outcome"], "enhanced_scrutiny": result["enhanced_scrutiny"],
              "matched_rules": result["matched_rules"], **stored}
    return PastScreening(key=key, facts=facts, screened_with="v1", display={"reference": key.upper()}, **values)


def test_it_reports_nothing_when_the_draft_decides_as_before():
    simulation = simulate(policy=V1, screenings=[past("a", FACTS)])
    assert (simulation.screened, simulation.changes) == (1, [])


def test_it_reports_a_screening_whose_outcome_would_flip_and_why():
    before = past("a", FACTS, outcome="human_review", enhanced_scrutiny=False, matched_rules=[])
    simulation = simulate(policy=V1, screenings=iter([before]))
    [change] = simulation.changes
    assert (change.key, change.display, change.outcome_before) == ("a", {"reference": "A"}, "human_review")
    assert change.outcome_changed and change.outcome_after == screen(FACTS, V1)["outcome"] == "auto_denied"
    assert simulation.newly_denied == [change]
    assert {r.id for r in change.rules_added} == {r["id"] for r in screen(FACTS, V1)["matched_rules"]}
    assert simulation.rules_removed == {}


def test_screening_imports_nothing_of_the_workflow_or_the_pages():
    for path in (Path(settings.BASE_DIR) / "screening").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                top = name.split(".")[0]
                assert top not in {"reviews", "oversight", "accounts"}, f"{path}: imports {name}"
                assert name not in {"audit.views", "audit.urls"}, f"{path}: imports {name}"
