"""The mixed load of bench/bench_load.py: applicants, reviewers and auditors using the real pages.

Started by bench_load.py as `locust -f bench/locustfile.py --headless …` against gunicorn; not
meant to be run on its own (it needs the users bench_load.py seeds). It reads:

  LOAD_USERS_FILE    JSON {"applicants": [{"email", "kind"}], "reviewers": [...], "auditors": [...],
                     "password": "..."} written by bench_load.py
  LOAD_RESULTS_FILE  where to write, at the end, every request's (page, status, time) and the
                     applications submitted through the form

The user classes are named on locust's command line: Applicant, Reviewer and Auditor for the
mixed load, Anonymous alone for the trivial view.

Every request is made without following redirects, so each page is timed on its own, and says
which statuses it expects (a form post: 302; a page: 200). Anything else is a failure in locust's
own statistics and in the results file.

Reviewers and auditors have no think time; applicants wait only between polls of their status
page (POLL_SECONDS): the load is as much as N users can ask, which is what the comparison with
the trivial view needs.
"""
import html
import itertools
import json
import os
import random
import re
import time
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

from locust import FastHttpUser, constant, events, task

POLL_SECONDS = 0.5
MAX_POLLS = 60  # 30 s: a screening slower than that is reported by bench_load.py's drain check
FORM = {"Content-Type": "application/x-www-form-urlencoded"}

# --------------------------------------------------------------------------- results
SAMPLES: dict[tuple[str, str, bool], list[float]] = defaultdict(list)  # (page, status, failed) -> times in ms
SUBMITTED: list[dict] = []  # applications submitted or resubmitted through the pages: public id, how, when
ODD: list[str] = []  # the first few unexpected responses, to explain them
FIRST = [float("inf")]  # when the first request started (wall clock)
ENDS: list[float] = []  # when each request ended
CONFLICTS: list[str] = []  # someone else acted first, and the page said so (on purpose, not an error)


@events.request.add_listener
def _record(request_type, name, response_time, response_length, response=None, exception=None, **kwargs):
    status = getattr(response, "status_code", None) if response is not None else None
    label = str(status) if status else (type(exception).__name__ if exception else "none")
    SAMPLES[(name, label, exception is not None)].append(response_time)
    now = time.time()
    FIRST[0] = min(FIRST[0], now - response_time / 1000)
    ENDS.append(now)
    if exception is not None and len(ODD) < 50:
        ODD.append(f"{name}: {status} {exception!r}"[:300])


@events.quitting.add_listener
def _write(environment, **kwargs):
    path = os.environ.get("LOAD_RESULTS_FILE")
    if not path:
        return
    with open(path, "w") as f:
        json.dump({
            "samples": [{"name": name, "status": status, "failed": failed, "ms": times}
                        for (name, status, failed), times in SAMPLES.items()],
            "submitted": SUBMITTED,
            "odd": ODD,
            "conflicts": CONFLICTS,
            "first": FIRST[0],
            "ends": ENDS,
        }, f)


