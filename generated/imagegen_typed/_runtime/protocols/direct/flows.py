"""Protocol `direct` as flows: POST the flat JSON body to the model's path; the answer is media bytes or JSON."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ...bodies import json_content
from ...config import Session, TimeoutArg
from ...endpoints import DirectInfo, EndpointInfo, RateLimit
from ...errors import ResponseParseError
from ...exchange import request
from ...flow import Flow, RequestSpec
from ...responses import check_complete, header_map, json_body, request_id
from ...results import GenerationResult

if TYPE_CHECKING:
    from pydantic import BaseModel

MEDIA_PREFIXES = ("image/", "video/")


def generate(
    session: Session,
    api: DirectInfo,
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    *,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
) -> Flow[GenerationResult]:
    body = _validation().validate(endpoint, model, values, upload_host=None).body
    return (
        yield from post(
            session,
            api.endpoint_path(endpoint),
            body,
            limit_key=f"model:{endpoint.model_id}",
            limit=endpoint.rate_limit,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
    )


@cache
def _validation() -> ModuleType:
    """The validation module, imported on the first typed call (it imports pydantic); an import statement in
    `generate` would cost its lookup on every call."""
    from ... import validation

    return validation


def post(
    session: Session,
    path: str,
    body: Mapping[str, Any],
    *,
    limit_key: str | None,
    limit: RateLimit | None,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
) -> Flow[GenerationResult]:
    """One billed generation request (no validation: `run` uses this directly)."""
    content, secrets = json_content(body)
    spec = RequestSpec(
        method="POST",
        url=session.url(path),
        timeout=session.timeout_for("generate", timeout),
        headers={"content-type": "application/json", **(extra_headers or {})},
        content=content,
        secrets=secrets,
    )
    response = yield from request(
        session,
        spec,
        billed=True,
        max_retries=max_retries,
        budget=session.budget_for("generate", timeout),
        limit_key=limit_key,
        limit=limit,
    )
    return interpret(session, response)


def run_path(api: DirectInfo, model: str) -> str:
    """The endpoint path of a model id, from the API's path template; a path starting with "/" as is."""
    return model if model.startswith("/") else api.path.replace("{model}", model)


def interpret(session: Session, response: httpx.Response) -> GenerationResult:
    """Branch on Content-Type: media (or octet-stream) -> bytes, JSON -> parsed; anything else is a parse error."""
    headers = header_map(response)
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    content: bytes | None = None
    parsed: Any = None
    if content_type.startswith(MEDIA_PREFIXES) or content_type == "application/octet-stream":
        check_complete(response, headers)
        if not response.content:
            raise ResponseParseError(f"empty {content_type} body from {response.request.url}")
        content = response.content
    elif content_type == "application/json" or content_type.endswith("+json"):
        parsed = json_body(response)
    else:
        raise ResponseParseError(f"unexpected content type {content_type or '(none)'!r} from {response.request.url}")
    provider = session.provider
    return GenerationResult(
        content=content,
        content_type=content_type or None,
        json=parsed,
        headers=response.headers,
        request_id=request_id(session, response, parsed, headers),
        remaining_credits=_number(headers.get((provider.header_remaining_credits or "").lower()), float),
        seed=_number(headers.get((provider.header_seed or "").lower()), int),
    )


def _number(value: str | None, kind: type[float] | type[int]) -> Any:
    if value is None:
        return None
    try:
        return kind(value.strip())
    except ValueError:
        return None
