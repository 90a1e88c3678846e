"""Protocol `direct` as flows: send the inputs to the model's path (JSON or multipart/form-data); the answer is
media bytes or JSON, whose outputs the API's record locates (base64 media is decoded, URLs are fetched)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache, partial
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ...bodies import Secrets, json_content
from ...config import Session
from ...downloads import decode_data_uri, download
from ...endpoints import DirectInfo, EndpointInfo, OutputField, RateLimit
from ...errors import APIError, ContentFilteredError, InvalidParameterError, ResponseParseError
from ...exchange import request
from ...flow import Flow, RequestSpec, blocking
from ...options import NOT_GIVEN, Call, NotGiven
from ...redaction import sealed
from ...responses import check_complete, dig, dig_all, header_map, json_body, request_id
from ...results import GenerationResult, MediaOutput, decode_base64

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ...validation import ValidatedRequest

MEDIA_PREFIXES = ("image/", "video/")


def generate(
    session: Session,
    api: DirectInfo,
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    call: Call,
) -> Flow[GenerationResult]:
    """Validate, send (JSON or multipart) with the call's escape hatches, fetch the outputs the answer points at."""
    validated = _validation().validate(endpoint, model, values, upload_host=None)
    headers = _accept_headers(api, call.accept)
    body: dict[str, Any] = {api.model_field: endpoint.sent_id} if api.model_field else {}
    body.update(validated.body)
    body.update(call.extra_body)  # as given: the caller's escape hatch for what the spec does not know yet
    secrets: Secrets = ()
    if api.body_of(endpoint) == "multipart":
        content, content_type = yield from _multipart(api, endpoint, body, validated)
    else:
        (content, secrets), content_type = json_content(body), "application/json"
    return (
        yield from send(
            session,
            api,
            api.endpoint_path(endpoint),
            content,
            {"content-type": content_type, **headers, **call.extra_headers},
            call,
            limit_key=f"model:{endpoint.model_id}",
            limit=endpoint.rate_limit,
            secrets=secrets,
        )
    )


@cache
def _validation() -> ModuleType:
    """The validation module, imported on the first typed call (it imports pydantic); an import statement in
    `generate` would cost its lookup on every call."""
    from ... import validation

    return validation


def _accept_headers(api: DirectInfo, accept: str | NotGiven) -> dict[str, str]:
    """The Accept header of the answer asked for: the caller's choice, else the API's first (its default)."""
    if not api.accept:
        if isinstance(accept, str):
            raise InvalidParameterError([f"accept={accept!r} is not allowed: this API offers no choice of answer"])
        return {}
    if not isinstance(accept, str):
        return {api.accept_header: api.accept[0].value}
    choice = next((c for c in api.accept if c.name == accept), None)
    if choice is None:
        allowed = ", ".join(repr(c.name) for c in api.accept)
        raise InvalidParameterError([f"accept={accept!r} is not allowed; allowed values: {allowed}"])
    return {api.accept_header: choice.value}


def _multipart(
    api: DirectInfo, endpoint: EndpointInfo, body: Mapping[str, Any], validated: ValidatedRequest
) -> Flow[tuple[bytes, str]]:
    """The body as multipart/form-data: every value a field, each file (read off the event loop) a file part."""
    from ... import multipart

    brackets = api.multipart_arrays == "brackets"
    params = {p.wire: p for p in endpoint.params}
    names = {wire: wire + "[]" if brackets and isinstance(value, list) else wire for wire, value in body.items()}
    files = []
    for pending in validated.files:
        param = params[pending.wire]
        label = param.name if pending.index is None else f"{param.name}[{pending.index}]"
        part = yield from blocking(partial(multipart.read_part, pending.file, label))
        files.append((names[pending.wire], part))
    fields = multipart.form_fields(body, names, skip={p.wire for p in validated.files})
    return multipart.encode(fields, files)


def send(
    session: Session,
    api: DirectInfo,
    path: str,
    content: bytes,
    headers: Mapping[str, str],
    call: Call,
    *,
    limit_key: str | None,
    limit: RateLimit | None,
    secrets: Secrets = (),
) -> Flow[GenerationResult]:
    """One billed generation request, then the outputs the answer points at (no validation: `run` uses this).
    `secrets`: the placeholders in `content` and the secret arguments the driver puts in their place."""
    budget = session.budget_for("generate", call.timeout)
    until = None if budget is None else session.clock() + budget
    spec = RequestSpec(
        method="POST",
        url=call.url(session.url(path)),
        timeout=session.timeout_for("generate", call.timeout),
        headers=dict(headers),
        content=content,
        secrets=secrets,
    )
    response = yield from request(
        session,
        spec,
        billed=True,
        max_retries=call.max_retries,
        budget=budget,
        limit_key=limit_key,
        limit=limit,
    )
    result, pending = interpret(session, response, api)
    if pending:
        result = yield from _fetched(session, result, pending, call, until=until)
    if result.finish_reason is not None and result.finish_reason in api.filtered:
        raise ContentFilteredError(
            f"{session.provider.title} filtered the output: finish reason {result.finish_reason!r} (the request "
            "succeeded; error.result holds the answer as it came)",
            result=result,
            finish_reason=result.finish_reason,
            request_id=result.request_id,
        )
    return result


def post(
    session: Session,
    api: DirectInfo,
    path: str,
    body: Mapping[str, Any],
    call: Call,
    *,
    limit_key: str | None,
    limit: RateLimit | None,
) -> Flow[GenerationResult]:
    """POST `body` (with the call's `extra_body`) as JSON, not validated (`run`, for models no spec describes)."""
    headers = {"content-type": "application/json", **_accept_headers(api, NOT_GIVEN), **call.extra_headers}
    content, secrets = json_content({**body, **call.extra_body})
    return (
        yield from send(session, api, path, content, headers, call, secrets=secrets, limit_key=limit_key, limit=limit)
    )


