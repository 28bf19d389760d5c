"""`manage.py screen` on deeply nested JSON prints the DESIGN §2 error line for that item and
exits 2, never a traceback; the other items are still screened."""
import json

import pytest

from tests.screening.test_screen_command import VALID, screen

pytestmark = pytest.mark.django_db

DEEP = "[" * 100_000 + "]" * 100_000


def test_a_document_nested_beyond_the_parser_is_one_error_line():
    results, status = screen(DEEP)
    assert status == 2
    assert results == [{"error": {"index": 0, "fields": {"__all__": "malformed JSON: nested more than 64 levels deep"},
                                  "message": "malformed JSON: nested more than 64 levels deep"}}]


def test_in_an_array_only_the_deep_item_is_refused():
    text = "[" + json.dumps(VALID) + ", " + '{"a": ' * 50_000 + "1" + "}" * 50_000 + ", " + json.dumps(VALID) + "]"
    results, status = screen(text)
    assert status == 2
    assert "outcome" in results[0] and "outcome" in results[2]
    assert results[1]["error"]["index"] == 1 and results[1]["error"]["fields"] == {
        "__all__": "malformed JSON: nested more than 64 levels deep"}


def test_a_field_nested_deeper_than_any_facts_document_names_the_field():
    deep_value = json.loads("[" * 200 + "]" * 200)
    lines = "\n".join([json.dumps(VALID), json.dumps({**VALID, "description": deep_value})])
    results, status = screen(lines)
    assert status == 2
    assert "outcome" in results[0]
    assert results[1] == {"error": {"index": 1, "fields": {"description": "nested more than 64 levels deep"},
                                    "message": "nested more than 64 levels deep"}}
