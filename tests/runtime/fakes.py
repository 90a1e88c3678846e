"""Hand-built provider data, request model and clients shaped exactly like the generator's output.

Also a fake clock (time only moves when the client sleeps) and a scripted mock server.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from imagegen_specgen.runtime import (
    NOT_GIVEN,
    APIStatusError,
    AsyncClient,
    AsyncDirectSurface,
    AsyncPredictionsSurface,
    Condition,
    DirectInfo,
    EndpointInfo,
    FileInput,
    FilesInfo,
    NotGiven,
    ParamInfo,
    PredictionOptions,
    PredictionsInfo,
    ProviderInfo,
    RateLimit,
    SyncClient,
    SyncDirectSurface,
    SyncPredictionsSurface,
)

KEY = "sk-SECRET-0123456789abcdef"
DIRECT_URL = "https://api.direct.test"
JOBS_URL = "https://api.jobs.test"
URL_PATTERN = r"^https?://\S+$"

# A provider of protocol `direct`: one POST per model, the key raw in x-api-key, credits and seed in headers.
DIRECT = ProviderInfo(
    id="direct",
    title="Direct",
    base_url=DIRECT_URL,
    base_url_env="DIRECT_BASE_URL",
    auth_header="x-api-key",
    api_key_env="DIRECT_API_KEY",
    error_message_paths=("error.message", "error", "message", "detail"),
    error_request_id_paths=("request_id",),
    request_id_headers=("x-request-id",),
    header_remaining_credits="x-remaining-credits",
    header_seed="x-seed-value",
    header_request_id="x-request-id",
    header_rate_limit_reset="x-rate-limit-reset-at-utc",
)
DIRECT_API = DirectInfo(name="v1", path="/v1/{model}")

# A provider of protocol `predictions`: the model in a header, a fixed-length hold, its own delivery endpoint.
JOBS = ProviderInfo(
    id="jobs",
    title="Jobs",
    base_url=JOBS_URL,
    base_url_env="JOBS_BASE_URL",
    auth_header="apikey",
    api_key_env="JOBS_API_KEY",
    generate_timeout=90.0,
    error_message_paths=("error.message", "error", "message", "detail"),
    error_request_id_paths=("request_id",),
    request_id_headers=("x-request-id",),
    files=FilesInfo(path="/v1/files", field="content"),
)
JOBS_API = PredictionsInfo(
    name="jobs",
    submit_path="/v1/predictions",
    status_path="/v1/predictions/status/{id}",
    pending=("starting", "processing"),
    succeeded=("succeeded",),
    failed=("failed",),
    canceled=("canceled",),
    model_header="Model",
    input_field="input",
    hold_header="Try-Sync",
    hold_value="true",
    hold_max_seconds=60.0,
    status_url_field="get_url",
    message_field="message",
    error_field="error",
    output_field="generation_url",
    delivery_path="/v1/predictions/delivery",
    status_rate_limit=RateLimit(requests=30000, per_seconds=60.0),
    delivery_rate_limit=RateLimit(requests=10000, per_seconds=60.0),
)


class ImageRequest(BaseModel):
    """Shaped like datamodel-code-generator output: strict types, Literal enum, bounds, aliased field.

    No defaults, as generated: the documented defaults live in the endpoint records (PARAMS below).
    """

    model_config = ConfigDict(extra="forbid")
    prompt: StrictStr
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "custom"] | None = None
    width: Annotated[StrictInt | None, Field(ge=256, le=1440)] = None
    height: Annotated[StrictInt | None, Field(ge=256, le=1440)] = None
    seed: Annotated[StrictInt | None, Field(ge=-1, le=999999)] = None
    images: Annotated[
        list[Annotated[StrictStr, Field(pattern=URL_PATTERN)]] | None, Field(min_length=1, max_length=5)
    ] = None
    class_: Annotated[Literal["photo", "art"] | None, Field(alias="class")] = None
    safe: StrictBool | None = None


def replace_record(record: Any, **changes: Any) -> Any:
    """dataclasses.replace for the runtime's endpoint records."""
    return type(record)(**{**{name: getattr(record, name) for name in type(record).__slots__}, **changes})


def _param(wire: str, python: str | None = None, default: object = None, **kw: Any) -> ParamInfo:
    return ParamInfo(
        wire=wire,
        python=python or "",
        has_default=kw.pop("has_default", default is not None),
        default=default,
        upload=kw.pop("upload", None),
        relevant_when=kw.pop("relevant_when", None),
    )


CUSTOM = Condition(parameter="aspect_ratio", values=("custom",))
PARAMS = (
    _param("prompt"),
    _param("aspect_ratio", default="16:9"),
    _param("width", default=1024, relevant_when=CUSTOM),
    _param("height", default=576, relevant_when=CUSTOM),
    _param("seed", default=42),
    _param("images", upload="many"),
    _param("class", "class_"),
    _param("safe", default=True),
)

DIRECT_IMAGE = EndpointInfo(
    model_id="p-image", method="p_image", rate_limit=RateLimit(requests=2, per_seconds=60.0), params=PARAMS
)
JOBS_IMAGE = DIRECT_IMAGE
JOBS_VIDEO = EndpointInfo(model_id="wan-t2v", method="wan_t2v", sync=False, params=PARAMS)


class DirectError(APIStatusError):
    pass


class BadRequestError(DirectError):
    pass