# --------------------------------------------------------------------------- HTML
class Forms(HTMLParser):
    """Every form of a page: its action and its inputs' values (hidden ones, mainly)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}})
        elif tag == "input" and self.forms and attrs.get("name"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.forms[-1]["fields"].setdefault(attrs["name"], attrs.get("value") or "")

    def form(self, action_contains: str) -> dict | None:
        return next((f for f in self.forms if action_contains in f["action"]), None)


def csrf(text: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
    if not match:
        raise AssertionError("no CSRF token on the page")
    return match.group(1)


def complaint(text: str) -> str:
    """What a page that refused a form says: its messages and field errors, as plain text."""
    found = re.findall(r'<ul class="(?:messages|errorlist)[^"]*">(.*?)</ul>', text or "", re.S)
    if not found:  # allauth's pages: the main part of the page
        found = re.findall(r"<main.*?</main>", text or "", re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", " | ".join(found))))[:300]


def location(response) -> str:
    return urlsplit(response.headers.get("Location", "")).path


def state_of(text: str) -> str:
    match = re.search(r'Status: <span class="state state-([a-z_]+)"', text)
    return match.group(1) if match else ""


# --------------------------------------------------------------------------- users
def _accounts():
    with open(os.environ["LOAD_USERS_FILE"]) as f:
        return json.load(f)


ACCOUNTS = _accounts() if os.environ.get("LOAD_USERS_FILE") else {}
_next = {kind: itertools.count() for kind in ("applicants", "reviewers", "auditors")}


class Person(FastHttpUser):
    abstract = True
    kind = ""
    wait_time = constant(0)

    def on_start(self):
        people = ACCOUNTS[self.kind]
        self.account = people[next(_next[self.kind]) % len(people)]
        self.sign_in()

    def page(self, path: str, name: str, expect=(200,)) -> str:
        with self.client.get(path, name=name, allow_redirects=False, catch_response=True) as response:
            if response.status_code not in expect:
                response.failure(f"{response.status_code} for GET {path}")
                return ""
            response.success()
            return response.text or ""

    def post(self, path: str, fields, name: str, expect=(302,)):
        body = urlencode(fields, doseq=True)
        with self.client.post(path, data=body, headers=FORM, name=name, allow_redirects=False,
                              catch_response=True) as response:
            if response.status_code not in expect:
                response.failure(f"{response.status_code} for POST {path}: {complaint(response.text)}")
                return None
            response.success()
            return response

    def sign_in(self):
        text = self.page("/accounts/login/", "GET /accounts/login/")
        response = self.post("/accounts/login/", {"csrfmiddlewaretoken": csrf(text), "login": self.account["email"],
                                                  "password": ACCOUNTS["password"]}, "POST /accounts/login/")
        if response is None or location(response).startswith("/accounts/"):
            raise AssertionError(f"sign-in of {self.account['email']} failed")


# What applicants type, by the kind of their organisation (bench_load.py seeds organisations of
# these kinds): routed to review, denied automatically, routed to enhanced scrutiny.
FACTS = {
    "commercial": {
        "org_type": "commercial", "org_country": "GB",
        "title": "Ticket summaries", "capabilities": ["summarization", "translation"],
        "description": "Summarise customer support tickets so that agents can answer faster. Agents read every "
                       "summary before replying to the customer.",
        "data_sources": "Support tickets.", "human_oversight": "An agent reads every summary before replying.",
    },
    "us_police": {
        "org_type": "police_department", "org_country": "US",
        "title": "Patrol face matching", "capabilities": ["facial_recognition"],
        "description": "Officers on patrol match faces against a watchlist of suspects with body-worn cameras.",
        "fr_mode": "realtime", "fr_sources": ["body_worn"], "fr_environment": "uncontrolled",
        "fr_purpose": "Identify wanted persons on patrol.",
        "data_sources": "Booking photos.", "human_oversight": "An officer confirms every match.",
    },
    "eu_police": {
        "org_type": "other_law_enforcement", "org_country": "DE",
        "title": "Back-office photo comparison", "capabilities": ["facial_recognition", "document_analysis"],
        "description": "Analysts compare seized images with booking photos in a back office, after the fact.",
        "fr_mode": "retrospective", "fr_sources": ["booking_photos", "uploaded_images"],
        "fr_environment": "controlled", "fr_purpose": "Investigate serious offences.",
        "data_sources": "Seized images and booking photos.", "human_oversight": "Two analysts confirm every match.",
    },
}
ATTESTED = {"attest_accurate": "on", "attest_no_us_police_fr": "on", "attest_code_of_conduct": "on"}


class Applicant(Person):
    """Signs in, drafts an application through the form, submits it with the attestations and
    polls its status page until screened; now and then resubmits one a reviewer asked about."""

    weight = 6
    kind = "applicants"

    def poll(self, public_id: str) -> tuple[str, str]:
        """The status page until the application is screened: (its state, the first page's text)."""
        state, first = "", None
        for _ in range(MAX_POLLS):
            text = self.page(f"/applications/{public_id}/", "GET /applications/[id]/ (status)")
            first = text if first is None else first
            state = state_of(text)
            if state not in ("submitted", "screening"):
                break
            time.sleep(POLL_SECONDS)
        return state, first or ""

    def form_fields(self, text: str, action: str) -> dict:
        form = Forms(text).form(action)
        if form is None:
            raise AssertionError(f"no form posting to {action}")
        # The form's own hidden fields (CSRF, token, the end users' management form), then the facts.
        fields = {k: v for k, v in form["fields"].items() if not k.startswith(("attest_", "capabilities", "fr_"))}
        facts = dict(FACTS[self.account["kind"]])
        facts["title"] = f"{facts['title']} {random.randrange(10**6)}"
        fields.update(facts)
        return fields

    @task(5)
    def apply(self):
        text = self.page("/applications/new/", "GET /applications/new/")
        if not text:
            return
        fields = self.form_fields(text, "/applications/new/")
        response = self.post("/applications/new/", {**fields, "action": "save"}, "POST /applications/new/ (save draft)")
        if response is None:
            return
        edit = location(response)  # /applications/<id>/edit/
        public_id = edit.strip("/").split("/")[1]
        text = self.page(edit, "GET /applications/[id]/edit/")
        if not text:
            return
        fields = self.form_fields(text, edit)
        response = self.post(edit, {**fields, **ATTESTED, "action": "submit"}, "POST /applications/[id]/edit/ (submit)")
        if response is None:
            return
        if location(response) != f"/applications/{public_id}/":
            raise AssertionError(f"submit of {public_id} went to {location(response)}")
        SUBMITTED.append({"public_id": public_id, "how": "submit", "at": time.time()})
        self.poll(public_id)

    @task(2)
    def follow_up(self):
        """The organisation's list; an application a reviewer asked about is resubmitted as it is.
        Another member of the organisation may have resubmitted it first: the page then says so
        (a message, not an error), and the submission is not counted."""
        text = self.page("/applications/", "GET /applications/")
        waiting = [public_id for public_id, state in ROW.findall(text) if state == "needs_info"]
        if not waiting:
            return
        public_id = random.choice(waiting)
        text = self.page(f"/applications/{public_id}/", "GET /applications/[id]/ (status)")
        form = Forms(text).form(f"/applications/{public_id}/resubmit/")
        if form is None:
            return
        response = self.post(f"/applications/{public_id}/resubmit/", form["fields"],
                             "POST /applications/[id]/resubmit/")
        if response is None:
            return
        _, first = self.poll(public_id)
        if "Resubmitted." in first:
            SUBMITTED.append({"public_id": public_id, "how": "resubmit", "at": time.time()})
        else:
            CONFLICTS.append(f"resubmit {public_id}: {complaint(first)}")


QUEUE_FILTERS = [
    {}, {"sort": "risk"}, {"sort": "age"}, {"state": "enhanced_scrutiny"}, {"state": "needs_info"},
    {"capability": "facial_recognition"}, {"org_type": "police_department"}, {"country": "DE"},
    {"assigned": "unassigned", "sort": "risk"}, {"overdue": "1"}, {"rule": "law-enforcement-use"},
]
ROW = re.compile(r'href="/applications/([A-Za-z0-9_-]+)/".*?class="state state-([a-z_]+)"', re.S)
REVIEW_LINK = re.compile(r'href="/review/([A-Za-z0-9_-]+)/"')
NEXT_LINK = re.compile(r'href="\?([^"]+)"[^>]*rel="next"')


class Reviewer(Person):
    """Works the queue: pages with filters and keyset pages, review pages, take next, then asks
    the applicant for information or denies what they took."""

    weight = 3
    kind = "reviewers"

    @task(3)
    def browse_queue(self):
        query = urlencode(random.choice(QUEUE_FILTERS))
        text = self.page(f"/review/?{query}" if query else "/review/", "GET /review/ (queue, filtered)" if query
                         else "GET /review/ (queue)")
        for _ in range(2):  # up to two keyset pages further
            match = NEXT_LINK.search(text)
            if not match:
                break
            text = self.page(f"/review/?{html.unescape(match.group(1))}", "GET /review/?after= (keyset page)")
        ids = REVIEW_LINK.findall(text)
        for public_id in random.sample(ids, min(2, len(ids))):
            self.page(f"/review/{public_id}/", "GET /review/[id]/")

    @task(2)
    def take_next_and_decide(self):
        text = self.page("/review/", "GET /review/ (queue)")
        if not text:
            return
        response = self.post("/review/take-next/", {"csrfmiddlewaretoken": csrf(text)}, "POST /review/take-next/")
        if response is None or not location(response).startswith("/review/") or location(response) == "/review/":
            return  # nothing waiting
        path = location(response)
        text = self.page(path, "GET /review/[id]/")
        forms = Forms(text)
        offered = [name for name in ("request_info", "deny") if forms.form(f"{path}{name}/")]
        if not offered:
            release = forms.form(f"{path}release/")
            if release:
                self.post(f"{path}release/", release["fields"], "POST /review/[id]/release/")
            return
        name = random.choice(offered)
        fields = forms.form(f"{path}{name}/")["fields"]  # CSRF and expected_state
        if name == "deny":
            fields.update({"deny-rationale": "Load test: the stated purpose is not specific enough.",
                           "deny-reasons": "The purpose of the use is not specific enough.\nNo legal basis is given."})
        else:
            fields.update({"request_info-message": "Load test: please say how long the data is kept and who sees it."})
        response = self.post(f"{path}{name}/", fields, f"POST /review/[id]/{name}/")
        if response is not None:
            self.page(location(response), "GET /review/[id]/")


AUDIT_FILTERS = [{}, {"action": "application."}, {"action": "application.deny"}, {"actor": "system"},
                 {"action": "audit.exported"}]
EVENT_LINK = re.compile(r'href="/audit/events/(\d+)/"')
EXPORT_FORMATS = ("csv", "jsonl")


class Auditor(Person):
    """Reads the audit log (filters, keyset pages, events), the dashboard, and exports the log."""

    weight = 1
    kind = "auditors"

    @task(4)
    def audit_log(self):
        query = urlencode(random.choice(AUDIT_FILTERS))
        text = self.page(f"/audit/?{query}" if query else "/audit/",
                         "GET /audit/ (filtered)" if query else "GET /audit/")
        for _ in range(2):
            match = NEXT_LINK.search(text)
            if not match:
                break
            text = self.page(f"/audit/?{html.unescape(match.group(1))}", "GET /audit/?before= (keyset page)")
        events = EVENT_LINK.findall(text)
        if events:
            self.page(f"/audit/events/{random.choice(events)}/", "GET /audit/events/[n]/")

    @task(2)
    def dashboard(self):
        self.page("/oversight/", "GET /oversight/ (dashboard)")

    @task(1)
    def export(self):
        text = self.page("/audit/", "GET /audit/")
        if not text:
            return
        fmt = random.choice(EXPORT_FORMATS)
        # Streamed to the end: locust reads the whole body before it stops the clock.
        with self.client.post(f"/audit/export/{fmt}/", data=urlencode({"csrfmiddlewaretoken": csrf(text)}),
                              headers=FORM, name=f"POST /audit/export/{fmt}/ (whole log, streamed)",
                              allow_redirects=False, catch_response=True) as response:
            lines = (response.text or "").count("\n")
            if response.status_code != 200 or lines < 100:
                response.failure(f"export {fmt}: status {response.status_code}, {lines} lines")
            else:
                response.success()


class Anonymous(FastHttpUser):
    """The trivial view, for comparison: /healthz (routing, middleware, one SELECT 1)."""

    wait_time = constant(0)

    @task
    def healthz(self):
        with self.client.get("/healthz", name="GET /healthz (trivial view)", catch_response=True) as response:
            if response.status_code == 200:
                response.success()
            else:
                response.failure(f"{response.status_code}")