def run_body(api: DirectInfo, model: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """What `run` sends: the parameters as given, plus the model in the API's model field when it has one."""
    if api.model_field and api.model_field not in params:
        return {api.model_field: model, **params}
    return dict(params)


def run_path(api: DirectInfo, model: str) -> str:
    """The endpoint path of a model id, from the API's path template; a path starting with "/" as is."""
    return model if model.startswith("/") else api.path.replace("{model}", model)


def interpret(
    session: Session, response: httpx.Response, api: DirectInfo | None = None
) -> tuple[GenerationResult, tuple[int, ...]]:
    """The result, and the indexes of its outputs that are URLs still to fetch.

    Branch on Content-Type: media (or octet-stream) -> the bytes are the output; JSON -> parsed, its outputs
    found where the API's record says (else left to `media_bytes`'s search); anything else is a parse error.
    """
    headers = header_map(response)
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    content: bytes | None = None
    parsed: Any = None
    outputs: list[MediaOutput] = []
    pending: list[int] = []
    if content_type.startswith(MEDIA_PREFIXES) or content_type == "application/octet-stream":
        check_complete(response, headers)
        if not response.content:
            raise ResponseParseError(f"empty {content_type} body from {response.request.url}")
        content = response.content
        if api is not None and api.outputs:
            outputs.append(MediaOutput(data=content))
    elif content_type == "application/json" or content_type.endswith("+json"):
        parsed = json_body(response)
        if api is not None and api.outputs:
            outputs, pending = _outputs(api.outputs, parsed, response)
    else:
        raise ResponseParseError(f"unexpected content type {content_type or '(none)'!r} from {response.request.url}")
    provider = session.provider
    seed = _number(headers.get((provider.header_seed or "").lower()), int)
    if seed is None and api is not None and api.seed_field:
        seed = _number(dig(parsed, api.seed_field), int)
    result = GenerationResult(
        content=content,
        content_type=content_type or None,
        json=parsed,
        headers=response.headers,
        request_id=request_id(session, response, parsed, headers),
        remaining_credits=_number(headers.get((provider.header_remaining_credits or "").lower()), float),
        seed=seed,
        outputs=tuple(outputs),
        finish_reason=None if api is None else _finish_reason(api, parsed, headers),
        http_response=sealed(response, session.api_key),
    )
    return result, tuple(pending)


def _outputs(
    fields: tuple[OutputField, ...], body: Any, response: httpx.Response
) -> tuple[list[MediaOutput], list[int]]:
    """The outputs at the first field the answer holds: base64 decoded, data: URIs decoded, URLs left to fetch
    (their indexes are returned). Each keeps the other keys of the JSON object that held it."""
    for field in fields:
        found = _located(body, field.path)
        if not found:
            continue
        outputs: list[MediaOutput] = []
        pending: list[int] = []
        for i, (value, holder) in enumerate(found):
            if not isinstance(value, str) or not value:
                raise ResponseParseError(
                    f"the output at {field.path} from {response.request.url} is {type(value).__name__}, not text"
                )
            what = f"the output at {field.path}"
            if field.encoding == "base64":
                outputs.append(MediaOutput(data=decode_base64(value, what), fields=holder))
            elif value.startswith("data:"):
                outputs.append(MediaOutput(data=decode_data_uri(value), url=None, fields=holder))
            else:
                outputs.append(MediaOutput(data=b"", url=value, fields=holder))
                pending.append(i)
        return outputs, pending
    places = ", ".join(field.path for field in fields)
    raise ResponseParseError(f"no output in the answer from {response.request.url} (looked at {places})")


def _located(body: Any, path: str) -> list[tuple[object, dict[str, Any]]]:
    """Each value at `path` with the other keys of the object holding it (for `data[].b64_json`: each item of
    `data` less `b64_json`)."""
    parent, _, last = path.rpartition(".")
    if last.endswith("[]"):
        return [(value, {}) for value in dig_all(body, path)]
    holders = dig_all(body, parent) if parent else [body]
    found: list[tuple[object, dict[str, Any]]] = []
    for holder in holders:
        if not isinstance(holder, dict):
            continue
        rest = {key: value for key, value in holder.items() if key != last}
        found.extend((value, rest) for value in dig_all(holder, last))
    return found


def _fetched(
    session: Session,
    result: GenerationResult,
    pending: tuple[int, ...],
    call: Call,
    *,
    until: float | None,
) -> Flow[GenerationResult]:
    """The result with every URL output fetched (the key goes only to the provider's own host). A failure
    names the generation's request id and every output URL: the generation itself succeeded."""
    outputs = list(result.outputs)
    for index in pending:
        url = outputs[index].url
        assert url is not None
        try:
            data = yield from download(session, url, call, until=until)
        except APIError as error:
            urls = tuple(output.url for output in outputs if output.url)
            raise error.unfetched(urls, result.request_id) from error.__cause__
        outputs[index] = replace(outputs[index], data=data)
    return replace(result, outputs=tuple(outputs))


def _finish_reason(api: DirectInfo, body: Any, headers: Mapping[str, str]) -> str | None:
    if api.finish_reason_field is not None:
        value = dig(body, api.finish_reason_field)
        if isinstance(value, str):
            return value
    if api.finish_reason_header is not None:
        return headers.get(api.finish_reason_header.lower())
    return None


def _number(value: object, kind: type[float] | type[int]) -> Any:
    """A header's text or a JSON number as `kind`; None for anything else."""
    if isinstance(value, str):
        value = value.strip()
    elif not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        return kind(value)
    except (ValueError, OverflowError):
        return None
