"""A double of Black Forest Labs' API, written from its OpenAPI document and docs pages (sources/documents/bfl).

Hosts: "api" (api.bfl.ai: submit and get_result), "regional" (api.eu1.bfl.ai: where polling_url points),
"delivery" (delivery-eu1.bfl.ai: the signed result.sample URLs, which must not receive the key).
"""

from __future__ import annotations

from typing import Any

from .server import MEDIA, Double, Recorded, Reply, json_reply, load_document, schema_errors

DOCUMENT = load_document("bfl")
# The models we ship, each with its input schema in the document.
MODELS = {
    "flux-pro-1.1": "FluxPro11Inputs",
    "flux-pro-1.1-ultra": "FluxUltraInput",
    "flux-kontext-pro": "FluxKontextProInputs",
}
STATUS_WORDS = DOCUMENT["components"]["schemas"]["StatusResponse"]["enum"]


class BflDouble(Double):
    provider = "bfl"
    hosts = ("api", "regional", "delivery")
    FAILURES = frozenset({"Error", "Request Moderated", "Content Moderated"})

    def __init__(self, *, api_key: str = "test-key", polls_until_ready: int = 1) -> None:
        super().__init__(api_key=api_key, polls_until_ready=polls_until_ready)
        self.jobs: dict[str, dict[str, Any]] = {}

    def handle(self, request: Recorded) -> Reply:
        if request.host == "delivery":
            return self._deliver(request)
        if request.headers.get("x-key") != self.api_key:
            # The document declares the x-key header but no 401/403 body; BFL's error table lists 401.
            return json_reply(401, {"detail": "Invalid or missing API key"})
        if request.method == "GET" and request.path == "/v1/get_result":
            return self._result(request)
        model = request.path.removeprefix("/v1/")
        if request.method == "POST" and request.host == "api" and model in MODELS:
            return self._submit(request, model)
        return json_reply(404, {"detail": "Not Found"})

    def _submit(self, request: Recorded, model: str) -> Reply:
        try:
            body = request.json()
        except ValueError:
            return _validation((("body",), "JSON decode error", "json_invalid"))
        schema = DOCUMENT["components"]["schemas"][MODELS[model]]
        errors = schema_errors(DOCUMENT, schema, body)
        if errors:
            return _validation(*[(("body", *e.absolute_path), e.message, e.validator) for e in errors])
        job_id = self.new_id(36)
        self.jobs[job_id] = {"model": model, "input": body, "polls": 0, "failure": self.take_failure()}
        answer: dict[str, Any] = {"id": job_id, "cost": 4.0, "input_mp": 0.0, "output_mp": 1.05}
        if body.get("webhook_url"):  # AsyncWebhookResponse
            return json_reply(200, {**answer, "status": "Pending", "webhook_url": body["webhook_url"]})
        return json_reply(200, {**answer, "polling_url": f"{self.url('regional')}/v1/get_result?id={job_id}"})

    def _result(self, request: Recorded) -> Reply:
        ids = request.query.get("id")
        if not ids:
            return _validation((("query", "id"), "Field required", "missing"))
        job = self.jobs.get(ids[0])
        if job is None:
            return json_reply(200, {"id": ids[0], "status": "Task not found", "result": None})
        job["polls"] += 1
        if job["polls"] <= self.polls_until_ready:
            return json_reply(200, {"id": ids[0], "status": "Pending", "result": None, "progress": 0.5})
        if job["failure"]:
            return json_reply(200, {"id": ids[0], "status": job["failure"], "result": None, "details": None})
        fmt = job["input"].get("output_format") or _default(job["model"], "output_format")
        sample = f"{self.url('delivery')}/results/{ids[0]}/sample.{fmt}?se=2026-12-07T00%3A10%3A00Z&sig=test"
        result = {"sample": sample, "prompt": job["input"].get("prompt", ""), "seed": job["input"].get("seed") or 42}
        return json_reply(200, {"id": ids[0], "status": "Ready", "result": result, "progress": None})

    def _deliver(self, request: Recorded) -> Reply:
        if self.carries_key(request):
            return self.refuse(request, Reply(403, b"the API key must not be sent to the delivery host"))
        name = request.path.rsplit("/", 1)[-1]
        job_id = request.path.split("/")[2] if request.path.startswith("/results/") else ""
        if job_id not in self.jobs or "sig" not in request.query:
            return Reply(404, b"not found")
        fmt = name.rsplit(".", 1)[-1]
        return Reply(200, MEDIA[fmt], {"content-type": f"image/{fmt}"})


def _default(model: str, name: str) -> Any:
    return DOCUMENT["components"]["schemas"][MODELS[model]]["properties"][name].get("default")


def _validation(*issues: tuple[tuple[Any, ...], str, str]) -> Reply:
    """The document's 422 HTTPValidationError body."""
    return json_reply(422, {"detail": [{"loc": list(loc), "msg": msg, "type": kind} for loc, msg, kind in issues]})
