"""A double of Segmind's serverless API (v1 direct, v2 asynchronous), written from Segmind's model pages.

Segmind publishes no machine-readable document: the facts come from its per-model API pages (the seed page
texts and the v2 section every current model page carries; see sources/documents/README.md). Hosts: "api"
(api.segmind.com) and "media" (where v2 output URLs point; the pages name no host, and it must not get the key).
"""

from __future__ import annotations

from typing import Any

from .server import MEDIA, Double, Recorded, Reply, json_reply

# The error table every model page shows; the body is {"error": "<message>"}.
ERRORS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    406: "Insufficient Credits",
    429: "Rate Limited",
    500: "Server Error",
    502: "Bad Gateway",
    504: "Timeout",
}
FAILURES = {"insufficient_credits": 406, "rate_limited": 429, "server_error": 500, "timeout": 504}


class SegmindDouble(Double):
    provider = "segmind"
    hosts = ("api", "media")
    FAILURES = frozenset({*FAILURES, "failed"})

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        polls_until_ready: int = 1,
        models: tuple[str, ...] = ("p-image",),
        v1_json: Any = None,
    ) -> None:
        super().__init__(api_key=api_key, polls_until_ready=polls_until_ready)
        self.models = models
        # The pages say "Returns: Image" for some models and "Returns: Text/JSON" for others without showing the
        # JSON; v1 answers image bytes unless a test hands the JSON body it wants here.
        self.v1_json = v1_json
        self.jobs: dict[str, dict[str, Any]] = {}

    def handle(self, request: Recorded) -> Reply:
        if request.host == "media":
            if self.carries_key(request):
                return self.refuse(request, Reply(403, b"the API key must not be sent to the media host"))
            return Reply(200, MEDIA["jpeg"], {"content-type": "image/jpeg"})
        if request.headers.get("x-api-key") != self.api_key:
            return _error(401, "Missing or invalid API key")
        version, _, rest = request.path.strip("/").partition("/")
        if request.method == "POST" and version in ("v1", "v2") and rest in self.models:
            try:
                body = request.json()
            except ValueError:
                return _error(400, "Invalid parameters or request format")
            if not isinstance(body, dict) or not isinstance(body.get("prompt"), str):
                return _error(400, "prompt: required string")
            failure = self.take_failure()
            if failure in FAILURES:
                return _error(FAILURES[failure], ERRORS[FAILURES[failure]])
            return self._direct() if version == "v1" else self._submit(rest, body, failure)
        if request.method == "GET" and version == "v2" and rest.startswith("requests/"):
            job_id, _, action = rest.removeprefix("requests/").partition("/")
            job = self.jobs.get(job_id)
            if job is None:
                return _error(404, "Request not found")
            return self._status(job) if action == "status" else self._result(job)
        return _error(404, "Model or endpoint not found")

    def _direct(self) -> Reply:
        if self.v1_json is not None:
            return json_reply(200, self.v1_json)
        return Reply(200, MEDIA["jpeg"], {"content-type": "image/jpeg"})

    def _submit(self, model: str, body: dict[str, Any], failure: str | None) -> Reply:
        job_id = self.new_id(36)
        self.jobs[job_id] = {"id": job_id, "model": model, "input": body, "polls": 0, "failed": failure == "failed"}
        base = f"{self.url('api')}/v2/requests/{job_id}"
        return json_reply(
            200, {"request_id": job_id, "status": "QUEUED", "status_url": f"{base}/status", "response_url": base}
        )

    def _state(self, job: dict[str, Any]) -> str:
        if job["polls"] <= self.polls_until_ready:
            return "QUEUED" if job["polls"] <= 1 else "PROCESSING"
        return "FAILED" if job["failed"] else "COMPLETED"

    def _status(self, job: dict[str, Any]) -> Reply:
        job["polls"] += 1
        return json_reply(200, {"request_id": job["id"], "status": self._state(job)})

    def _result(self, job: dict[str, Any]) -> Reply:
        state = self._state(job)
        if state == "FAILED":
            return json_reply(422, {"status": "FAILED", "error": "Generation failed: the model raised an error"})
        if state != "COMPLETED":  # not shown on the pages: the double answers the state without an output
            return json_reply(200, {"request_id": job["id"], "status": state})
        output = f"{self.url('media')}/outputs/{job['id']}.jpeg"
        return json_reply(200, {"status": "COMPLETED", "metrics": {"inference_time": 1.2}, "output": output})


def _error(status: int, message: str) -> Reply:
    return json_reply(status, {"error": message})
