"""The user guides (docs/guides/) show only the screenshots the browser test takes
(tests/browser/test_user_guides.py, names in tests/browser/guide_screenshots.py), every one of
them is committed, and their links lead somewhere in the repository."""
import re
from pathlib import Path

import pytest

from tests.browser.guide_screenshots import GUIDES, GUIDES_DIR, IMAGES_DIR, JOURNEYS, NAMES

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
ROOT = GUIDES_DIR.parent.parent


def images_of(guide: str) -> list[str]:
    return IMAGE.findall((GUIDES_DIR / guide).read_text(encoding="utf-8"))


@pytest.mark.parametrize("guide", GUIDES)
def test_every_image_a_guide_shows_is_a_screenshot_the_browser_test_takes(guide):
    images = images_of(guide)
    assert images, f"{guide} shows no screenshot"
    for target in images:
        path = Path(target)
        assert path.parent == Path("img") and path.suffix == ".png", f"{guide}: {target} is not img/<name>.png"
        assert path.stem in NAMES, f"{guide}: no browser test takes {path.stem} (tests/browser/guide_screenshots.py)"
        assert (GUIDES_DIR / path).is_file(), f"{guide}: {target} is missing; run `make guides`"


def test_every_screenshot_taken_is_committed_and_shown_in_a_guide():
    committed = {path.stem for path in IMAGES_DIR.glob("*.png")}
    assert committed - NAMES == set(), "images no browser test takes any more"
    assert NAMES - committed == set(), "screenshots not committed; run `make guides`"
    shown = {Path(target).stem for guide in GUIDES for target in images_of(guide)}
    assert NAMES - shown == set(), "screenshots no guide shows"


def test_each_screenshot_is_taken_by_one_journey_only():
    names = [name for journey in JOURNEYS.values() for name in journey]
    assert len(names) == len(set(names))


def anchors(path: Path) -> set[str]:
    """The anchors of a Markdown file's headings, as GitHub makes them."""
    headings = re.findall(r"^#{1,6}\s+(.+?)\s*$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("guide", GUIDES)
def test_a_guide_links_only_to_files_and_headings_of_the_repository(guide):
    for target in LINK.findall((GUIDES_DIR / guide).read_text(encoding="utf-8")):
        assert "://" not in target and not target.startswith("mailto:"), f"{guide} links outside: {target}"
        path, _, anchor = target.partition("#")
        linked = (GUIDES_DIR / (path or guide)).resolve()
        assert linked.is_file(), f"{guide}: {target} leads nowhere"
        if anchor:
            assert anchor in anchors(linked), f"{guide}: {target} names no heading"


def test_the_readme_links_every_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for guide in GUIDES:
        assert f"(docs/guides/{guide})" in readme