class RateLimitError(DirectError):
    pass


class InternalServerError(DirectError):
    pass


class JobsError(APIStatusError):
    pass


class JobsBadRequestError(JobsError):
    pass


DIRECT_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    429: RateLimitError,
    500: InternalServerError,
}
JOBS_ERRORS: Mapping[int, type[APIStatusError]] = {400: JobsBadRequestError}

Timeout = float | httpx.Timeout | None | NotGiven
C = TypeVar("C", bound="SyncClient | AsyncClient")


def _values(kw: Mapping[str, Any]) -> dict[str, object]:
    # As a generated method does: every parameter by wire name, NOT_GIVEN where the caller set nothing.
    unset: dict[str, object] = {
        wire: NOT_GIVEN for wire in ("aspect_ratio", "width", "height", "seed", "images", "class", "safe")
    }
    return {**unset, **{("class" if k == "class_" else k): v for k, v in kw.items()}}


class DirectClient(SyncClient, SyncDirectSurface):
    _api = DIRECT_API


class AsyncDirectClient(AsyncClient, AsyncDirectSurface):
    _api = DIRECT_API


class JobsClient(SyncClient, SyncPredictionsSurface):
    _api = JOBS_API


class AsyncJobsClient(AsyncClient, AsyncPredictionsSurface):
    _api = JOBS_API


# The model methods are written once for both kinds of client: a plain `def` that returns what `_generate`
# returns, which an async client's caller awaits (a generated async client declares them `async def`).


class DirectModels:
    _provider = DIRECT
    _errors = DIRECT_ERRORS
    _default_error = DirectError
    _generate: Callable[..., Any]

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        safe: bool | NotGiven = NOT_GIVEN,
        **options: Any,
    ) -> Any:
        values = _values(
            dict(
                prompt=prompt,
                aspect_ratio=aspect_ratio,
                width=width,
                height=height,
                seed=seed,
                images=images,
                class_=class_,
                safe=safe,
            )
        )
        return self._generate(DIRECT_IMAGE, ImageRequest, values, **options)


class JobsModels:
    _provider = JOBS
    _errors = JOBS_ERRORS
    _default_error = JobsError
    _generate: Callable[..., Any]
    _submit: Callable[..., Any]

    def p_image(self, *, prompt: str, **options: Any) -> Any:
        inputs = {name: options.pop(name) for name in list(options) if name not in OPTION_NAMES}
        return self._generate(JOBS_IMAGE, ImageRequest, _values({"prompt": prompt, **inputs}), **options)

    def submit_p_image(self, *, prompt: str, webhook: Any, **options: Any) -> Any:
        return self._submit(JOBS_IMAGE, ImageRequest, _values({"prompt": prompt}), webhook, **options)

    def wan_t2v(self, *, prompt: str, **options: Any) -> Any:
        return self._generate(JOBS_VIDEO, ImageRequest, _values({"prompt": prompt}), **options)


# The per-call options a predictions method takes; anything else p_image passes on as an input (the tests use it
# to send parameters the request model does not know).
OPTION_NAMES = frozenset(PredictionOptions.__annotations__)


class Direct(DirectModels, DirectClient):
    pass


class AsyncDirect(DirectModels, AsyncDirectClient):
    pass


class Jobs(JobsModels, JobsClient):
    pass


class AsyncJobs(JobsModels, AsyncJobsClient):
    pass


class FakeTime:
    """Monotonic time that moves only when the client sleeps; records every sleep."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []
        self.epoch = datetime(2025, 1, 1, tzinfo=timezone.utc)

    def clock(self) -> float:
        return self.t

    def now(self) -> datetime:
        return self.epoch + timedelta(seconds=self.t - 1000.0)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A mock server answering each request with the next scripted reply; records the requests it got."""

    def __init__(self, replies: Iterable[Reply] = ()) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return reply

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def ok_json(body: object, status: int = 200, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def image(content: bytes = b"\x89PNG\r\n\x1a\nimage", headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(200, content=content, headers={"content-type": "image/png", **(headers or {})})


def fake_client(cls: type[C], script: Script, time: FakeTime | None = None, **kw: Any) -> C:
    """A client of `cls` (sync or async) answered by `script`, on `time` (a fresh FakeTime by default)."""
    time = time or FakeTime()
    if issubclass(cls, AsyncClient):
        http: Any = httpx.AsyncClient(transport=httpx.MockTransport(script))
        sleep: Callable[[float], Any] = time.async_sleep
    else:
        http, sleep = httpx.Client(transport=httpx.MockTransport(script)), time.sleep
    return cls(api_key=KEY, http_client=http, sleep=sleep, clock=time.clock, now=time.now, random=lambda: 0.0, **kw)


def direct(script: Script, time: FakeTime | None = None, cls: type[Direct] = Direct, **kw: Any) -> Direct:
    return fake_client(cls, script, time, **kw)


def async_direct(script: Script, time: FakeTime | None = None, **kw: Any) -> AsyncDirect:
    return fake_client(AsyncDirect, script, time, **kw)


def jobs(script: Script, time: FakeTime | None = None, cls: type[Jobs] = Jobs, **kw: Any) -> Jobs:
    return fake_client(cls, script, time, **kw)


def async_jobs(script: Script, time: FakeTime | None = None, **kw: Any) -> AsyncJobs:
    return fake_client(AsyncJobs, script, time, **kw)
