"""A double of Stability AI's v2beta Stable Image API (generate/core and generate/ultra), written from its
published OpenAPI document (sources/documents/stability). One host, "api" (api.stability.ai); the answer is
synchronous, and the `accept` header chooses image bytes (`image/*`, the default) or base64 JSON.
"""

from __future__ import annotations

from typing import Any

from .server import MEDIA, Double, Recorded, Reply, b64, json_reply, load_document, schema_errors

DOCUMENT = load_document("stability")
PATHS = {"/v2beta/stable-image/generate/core", "/v2beta/stable-image/generate/ultra"}
NUMBERS = ("seed", "strength")  # form fields the document types as numbers
MAX_BODY = 10 * 1024 * 1024  # "Your request was larger than 10MiB."
FAILURES = {  # kind -> status, name, message (names and messages from the document's examples)
    "content_moderation": (
        403,
        "content_moderation",
        "Your request was flagged by our content moderation system, "
        "as a result your request was denied and you were not charged.",
    ),
    "invalid_language": (422, "invalid_language", "English is the only supported language for this service."),
    "rate_limit_exceeded": (
        429,
        "rate_limit_exceeded",
        "You have exceeded the rate limit of 150 requests within a "
        "10 second period, and have been timed out for 60 seconds.",
    ),
    "internal_error": (500, "internal_error", "An unexpected server error has occurred, please try again later."),
}


class StabilityDouble(Double):
    provider = "stability"
    FAILURES = frozenset({*FAILURES, "content_filtered"})

    def handle(self, request: Recorded) -> Reply:
        reply = self._generate(request)
        reply.headers["x-request-id"] = self.new_id(32)
        return reply

    def _error(self, status: int, name: str, *errors: str) -> Reply:
        return json_reply(status, {"id": self.new_id(32), "name": name, "errors": list(errors)})

    def _generate(self, request: Recorded) -> Reply:
        # The document shows both "Bearer sk-..." and a bare key in its examples; it declares no 401 for v2beta.
        if request.headers.get("authorization") not in (f"Bearer {self.api_key}", self.api_key):
            return self._error(401, "unauthorized", "authorization: invalid or missing API key")
        if request.method != "POST" or request.path not in PATHS:
            return self._error(404, "not_found", f"{request.method} {request.path}: no such endpoint")
        if len(request.body) > MAX_BODY:
            return self._error(413, "payload_too_large", "body: payloads cannot be larger than 10MiB in size")
        accept = request.headers.get("accept", "image/*")
        if accept not in ("image/*", "application/json", "*/*"):
            return self._error(400, "bad_request", f"accept: must be image/* or application/json, not {accept!r}")
        try:
            form = request.form()
        except ValueError as exc:
            return self._error(400, "bad_request", f"content-type: {exc}")
        failure = self.take_failure()
        if failure in FAILURES:
            status, name, message = FAILURES[failure]
            return self._error(status, name, message)
        fields, problems = self._fields(form)
        operation = DOCUMENT["paths"][request.path]["post"]
        schema = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
        problems += [
            f"{'.'.join(map(str, e.absolute_path)) or 'body'}: {e.message}"
            for e in schema_errors(DOCUMENT, schema, fields)
        ]
        if "image" in fields and "strength" not in fields:  # the document: strength is required with image
            problems.append("strength: is required when image is provided")
        if problems:
            return self._error(400, "bad_request", *problems)
        fmt = fields.get("output_format") or schema["properties"]["output_format"]["default"]
        finish = "CONTENT_FILTERED" if failure == "content_filtered" else "SUCCESS"
        seed = int(fields.get("seed") or 0) or 343940597  # 0 means "random"
        if accept == "application/json":
            body = {"image": b64(MEDIA[fmt]), "finish_reason": finish, "seed": seed}
            return json_reply(200, body, content_type=f"application/json; type=image/{fmt}")
        return Reply(200, MEDIA[fmt], {"content-type": f"image/{fmt}", "finish-reason": finish, "seed": str(seed)})

    def _fields(self, form: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        fields: dict[str, Any] = {}
        problems: list[str] = []
        for name, parts in form.items():
            part = parts[0]
            if name == "image":
                if not part.filename or not part.data:
                    problems.append("image: must be a non-empty file")
                fields[name] = "<file>"
            elif name in NUMBERS:
                try:
                    fields[name] = float(part.data)
                except ValueError:
                    problems.append(f"{name}: must be a number")
            else:
                fields[name] = part.data.decode()
        return fields, problems
