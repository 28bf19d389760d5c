"""Accessibility checks shared by the browser tests: axe-core (shipped by axe-playwright-python)
over the page as a user sees it, every closed <details> opened so its forms are checked too."""
from axe_playwright_python.sync_playwright import Axe

AXE = Axe()
FAILING_IMPACTS = {"serious", "critical"}
# Structure the issue asks for, failing whatever impact axe gives it: a skip link, landmarks,
# one h1 and headings in order, a language, SVG charts with a text alternative.
STRUCTURE_RULES = {"bypass", "skip-link", "landmark-one-main", "region", "landmark-unique", "landmark-no-duplicate-main",
                   "page-has-heading-one", "heading-order", "empty-heading", "html-has-lang", "html-lang-valid",
                   "svg-img-alt", "role-img-alt", "th-has-data-cells", "td-has-header", "empty-table-header"}
# Every table says what it holds (a caption or a label) and has header cells.
TABLES_WITHOUT_NAME_OR_HEADERS = """() => [...document.querySelectorAll('table')]
  .filter(t => !(t.caption || t.getAttribute('aria-label') || t.getAttribute('aria-labelledby')) || !t.querySelector('th'))
  .map(t => 'table' + (t.id ? '#' + t.id : '') + '.' + t.className)"""
# Every SVG chart has a text alternative: its own name, or (hidden from screen readers) a caption
# of its figure or a captioned table with the same numbers beside it.
CHARTS_WITHOUT_ALTERNATIVE = """() => [...document.querySelectorAll('svg')].filter(svg => {
  if (svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby') || svg.querySelector('title')) return false;
  if (svg.getAttribute('aria-hidden') !== 'true') return true;
  const figure = svg.closest('figure');
  if (figure && figure.querySelector('figcaption')) return false;
  const beside = svg.closest('.chart-with-table');
  return !(beside && beside.querySelector('table caption'));
}).map(svg => 'svg.' + svg.getAttribute('class'))"""


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
        if violation["impact"] not in FAILING_IMPACTS and violation["id"] not in STRUCTURE_RULES:
            continue
        for node in violation["nodes"]:
            lines.append(f"{violation['id']} [{violation['impact']}] {node['target']}: {violation['help']}")
    lines += [f"table-caption [serious] {table}: a table needs a caption (or label) and header cells"
              for table in page.evaluate(TABLES_WITHOUT_NAME_OR_HEADERS)]
    lines += [f"chart-alternative [serious] {chart}: a chart needs a text alternative (a caption or a table beside it)"
              for chart in page.evaluate(CHARTS_WITHOUT_ALTERNATIVE)]
    return lines


def assert_accessible(page, what: str = "") -> None:
    page.wait_for_load_state("networkidle")
    lines = serious_violations(page)
    assert not lines, f"axe on {what or page.url}:\n  " + "\n  ".join(lines)
