"""A double of Pruna's P-API, written from its OpenAPI document 0.5.3 and quickstart (sources/documents/pruna).

One host, "api" (api.pruna.ai): predictions, status, delivery and file upload all live there and all take the
`apikey` header (the document's security applies to the delivery path too, and its examples send the key).
"""

from __future__ import annotations

from typing import Any

from .server import MEDIA, Double, Recorded, Reply, json_reply, load_document, schema_errors

DOCUMENT = load_document("pruna")
SCHEMAS = DOCUMENT["components"]["schemas"]
MODEL_IDS = next(p for p in DOCUMENT["paths"]["/v1/predictions"]["post"]["parameters"] if p["name"] == "Model")[
    "schema"
]["enum"]
FAILURES = {"rate_limited": (429, "RATE_LIMIT_EXCEEDED"), "server_error": (500, "INTERNAL_ERROR")}


class PrunaDouble(Double):
    provider = "pruna"
    FAILURES = frozenset({*FAILURES, "failed", "canceled"})

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        polls_until_ready: int = 1,
        relative_generation_url: bool = False,
        max_file_bytes: int = 100 * 1024 * 1024,
    ) -> None:
        super().__init__(api_key=api_key, polls_until_ready=polls_until_ready)
        # The status examples give an absolute generation_url; OutputFile.url in the same document is relative.
        self.relative_generation_url = relative_generation_url
        self.max_file_bytes = max_file_bytes
        self.jobs: dict[str, dict[str, Any]] = {}
        self.expired = False

    def expire_outputs(self) -> None:
        """Delivered content is kept 24 hours; after this, delivery answers 410 CONTENT_EXPIRED."""
        self.expired = True

    def _error(self, status: int, code: str, message: str, details: str = "") -> Reply:
        body = {"error": {"code": code, "message": message, "details": details}, "request_id": "req_" + self.new_id(10)}
        return json_reply(status, body)

    def handle(self, request: Recorded) -> Reply:
        if request.headers.get("apikey") != self.api_key:
            return self._error(401, "AUTHENTICATION_FAILED", "Invalid or missing API key")
        failure = self.take_failure() if request.method == "POST" else None
        if failure in FAILURES:
            status, code = FAILURES[failure]
            headers = {"RateLimit-Limit": "250", "RateLimit-Remaining": "0", "RateLimit-Reset": "42"}
            reply = self._error(status, code, "Too many requests" if status == 429 else "An unexpected error occurred")
            reply.headers.update(headers if status == 429 else {})
            return reply
        if request.method == "POST" and request.path == "/v1/predictions":
            return self._create(request, failure)
        if request.method == "POST" and request.path == "/v1/files":
            return self._upload(request)
        if request.method == "GET" and request.path.startswith("/v1/predictions/status/"):
            return self._status(request.path.rsplit("/", 1)[-1])
        if request.method == "GET" and request.path.startswith("/v1/predictions/delivery/"):
            return self._deliver(request.path.removeprefix("/v1/predictions/delivery/"))
        return self._error(404, "NOT_FOUND", "The requested resource was not found")

    def _create(self, request: Recorded, failure: str | None) -> Reply:
        model = request.headers.get("model")
        if model not in MODEL_IDS:
            return self._error(400, "VALIDATION_ERROR", "Invalid request parameters", "Field 'model' is required")
        try:
            body = request.json()
        except ValueError:
            return self._error(400, "VALIDATION_ERROR", "Invalid request parameters", "The body is not JSON")
        # Each model's schema in the document is the whole body, {"input": {...}}; other models: PredictionRequest.
        errors = schema_errors(DOCUMENT, SCHEMAS.get(model, SCHEMAS["PredictionRequest"]), body)
        if errors:
            fields = [
                {
                    "type": "missing" if e.validator == "required" else f"invalid_{e.validator}",
                    "field": _field(e),
                    "description": e.message,
                }
                for e in errors
            ]
            detail = "".join(f"- {f['field']}: {f['description']}\n" for f in fields)
            return json_reply(
                422, {"detail": detail, "status": 422, "title": "Input validation failed", "invalid_fields": fields}
            )
        job_id = self.new_id(26)
        self.jobs[job_id] = {"model": model, "input": body["input"], "polls": 0, "failure": failure}
        if request.headers.get("try-sync", "").lower() == "true" and self.polls_until_ready == 0 and not failure:
            return json_reply(201, {"status": "succeeded", "generation_url": self._generation_url(job_id)})
        return json_reply(
            201,
            {
                "id": job_id,
                "model": model,
                "input": body["input"],
                "get_url": f"{self.base_url}/v1/predictions/status/{job_id}",
            },
        )

    def _generation_url(self, job_id: str) -> str:
        path = f"/v1/predictions/delivery/xezq/{job_id}/output.jpeg"
        return path if self.relative_generation_url else self.base_url + path

    def _status(self, job_id: str) -> Reply:
        job = self.jobs.get(job_id)
        if job is None:
            return self._error(
                404, "NOT_FOUND", "The requested resource was not found", "Prediction ID does not exist or has expired"
            )
        job["polls"] += 1
        if job["polls"] <= self.polls_until_ready:
            status = "starting" if job["polls"] == 1 else "processing"
            return json_reply(200, {"status": status, "message": "Generation in progress"})
        if job["failure"] == "failed":
            return json_reply(
                200,
                {
                    "status": "failed",
                    "message": "Prediction failed",
                    "error": "Number of samples, -5, must be non-negative.",
                },
            )
        if job["failure"] == "canceled":
            return json_reply(200, {"status": "canceled", "message": "Prediction was canceled"})
        return json_reply(200, {"status": "succeeded", "generation_url": self._generation_url(job_id)})

    def _deliver(self, path: str) -> Reply:
        parts = path.split("/")
        if len(parts) != 3 or parts[1] not in self.jobs:
            return self._error(404, "NOT_FOUND", "The requested resource was not found")
        if self.expired:
            return json_reply(
                410,
                {
                    "error": {
                        "code": "CONTENT_EXPIRED",
                        "message": "The requested content has expired and is no longer available",
                    }
                },
            )
        return Reply(
            200,
            MEDIA["jpeg"],
            {
                "content-type": "image/jpeg",
                "cache-control": "public, max-age=3600",
                "content-disposition": f'attachment; filename="{parts[2]}"',
            },
        )

    def _upload(self, request: Recorded) -> Reply:
        try:
            content = request.form().get("content", [])
        except ValueError:
            content = []
        if not content or not content[0].data:
            return self._error(400, "INVALID_FILE", "The uploaded file is invalid or missing")
        if len(content[0].data) > self.max_file_bytes:
            return self._error(413, "FILE_TOO_LARGE", "The uploaded file exceeds the maximum size limit")
        file_id = self.new_id(10)
        return json_reply(
            201,
            {
                "id": file_id,
                "name": content[0].filename or "upload",
                "content_type": content[0].content_type,
                "size": len(content[0].data),
                "created_at": "2026-12-07T00:00:00.000Z",
                "expires_at": "2026-12-08T00:00:00.000Z",
                "urls": {"get": f"{self.base_url}/v1/files/{file_id}"},
            },
        )


def _field(error: Any) -> str:
    """The document's field path, e.g. input.prompt, for a jsonschema error."""
    path = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        path.append(error.message.split("'")[1])
    return ".".join(path)
