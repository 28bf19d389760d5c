"""Keyboard-only moves for the browser tests: Tab to an element, checking on every stop that the
focused element shows a focus indicator (an outline or a box-shadow), as WCAG 2.4.7 asks."""

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  // At least 2 px (Chromium's own ring is 1 px and faint): the app's focus style, not the default.
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  return {outline, shadow, tag: el.tagName, id: el.id, name: el.getAttribute('name'), text: (el.innerText || '').slice(0, 40)};
}"""


def focused_matches(page, selector: str) -> bool:
    """Whether the (first) element a Playwright selector finds has focus."""
    found = page.locator(selector)
    return found.count() > 0 and found.first.evaluate("el => el === document.activeElement")


def assert_focus_visible(page) -> None:
    state = page.evaluate(FOCUS_STYLE)
    assert state is not None, "focus was lost to the page body"
    assert state["outline"] or state["shadow"], f"no visible focus indicator on {state}"


def tab_to(page, selector: str, *, backwards: bool = False, limit: int = 250) -> None:
    """Press Tab (or Shift+Tab) until the element matching `selector` has focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if page.evaluate("() => document.activeElement && document.activeElement !== document.body"):
            assert_focus_visible(page)
        if focused_matches(page, selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def type_into(page, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


def press_and_wait(page, key: str) -> None:
    """Press a key that submits a form or follows a link, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press(key)
