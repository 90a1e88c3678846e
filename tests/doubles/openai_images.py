"""A double of OpenAI's Images API, written from openai/openai-openapi (sources/documents/openai).

Hosts: "api" (api.openai.com; base URL ends in /v1) and "files" (where dall-e `url` outputs live; the
document names no host for them, and they must not get the key). Every answer carries `x-request-id`.
"""

from __future__ import annotations

import time
from typing import Any

from .server import MEDIA, Double, Recorded, Reply, b64, json_reply, load_document, schema_errors

DOCUMENT = load_document("openai")
SCHEMAS = DOCUMENT["components"]["schemas"]
GPT_IMAGE = ("gpt-image-", "chatgpt-image-")
# Error bodies: the document's ErrorResponse {"error": {"message", "type", "param", "code"}}.
FAILURES = {
    "content_policy_violation": (400, "invalid_request_error", "Your request was rejected by the safety system."),
    "rate_limit_exceeded": (429, "requests", "Rate limit reached for images per minute."),
    "server_error": (500, "server_error", "The server had an error while processing your request."),
}


class OpenAIImagesDouble(Double):
    provider = "openai"
    hosts = ("api", "files")
    FAILURES = frozenset(FAILURES)

    @property
    def base_url(self) -> str:
        return self.url("api") + "/v1"

    def handle(self, request: Recorded) -> Reply:
        if request.host == "files":
            if self.carries_key(request):
                return self.refuse(request, Reply(403, b"the API key must not be sent to the files host"))
            return Reply(200, MEDIA["png"], {"content-type": "image/png"})
        request_id = "req_" + self.new_id(32)
        reply = self._api(request)
        reply.headers["x-request-id"] = request_id
        return reply

    def _api(self, request: Recorded) -> Reply:
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return _error(401, "invalid_request_error", "Incorrect API key provided.", None, "invalid_api_key")
        if request.method != "POST" or request.path not in ("/v1/images/generations", "/v1/images/edits"):
            return _error(404, "invalid_request_error", f"Invalid URL ({request.method} {request.path})", None, None)
        failure = self.take_failure()
        if failure:
            status, kind, message = FAILURES[failure]
            return _error(status, kind, message, None, failure)
        if request.path == "/v1/images/generations":
            try:
                body = request.json()
            except ValueError:
                return _error(400, "invalid_request_error", "The body is not valid JSON.", None, None)
            return self._answer(body, SCHEMAS["CreateImageRequest"], "dall-e-2")
        if request.headers.get("content-type", "").startswith("application/json"):
            return self._answer(request.json(), SCHEMAS["EditImageBodyJsonParam"], "gpt-image-1.5")
        return self._edit(request)

    def _edit(self, request: Recorded) -> Reply:
        try:
            form = request.form()
        except ValueError as exc:
            return _error(400, "invalid_request_error", f"Expected multipart/form-data: {exc}", None, None)
        images = form.get("image", []) + form.get("image[]", [])
        for part in images + form.get("mask", []):
            if not part.filename or not part.data or part.content_type not in ("image/png", "image/jpeg", "image/webp"):
                return _error(
                    400,
                    "invalid_request_error",
                    "Invalid file: a png, jpeg or webp file is required.",
                    part.name,
                    "invalid_image_format",
                )
        if len(images) > 16:  # the document: an array of at most 16 images
            return _error(400, "invalid_request_error", "At most 16 images are allowed.", "image", "invalid_value")
        fields: dict[str, Any] = {
            name: parts[0].data.decode() for name, parts in form.items() if name not in ("image", "image[]", "mask")
        }
        for name in ("n", "output_compression", "partial_images"):
            if name in fields and fields[name].lstrip("-").isdigit():
                fields[name] = int(fields[name])
        if images:
            fields["image"] = "<file>"
        schema = {
            **SCHEMAS["CreateImageEditRequest"],
            "properties": {
                k: v for k, v in SCHEMAS["CreateImageEditRequest"]["properties"].items() if k not in ("image", "mask")
            },
        }
        return self._answer(fields, schema, "gpt-image-1.5", images=len(images))

    def _answer(self, body: Any, schema: dict[str, Any], default_model: str, images: int = 0) -> Reply:
        errors = schema_errors(DOCUMENT, schema, body)
        if errors:
            param = ".".join(map(str, errors[0].absolute_path)) or None
            missing = errors[0].validator == "required"
            param = param or (errors[0].message.split("'")[1] if missing else None)
            return _error(
                400,
                "invalid_request_error",
                errors[0].message,
                param,
                "missing_required_parameter" if missing else "invalid_value",
            )
        model, n = body.get("model") or default_model, body.get("n") or 1
        if model == "dall-e-3" and n != 1:  # the document: "For dall-e-3, only n=1 is supported."
            return _error(400, "invalid_request_error", "dall-e-3 supports only n=1.", "n", "invalid_value")
        gpt = model.startswith(GPT_IMAGE)
        as_url = not gpt and (body.get("response_format") or "url") == "url"
        data = []
        for i in range(n):
            item = (
                {"url": f"{self.url('files')}/images/{self.new_id(16)}-{i}.png"}
                if as_url
                else {"b64_json": b64(MEDIA["png"])}
            )
            if model == "dall-e-3":
                item["revised_prompt"] = f"A revised version of: {body['prompt']}"
            data.append(item)
        answer: dict[str, Any] = {"created": int(time.time()), "data": data}
        if gpt:
            answer.update(
                output_format=body.get("output_format") or "png",
                quality="high",
                size="1024x1024",
                background="opaque",
                usage={
                    "total_tokens": 100,
                    "input_tokens": 50,
                    "output_tokens": 50,
                    "input_tokens_details": {"text_tokens": 10, "image_tokens": 40 if images else 0},
                },
            )
        return json_reply(200, answer)


def _error(status: int, kind: str, message: str, param: str | None, code: str | None) -> Reply:
    return json_reply(status, {"error": {"message": message, "type": kind, "param": param, "code": code}})
