"""Clients of the test providers (tests/runtime/fakes.py) with a number parameter, built on the real runtime."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictStr

from generator.runtime import (
    NOT_GIVEN,
    AsyncPrunaClient,
    AsyncSegmindClient,
    EndpointInfo,
    NotGiven,
    PrunaClient,
    SegmindClient,
)

from ..runtime.fakes import (
    DESCRIBED,
    KEY,
    PRUNA,
    PRUNA_ERRORS,
    SEGMIND,
    SEGMIND_ERRORS,
    PrunaError,
    SegmindError,
    _param,
)


class GuidedRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prompt: StrictStr
    guidance: float | None = None  # no bounds, like flux-dev's guidance
    steps: Annotated[float, Field(ge=1, le=50)] | None = None
    weights: list[float] | None = None


PARAMS = tuple(_param(name) for name in ("prompt", "guidance", "steps", "weights"))


def _endpoint(path: str, sync: bool) -> EndpointInfo:
    return EndpointInfo(
        model_id="flux",
        method="flux",
        path=path,
        output_media="image",
        output_body="either",
        rate_limit=None,
        sync=sync,
        params=PARAMS,
        **DESCRIBED,
    )


SEGMIND_FLUX = _endpoint("/v1/flux", sync=False)
PRUNA_FLUX = _endpoint("/v1/predictions", sync=True)
Timeout = float | None | NotGiven
Deadline = float | None | NotGiven


def _values(prompt: str, guidance: object, steps: object, weights: object) -> dict[str, object]:
    return {"prompt": prompt, "guidance": guidance, "steps": steps, "weights": weights}


class Segmind(SegmindClient):
    _provider = SEGMIND
    _errors = SEGMIND_ERRORS
    _default_error = SegmindError

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
        return self._generate(SEGMIND_FLUX, GuidedRequest, values, timeout=timeout, max_retries=max_retries)


class AsyncSegmind(AsyncSegmindClient):
    _provider = SEGMIND
    _errors = SEGMIND_ERRORS
    _default_error = SegmindError

    async def flux(
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
        return await self._generate(SEGMIND_FLUX, GuidedRequest, values, timeout=timeout, max_retries=max_retries)


class Pruna(PrunaClient):
    _provider = PRUNA
    _errors = PRUNA_ERRORS
    _default_error = PrunaError

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
            PRUNA_FLUX, GuidedRequest, values, timeout=timeout, max_retries=max_retries, deadline=deadline
        )


class AsyncPruna(AsyncPrunaClient):
    _provider = PRUNA
    _errors = PRUNA_ERRORS
    _default_error = PrunaError

    async def flux(
        self,
        *,
        prompt: str,
        guidance: float | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: Deadline = NOT_GIVEN,
    ) -> Any:
        values = _values(prompt, guidance, None, None)
        return await self._generate(
            PRUNA_FLUX, GuidedRequest, values, timeout=timeout, max_retries=max_retries, deadline=deadline
        )


CLIENTS: dict[tuple[str, str], type[Any]] = {
    ("sync", "segmind"): Segmind,
    ("async", "segmind"): AsyncSegmind,
    ("sync", "pruna"): Pruna,
    ("async", "pruna"): AsyncPruna,
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
