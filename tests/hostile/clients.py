"""Clients of the test providers (tests/runtime/fakes.py) with a number parameter, built on the real runtime."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictStr

from imagegen_specgen.runtime import NOT_GIVEN, EndpointInfo, NotGiven

from ..runtime.fakes import (
    DIRECT,
    DIRECT_ERRORS,
    JOBS,
    JOBS_API,
    JOBS_ERRORS,
    KEY,
    AsyncDirectClient,
    AsyncJobsClient,
    DirectClient,
    DirectError,
    JobsClient,
    JobsError,
    _param,
    replace_record,
)


class GuidedRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prompt: StrictStr
    guidance: float | None = None  # no bounds, like flux-dev's guidance
    steps: Annotated[float, Field(ge=1, le=50)] | None = None
    weights: list[float] | None = None


PARAMS = tuple(_param(name) for name in ("prompt", "guidance", "steps", "weights"))


DIRECT_FLUX = EndpointInfo(model_id="flux", method="flux", sync=False, params=PARAMS)
JOBS_FLUX = EndpointInfo(model_id="flux", method="flux", params=PARAMS)
Timeout = float | None | NotGiven
Deadline = float | None | NotGiven


def _values(prompt: str, guidance: object, steps: object, weights: object) -> dict[str, object]:
    return {"prompt": prompt, "guidance": guidance, "steps": steps, "weights": weights}


class DirectModels:
    """The model method, written once: a plain `def` returning what `_generate` returns (awaited by an async
    client's caller)."""

    _provider = DIRECT
    _errors = DIRECT_ERRORS
    _default_error = DirectError
    _generate: Callable[..., Any]

    def flux(
        self,
        *,
        prompt: str,
        guidance: float | None = None,
        steps: float | None = None,
        weights: list[float] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        values = _values(prompt, guidance, steps, weights)
        return self._generate(DIRECT_FLUX, GuidedRequest, values, timeout=timeout, max_retries=max_retries)


class JobsModels:
    _provider = JOBS
    _errors = JOBS_ERRORS
    _default_error = JobsError
    _generate: Callable[..., Any]

    def flux(
        self,
        *,
        prompt: str,
        guidance: float | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: Deadline = NOT_GIVEN,
    ) -> Any:
        values = _values(prompt, guidance, None, None)
        return self._generate(
            JOBS_FLUX, GuidedRequest, values, timeout=timeout, max_retries=max_retries, deadline=deadline
        )


class Direct(DirectModels, DirectClient):
    pass


class AsyncDirect(DirectModels, AsyncDirectClient):
    pass


class Jobs(JobsModels, JobsClient):
    pass


class AsyncJobs(JobsModels, AsyncJobsClient):
    pass


# The outputs come from a separate result request once the status says the job is done.
RESULT_API = replace_record(JOBS_API, result_path="/v1/predictions/result/{id}")


class ResultJobs(Jobs):
    _api = RESULT_API


class AsyncResultJobs(AsyncJobs):
    _api = RESULT_API


CLIENTS: dict[tuple[str, str], type[Any]] = {
    ("sync", "direct"): Direct,
    ("async", "direct"): AsyncDirect,
    ("sync", "jobs"): Jobs,
    ("async", "jobs"): AsyncJobs,
    ("sync", "jobs-result"): ResultJobs,
    ("async", "jobs-result"): AsyncResultJobs,
}


def run(mode: str, provider: str, url: str, call: Callable[[Any], Any], **kw: Any) -> Any:
    """Build the sync or async client for `url` and return call(client), awaited for the async client.

    The key is read from the module, not held in a local here: the checks read tracebacks with locals.
    """
    cls = CLIENTS[mode, provider]
    if mode == "sync":
        with cls(base_url=url, api_key=kw.pop("api_key") if "api_key" in kw else _key(), **kw) as client:
            return call(client)

    async def main() -> Any:
        async with cls(base_url=url, api_key=kw.pop("api_key") if "api_key" in kw else _key(), **kw) as client:
            return await call(client)

    return asyncio.run(main())


def _key() -> str:
    return KEY


def timed(mode: str, provider: str, url: str, call: Callable[[Any], Any], **kw: Any) -> tuple[Any, float]:
    """(the result or the exception raised, seconds taken)."""
    started = time.monotonic()
    try:
        outcome = run(mode, provider, url, call, **kw)
    except Exception as error:
        outcome = error
    return outcome, time.monotonic() - started
