"""The OpenAPI schema says what every operation may answer besides success: the problems of
api.problems, so that clients (and schemathesis) find every status code documented."""

PROBLEM = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "fields": {"type": "object", "additionalProperties": {"type": "string"},
                   "description": "What is wrong, by field path of the facts document (design §2)."},
    },
}
COMMON = {"400": "Malformed request", "401": "No valid API key", "403": "Not allowed (scope or permission)",
          "404": "Not found, or not your organisation's", "406": "Not acceptable", "429": "Rate limit reached"}
WRITES = {"409": "Conflict with the application's current state, or a request with the same Idempotency-Key "
                 "still in progress", "413": "Request too large", "415": "Unsupported media type",
          "422": "Invalid input"}


def document_problems(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM
    ref = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            codes = {**COMMON, **WRITES}
            for code, description in codes.items():
                content = dict(ref)
                if code in ("400", "404"):
                    # A control character in the path or a parameter is refused before any view
                    # runs (config.request_hygiene), in plain text.
                    content["text/plain"] = {"schema": {"type": "string"}}
                operation["responses"].setdefault(code, {"description": description, "content": content})
            if method == "post":
                operation.setdefault("parameters", []).append({
                    "in": "header", "name": "Idempotency-Key", "required": False,
                    "schema": {"type": "string", "maxLength": 255},
                    "description": "Retrying with the same key returns the first answer and changes nothing "
                                   "(kept for 24 hours).",
                })
    return result
