"""Accessibility checks shared by the browser tests: axe-core (shipped by axe-playwright-python)
over the page as a user sees it, every closed <details> opened so its forms are checked too."""
from axe_playwright_python.sync_playwright import Axe

AXE = Axe()
FAILING_IMPACTS = {"serious", "critical"}


def open_all_details(page) -> None:
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


def serious_violations(page) -> list[str]:
    """One line per serious or critical violation and element: rule, impact, target, help."""
    open_all_details(page)
    results = AXE.run(page, options={"resultTypes": ["violations"],
                                     "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                                                           "best-practice"]}})
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] not in FAILING_IMPACTS:
            continue
        for node in violation["nodes"]:
            lines.append(f"{violation['id']} [{violation['impact']}] {node['target']}: {violation['help']}")
    return lines


def assert_accessible(page, what: str = "") -> None:
    page.wait_for_load_state("networkidle")
    lines = serious_violations(page)
    assert not lines, f"axe on {what or page.url}:\n  " + "\n  ".join(lines)
