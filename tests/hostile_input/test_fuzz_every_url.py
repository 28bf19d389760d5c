"""Fuzzing every URL pattern of the project as every persona: hostile path segments and query
parameters on GET, hostile form values on POST (NUL and other control characters, unicode
digits, huge numbers, impossible dates, very long strings, broken percent-encoding). Whatever
comes back, it is never a 500.

The walk covers every pattern `get_resolver()` knows, the Django admin's and allauth's included
(the admin pages of our models are ours, and their login pages read query strings too). Each
persona runs a few examples per pattern so the suite stays fast; set HOSTILE_FUZZ_EXAMPLES for a
deeper run (e.g. 50)."""
import os
import re
from urllib.parse import quote

import pytest
from django.http import StreamingHttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.models import AuditEvent
from reviews.states import State
from tests.factories import facts_for
from tests.reviews.helpers import application_in_state

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "2"))
_PLACEHOLDER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)")


def _walk(resolver, prefix: str = ""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


def url_templates() -> list[str]:
    """Every pattern as "/a/{name}/b/": regex anchors dropped, each parameter a named hole."""
    templates = set()
    for pattern in _walk(get_resolver()):
        text = pattern.replace("^", "").replace("$", "")
        templates.add("/" + _PLACEHOLDER.sub(lambda m: "{" + (m.group(1) or m.group(2)) + "}", text))
    return sorted(templates)


NASTY = [
    "\x00", "a\x00b", "\x01", "\x1b[2J", "\x7f", "\t", "²", "٣٤", "Ⅻ", "１２", "9" * 5000, "9" * 19, "-1", "1e400",
    "NaN", "0x1f", "9999-12-31", "0000-01-01", "10000-01-01", "0001-01-01", "2026-02-30", "-0001-01-01",
    "x" * 5000, "%", "%zz", "%%00", "%c0%af", "%ff", "..", "../../etc/passwd", "\u202e", "\ufeff", "\U0001f4a5", " ",
    "", "[]", "{}", "null", "<script>alert(1)</script>", "' OR 1=1 --", "a" * 300 + "@example.com",
]
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.text(st.sampled_from("0123456789²³¹⁰٠١٢३४５"), min_size=1, max_size=30),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.dates().map(lambda day: day.isoformat()),
)
# Names the project's views read from query strings, and some they do not.
QUERY_NAMES = ["before", "after", "since", "until", "weeks", "rule", "state", "country", "org_type", "capability",
               "sort", "assigned", "overdue", "reference", "actor", "action", "next", "organization", "q", "o", "p",
               "e", "all", "_changelist_filters", "_popup", "_to_field", "id__exact", "is_staff__exact", "term",
               "app_label", "model_name", "field_name", "page", "token"]


@pytest.fixture
def world(alice, rita, audrey, adam, northshire):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita,
                                       facts=facts_for(northshire))
    real = {
        "public_id": [application.public_id, northshire.public_id],
        "version": ["v1"],
        "fmt": ["csv", "jsonl"],
        "action": ["approve", "deny", "request_info", "recommend"],
        "sequence": [str(AuditEvent.objects.order_by("sequence").values_list("sequence", flat=True).first())],
        "object_id": [str(alice.pk), str(northshire.pk)],
        "id": [str(alice.pk)],
        "app_label": ["accounts", "reviews"],
        "url": ["accounts/user/", "nothing/here/"],
    }
    return {"personas": {"anonymous": None, "applicant": alice, "reviewer": rita, "auditor": audrey, "admin": adam},
            "real": real}


def _client(user) -> Client:
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def _encode(value: str, raw: bool) -> str:
    # Mostly well-formed percent-encoding of a hostile value; sometimes its percent signs raw.
    return quote(value, safe="%" if raw else "")


def _form_names(html: str) -> list[str]:
    return sorted(set(re.findall(r'name="([^"]{1,80})"', html)) - {"csrfmiddlewaretoken"})


@st.composite
def requests(draw, template: str, real: dict, field_names: list[str]):
    raw = draw(st.booleans())
    values = {name: draw(st.sampled_from(real[name]) if name in real and draw(st.booleans()) else hostile)
              for name in re.findall(r"{(\w+)}", template)}
    path = template.format(**{name: _encode(value, raw) for name, value in values.items()})
    params = draw(st.lists(st.tuples(st.sampled_from(QUERY_NAMES) | hostile, hostile), max_size=4))
    query = "&".join(f"{_encode(k, raw)}={_encode(v, raw)}" for k, v in params)
    method = draw(st.sampled_from(["get", "post"]))
    form = {}
    if method == "post" and field_names:
        chosen = draw(st.lists(st.sampled_from(field_names), max_size=6, unique=True))
        form = {name: draw(hostile) for name in chosen}
    return method, path + ("?" + query if query else ""), form


def _check(client, user, method: str, url: str, form: dict) -> None:
    response = client.post(url, form) if method == "post" else client.get(url)
    if isinstance(response, StreamingHttpResponse) or getattr(response, "streaming", False):
        # An export fails while streaming, if anywhere. (Reading it to the end closes it; closing
        # it by hand would fire request_finished, which closes the test's database connection.)
        b"".join(response.streaming_content)
    assert response.status_code < 500, f"{method.upper()} {url!r} {form!r} gave {response.status_code}"
    if user is not None and "logout" in url.split("?")[0] and method == "post":
        client.force_login(user)  # stay the persona for the next example


@pytest.mark.parametrize("persona", ["anonymous", "applicant", "reviewer", "auditor", "admin"])
def test_no_hostile_request_to_any_url_gives_a_500(world, persona):
    user = world["personas"][persona]
    client = _client(user)
    templates = url_templates()
    assert "/audit/events/{sequence}/" in templates and "/admin/login/" in templates
    assert "/accounts/login/" in templates
    # The form fields each page offers this persona, read from the page itself.
    field_names: set[str] = set()
    for template in templates:
        holes = re.findall(r"{(\w+)}", template)
        if not set(holes) <= set(world["real"]):
            continue
        url = template.format(**{name: world["real"][name][0] for name in holes})
        response = client.get(url)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            field_names.update(_form_names(response.content.decode()))
    names = sorted(field_names)

    for template in templates:
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(request=requests(template, world["real"], names))
        def check(request):
            _check(client, user, *request)

        check()
