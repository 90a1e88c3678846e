"""A double of fal's queue API, written from fal's queue documents and docs pages (sources/documents/fal).

Hosts: "queue" (queue.fal.run) and "media" (v3.fal.media, where output images live; it must not get the key).
Submit goes to the full endpoint id; status, result and cancel URLs use only the owner and the app.
"""

from __future__ import annotations

from typing import Any

from .server import MEDIA, Double, Recorded, Reply, json_reply, load_document, schema_errors

ENDPOINTS = {
    "fal-ai/flux/schnell": load_document("fal", "fal-ai-flux-schnell.openapi.json"),
    "fal-ai/flux-pro/kontext": load_document("fal", "fal-ai-flux-pro-kontext.openapi.json"),
}
# fal's error reference: model errors are {"detail": [error objects]}; request errors {"detail", "error_type"}.
REQUEST_ERRORS = {"request_timeout": 504, "runner_scheduling_failure": 503, "internal_error": 500}


def _input_schema(endpoint: str) -> Any:
    document = ENDPOINTS[endpoint]
    return document["paths"]["/" + endpoint]["post"]["requestBody"]["content"]["application/json"]["schema"]


class FalDouble(Double):
    provider = "fal"
    hosts = ("queue", "media")
    FAILURES = frozenset({"content_policy_violation", *REQUEST_ERRORS})

    def __init__(self, *, api_key: str = "test-key", polls_until_ready: int = 1, in_progress_status: int = 202) -> None:
        super().__init__(api_key=api_key, polls_until_ready=polls_until_ready)
        # fal's Inference API reference: status answers 202 while queued or running, 200 when complete
        # (the per-endpoint documents list only 200; pass 200 to follow them).
        self.in_progress_status = in_progress_status
        self.jobs: dict[str, dict[str, Any]] = {}

    @property
    def base_url(self) -> str:
        return self.url("queue")

    def handle(self, request: Recorded) -> Reply:
        if request.host == "media":
            if self.carries_key(request):
                return self.refuse(request, Reply(403, b"the API key must not be sent to the media host"))
            fmt = request.path.rsplit(".", 1)[-1]
            return Reply(200, MEDIA[fmt], {"content-type": f"image/{fmt}"}) if fmt in MEDIA else Reply(404)
        if request.headers.get("authorization") != f"Key {self.api_key}":
            return json_reply(401, {"detail": "Invalid or missing fal key (Authorization: Key <key>)"})
        endpoint = request.path.strip("/")
        if request.method == "POST" and endpoint in ENDPOINTS:
            return self._submit(request, endpoint)
        owner, app, *rest = [*endpoint.split("/"), "", ""]
        job = self.jobs.get(rest[1]) if rest[0] == "requests" else None
        if job is None or job["app"] != f"{owner}/{app}":
            return json_reply(404, {"detail": "Request not found"})
        action = rest[2] if len(rest) > 2 else ""
        if request.method == "GET" and action == "status":
            return self._status(job, "1" in request.query.get("logs", []))
        if request.method == "GET" and action == "":
            return self._result(job)
        if request.method == "PUT" and action == "cancel":
            return self._cancel(job)
        return json_reply(405, {"detail": "Method Not Allowed"})

    def _urls(self, job: dict[str, Any]) -> dict[str, str]:
        base = f"{self.url('queue')}/{job['app']}/requests/{job['id']}"
        return {"response_url": base, "status_url": f"{base}/status", "cancel_url": f"{base}/cancel"}

    def _submit(self, request: Recorded, endpoint: str) -> Reply:
        try:
            body = request.json()
        except ValueError:
            return json_reply(400, {"detail": "The request body is not valid JSON"})
        raw = self.new_id(32)
        job_id = f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"  # fal's ids are UUIDs
        job = {
            "id": job_id,
            "app": "/".join(endpoint.split("/")[:2]),
            "endpoint": endpoint,
            "input": body,
            "polls": 0,
            "failure": self.take_failure(),
            "canceled": False,
        }
        # The runner validates the input: an invalid input completes the job, and its result answers the error.
        errors = schema_errors(ENDPOINTS[endpoint], _input_schema(endpoint), body)
        job["invalid"] = [
            {
                "loc": ["body", *e.absolute_path],
                "msg": e.message,
                "type": e.validator,
                "url": "https://docs.fal.ai/errors",
            }
            for e in errors
        ]
        self.jobs[job_id] = job
        webhook = request.query.get("fal_webhook")
        if webhook:  # fal's webhooks page: the submit answers only the ids; the result goes to the webhook
            job["webhook"] = webhook[0]
            return json_reply(200, {"request_id": job_id, "gateway_request_id": job_id})
        return json_reply(200, {"status": "IN_QUEUE", "request_id": job_id, **self._urls(job), "queue_position": 0})

    def _done(self, job: dict[str, Any]) -> bool:
        return bool(job["canceled"] or job["polls"] > self.polls_until_ready)

    def _status(self, job: dict[str, Any], logs: bool) -> Reply:
        job["polls"] += 1
        answer: dict[str, Any] = {"request_id": job["id"], **self._urls(job)}
        if job["polls"] == 1 and not self._done(job):
            return json_reply(self.in_progress_status, {**answer, "status": "IN_QUEUE", "queue_position": 0})
        if not self._done(job):
            extra = {"logs": [{"message": "working", "level": "INFO"}]} if logs else {}
            return json_reply(self.in_progress_status, {**answer, "status": "IN_PROGRESS", **extra})
        answer.update(status="COMPLETED", metrics={"inference_time": 0.4}, logs=[] if logs else None)
        error = self._error(job)
        if error is not None:  # fal reports a failed job as COMPLETED with the error beside it
            detail = error[1]["detail"]
            answer.update(error=detail if isinstance(detail, str) else detail[0]["msg"], error_type=error[2])
        return json_reply(200, answer)

    def _error(self, job: dict[str, Any]) -> tuple[int, dict[str, Any], str] | None:
        if job["canceled"]:
            return 499, {"detail": "Request was cancelled", "error_type": "client_cancelled"}, "client_cancelled"
        if job["invalid"]:
            return 422, {"detail": job["invalid"]}, job["invalid"][0]["type"]
        if job["failure"] == "content_policy_violation":
            detail = [
                {
                    "loc": ["body", "prompt"],
                    "msg": "The content could not be processed because it contained "
                    "material flagged by a content checker.",
                    "type": "content_policy_violation",
                    "url": "https://docs.fal.ai/errors/#content_policy_violation",
                }
            ]
            return 422, {"detail": detail}, "content_policy_violation"
        if job["failure"]:
            kind = job["failure"]
            return REQUEST_ERRORS[kind], {"detail": kind.replace("_", " "), "error_type": kind}, kind
        return None

    def _result(self, job: dict[str, Any]) -> Reply:
        if not self._done(job):
            return json_reply(400, {"detail": "Request is still in progress"})
        error = self._error(job)
        if error is not None:
            return json_reply(error[0], error[1], {"x-fal-error-type": error[2]} if "error_type" in error[1] else {})
        fmt = job["input"].get("output_format") or "jpeg"
        images = [
            {
                "url": f"{self.url('media')}/files/penguin/{job['id']}-{n}.{fmt}",
                "width": 1024,
                "height": 768,
                "content_type": f"image/{fmt}",
            }
            for n in range(job["input"].get("num_images") or 1)
        ]
        seed = job["input"].get("seed")
        return json_reply(
            200,
            {
                "images": images,
                "timings": {"inference": 0.4},
                "seed": 42 if seed is None else seed,
                "has_nsfw_concepts": [False] * len(images),
                "prompt": job["input"]["prompt"],
            },
        )

    def _cancel(self, job: dict[str, Any]) -> Reply:
        # fal's queue reference: cancel answers 202 CANCELLATION_REQUESTED, or 400 ALREADY_COMPLETED.
        if self._done(job):
            return json_reply(400, {"status": "ALREADY_COMPLETED"})
        job["canceled"] = True
        return json_reply(202, {"status": "CANCELLATION_REQUESTED"})
