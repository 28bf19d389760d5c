"""Take screenshots of the main pages into docs/ (run with `make screenshots`).

Starts the app on a throwaway SQLite database seeded with the demo data, signs in as the demo
personas in Debian's Chromium and captures each page.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PASSWORD = "demo-password-2026"  # noqa: S105 - the documented demo password
PORT = 8765


def main() -> None:
    workdir = Path(tempfile.mkdtemp())
    env = {**os.environ, "DEBUG": "true", "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
           "MEDIA_ROOT": str(workdir / "media"), "REQUIRE_STAFF_MFA": "false",
           # A fresh log needs a fresh checkpoint directory: var/ holds the checkpoints of other logs.
           "TRANSPARENCY_CHECKPOINT_DIR": str(workdir / "checkpoints")}
    env.pop("REDIS_URL", None)
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([python, "manage.py", "seed_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    # The transparency report is computed at the latest signed checkpoint: sign one over all the demo data.
    subprocess.run([python, "manage.py", "publish_checkpoint"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([python, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)  # noqa: S310 - local
                break
            except OSError:
                time.sleep(0.5)
        shoot(f"http://127.0.0.1:{PORT}")
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)


def shoot(base: str) -> None:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu",
                                                                     "--disable-background-networking"])

        def session(email: str):
            page = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900}).new_page()
            page.goto("/accounts/login/")
            page.fill("input[name=login]", email)
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_load_state("networkidle")
            return page

        def snap(page, path: str, name: str) -> None:
            page.goto(path)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(DOCS / name), full_page=True)
            print("wrote", DOCS / name)

        applicant = session("analyst@northshire-police.example")
        snap(applicant, "/applications/", "applicant-list.png")
        snap(applicant, "/applications/new/", "applicant-form.png")
        applicant.goto("/applications/")
        applicant.click("a:has-text('UCR-2026-000002')")  # approved after enhanced scrutiny
        applicant.wait_for_load_state("networkidle")
        snap(applicant, applicant.url.replace(base, ""), "applicant-status.png")
        denied = session("officer@springfield-pd.example")
        denied.goto("/applications/")
        denied.click("a:has-text('UCR-2026-000001')")  # denied automatically
        denied.wait_for_load_state("networkidle")
        snap(denied, denied.url.replace(base, ""), "applicant-denied.png")

        reviewer = session("reviewer2@usecase-review.example")
        snap(reviewer, "/review/?state=human_review&state=enhanced_scrutiny&state=needs_info", "reviewer-queue.png")
        reviewer.click("a:has-text('UCR-2026-000003')")  # awaiting the second reviewer
        reviewer.wait_for_load_state("networkidle")
        snap(reviewer, reviewer.url.replace(base, ""), "reviewer-review-page.png")

        public = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900}).new_page()
        snap(public, "/transparency/", "public-transparency.png")
        snap(public, "/register/", "public-register.png")

        auditor = session("auditor@usecase-review.example")
        for path, name in (("/oversight/", "auditor-dashboard.png"), ("/audit/", "auditor-audit-log.png")):
            try:
                snap(auditor, path, name)
            except Exception as exc:  # pages that are not there yet are skipped, not fatal
                print("skipped", path, exc)
        browser.close()


if __name__ == "__main__":
    main()
