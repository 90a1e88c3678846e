"""A double of Replicate's HTTP API for official models, written from its OpenAPI document
(sources/documents/replicate). Hosts: "api" (api.replicate.com; base URL ends in /v1) and "delivery"
(replicate.delivery, where output files live).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .server import MEDIA, Double, Recorded, Reply, json_reply, load_document, schema_errors

DOCUMENT = load_document("replicate")
SCHEMAS = DOCUMENT["components"]["schemas"]
PREFER = re.compile(DOCUMENT["components"]["parameters"]["parameters_prefer_header"]["schema"]["pattern"])
PROBLEM = "application/problem+json"
# Errors are problem details (title, detail, status); 402 and 429 come from Replicate's docs and client logs.
FAILURES = {"insufficient_credit": (402, "Payment Required"), "rate_limited": (429, "Too Many Requests")}


class ReplicateDouble(Double):
    provider = "replicate"
    hosts = ("api", "delivery")
    FAILURES = frozenset({*FAILURES, "failed", "canceled", "aborted"})

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        polls_until_ready: int = 1,
        models: tuple[str, ...] = ("prunaai/p-image", "prunaai/p-image-edit"),
        unfinished_status: int = 201,
        delivery_with_key: str = "accept",
    ) -> None:
        super().__init__(api_key=api_key, polls_until_ready=polls_until_ready)
        self.models = models
        # The document lists 201 (with Prefer: wait, the final output) and 202 (no outputs yet); recorded
        # responses show 201 while still processing.
        self.unfinished_status = unfinished_status
        # The document says output files need the Authorization header; "accept" neither needs nor refuses it,
        # "refuse" answers 403 to a request carrying the key, "require" answers 401 without it.
        self.delivery_with_key = delivery_with_key
        self.jobs: dict[str, dict[str, Any]] = {}

    @property
    def base_url(self) -> str:
        return self.url("api") + "/v1"

    def remove_outputs(self) -> None:
        """API outputs are removed after an hour: data_removed becomes true and output null."""
        for job in self.jobs.values():
            job["removed"] = True

    def handle(self, request: Recorded) -> Reply:
        if request.host == "delivery":
            return self._deliver(request)
        if request.headers.get("authorization") not in (f"Bearer {self.api_key}", f"Token {self.api_key}"):
            return _problem(401, "Unauthenticated", "You did not pass a valid authentication token")
        parts = request.path.strip("/").split("/")
        if request.method == "POST" and parts[:2] == ["v1", "models"] and parts[-1] == "predictions":
            return self._create(request, "/".join(parts[2:-1]))
        if parts[:2] == ["v1", "predictions"] and len(parts) >= 3 and parts[2] in self.jobs:
            job = self.jobs[parts[2]]
            if request.method == "GET" and len(parts) == 3:
                job["polls"] += 1
                return json_reply(200, self._prediction(job))
            if request.method == "POST" and parts[3:] == ["cancel"]:
                if self._state(job) in ("starting", "processing"):
                    job["failure"] = "canceled"
                    job["polls"] = self.polls_until_ready + 1
                return json_reply(200, self._prediction(job))
        if request.method == "POST" and request.path == "/v1/files":
            return self._upload(request)
        return _problem(404, "Not found", "The requested resource could not be found.")

    def _create(self, request: Recorded, model: str) -> Reply:
        if model not in self.models:
            return _problem(404, "Not found", f"The model {model} does not exist.")
        prefer = request.headers.get("prefer")
        if prefer is not None and not PREFER.fullmatch(prefer):
            return _problem(400, "Invalid Prefer header", f"{prefer!r} does not match wait or wait=1..60")
        try:
            body = request.json()
        except ValueError:
            return _problem(400, "Bad request", "The body is not JSON")
        errors = schema_errors(DOCUMENT, SCHEMAS["schemas_prediction_request"], body)
        if errors or "input" not in body:
            detail = errors[0].message if errors else "input is required"
            return _problem(422, "Input validation failed", detail, invalid_fields=[{"description": detail}])
        failure = self.take_failure()
        if failure in FAILURES:
            return _problem(*FAILURES[failure], f"{FAILURES[failure][1]} ({failure})")
        job_id = "".join(c for c in self.new_id(40) if c.isalpha() or c in "234567")[:26].ljust(26, "q")
        job = {"id": job_id, "model": model, "input": body["input"], "polls": 0, "failure": failure, "removed": False}
        self.jobs[job_id] = job
        done = prefer is not None and self.polls_until_ready == 0
        if done:
            job["polls"] = 1
        return json_reply(201 if done else self.unfinished_status, self._prediction(job))

    def _state(self, job: dict[str, Any]) -> str:
        if job["polls"] <= self.polls_until_ready:
            return "starting" if job["polls"] == 0 else "processing"
        return {None: "succeeded", "failed": "failed", "canceled": "canceled", "aborted": "aborted"}[job["failure"]]

    def _prediction(self, job: dict[str, Any]) -> dict[str, Any]:
        state, base = self._state(job), f"{self.base_url}/predictions/{job['id']}"
        output = f"{self.url('delivery')}/xezq/{job['id']}/output.jpg" if state == "succeeded" else None
        removed = job["removed"] and state == "succeeded"
        return {
            "id": job["id"],
            "model": job["model"],
            "version": "hidden",
            "input": {} if removed else job["input"],
            "logs": "",
            "output": None if removed else output,
            "data_removed": removed,
            "source": "api",
            "error": "The model raised an error" if state == "failed" else None,
            "status": state,
            "created_at": "2026-12-07T00:00:00.000Z",
            "metrics": {"predict_time": 0.4} if output else {},
            "urls": {"web": f"https://replicate.com/p/{job['id']}", "get": base, "cancel": f"{base}/cancel"},
        }

    def _deliver(self, request: Recorded) -> Reply:
        has_key = self.carries_key(request)
        if has_key and self.delivery_with_key == "refuse":
            return self.refuse(request, Reply(403, b"the API key must not be sent to the delivery host"))
        if not has_key and self.delivery_with_key == "require":
            return Reply(401, b"authorization required")
        job_id = request.path.split("/")[2] if request.path.startswith("/xezq/") else ""
        if job_id not in self.jobs or self.jobs[job_id]["removed"]:
            return Reply(404, b"not found")
        return Reply(200, MEDIA["jpeg"], {"content-type": "image/jpeg"})

    def _upload(self, request: Recorded) -> Reply:
        try:
            content = request.form().get("content", [])
        except ValueError:
            content = []
        if not content:
            return _problem(400, "Bad request", "content is required")
        if len(content[0].data) > 100 * 1024 * 1024:
            return _problem(413, "Content Too Large", "Files must be less than 100MB in size")
        file_id = self.new_id(20)
        return json_reply(
            201,
            {
                "id": file_id,
                "name": content[0].filename,
                "content_type": content[0].content_type,
                "size": len(content[0].data),
                "checksums": {"sha256": hashlib.sha256(content[0].data).hexdigest()},
                "metadata": {},
                "created_at": "2026-12-07T00:00:00.000Z",
                "expires_at": "2026-12-08T00:00:00.000Z",
                "urls": {"get": f"{self.base_url}/files/{file_id}"},
            },
        )


def _problem(status: int, title: str, detail: str, **extra: Any) -> Reply:
    return json_reply(status, {"title": title, "detail": detail, "status": status, **extra}, content_type=PROBLEM)
