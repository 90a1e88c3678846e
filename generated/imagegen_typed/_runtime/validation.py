"""Checking a call's arguments against its request model before anything is sent.

Every problem of one call is collected and raised together as one InvalidParameterError, each naming the
Python parameter, the value given and what is allowed. Local files in upload-capable parameters are replaced
by a placeholder URL for validation and listed as pending uploads; the client uploads them afterwards. Files
of file parameters (sent as multipart file parts) are replaced by a placeholder text and listed likewise.
"""

from __future__ import annotations

import difflib
import math
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from .constraints import BY_KEY, BY_PYDANTIC_ERROR
from .credentials import Secret
from .endpoints import EndpointInfo, ParamInfo
from .errors import InvalidParameterError
from .options import FileInput, NotGiven
from .uploads import PLACEHOLDER_URL, is_local_file, is_url

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

# Exclusive bounds are no kind of the spec format (see constraints.py), but pydantic reports them like its bounds.
_EXCLUSIVE = {"greater_than": (">", "gt"), "less_than": ("<", "lt")}
# A secret is a pydantic SecretStr, whose length pydantic reports as a list's: read as the text's length.
_SECRET_LENGTH = {"too_short": "min_length", "too_long": "max_length"}


@dataclass(frozen=True, slots=True)
class PendingUpload:
    """A local file to upload; its URL goes to `body[wire]` (or `body[wire][index]` for a list)."""

    wire: str
    index: int | None
    file: FileInput


PLACEHOLDER_FILE = "<file>"  # what the request model sees of a file parameter's file


@dataclass(frozen=True, slots=True)
class ValidatedRequest:
    """The body to send (file parameters hold PLACEHOLDER_FILE), the local files to upload first (`uploads`)
    and the files to send as multipart file parts (`files`)."""

    body: dict[str, Any]
    uploads: tuple[PendingUpload, ...]
    files: tuple[PendingUpload, ...] = ()


@dataclass(frozen=True, slots=True)
class _Checks:
    """What `validate` needs of an endpoint, worked out on its first call."""

    params: dict[str, ParamInfo]
    order: dict[str, int]
    conditional: tuple[ParamInfo, ...]
    uploads: tuple[ParamInfo, ...]
    secrets: tuple[str, ...]  # wire names
    files: tuple[ParamInfo, ...] = ()


_checks: dict[int, tuple[EndpointInfo, _Checks]] = {}  # by id: records hash all their fields, slowly


def _checks_of(endpoint: EndpointInfo) -> _Checks:
    known = _checks.get(id(endpoint))
    if known is not None and known[0] is endpoint:
        return known[1]
    params = {p.wire: p for p in endpoint.params}
    checks = _Checks(
        params=params,
        order={wire: i for i, wire in enumerate(params)},
        conditional=tuple(p for p in endpoint.params if p.relevant_when is not None),
        uploads=tuple(p for p in endpoint.params if p.upload is not None),
        secrets=tuple(p.wire for p in endpoint.params if p.secret),
        files=tuple(p for p in endpoint.params if p.file is not None),
    )
    if len(_checks) >= 4096:  # endpoints built on the fly (tests, `run`-like callers): keep the memo bounded
        _checks.clear()
    _checks[id(endpoint)] = (endpoint, checks)  # holding the endpoint keeps its id from being reused
    return checks


def validate(
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    *,
    upload_host: str | None,
) -> ValidatedRequest:
    """The JSON body for `values` (keyed by wire name), or InvalidParameterError.

    A value that is NOT_GIVEN (or None) is not sent: the provider applies its own documented default.
    A value the caller gives is sent, even when it equals that default.
    `upload_host` names the provider that can take local files (None: only URLs are accepted).
    """
    checks = _checks_of(endpoint)
    params, order = checks.params, checks.order
    problems: list[tuple[int, str]] = []
    data = {wire: value for wire, value in values.items() if value is not None and not isinstance(value, NotGiven)}
    non_finite = _non_finite(params, data)
    if non_finite:
        problems.extend((order.get(wire, len(order)), text) for wire, text in non_finite.items())
    omitted = (
        _irrelevant(params, checks.conditional, data, lambda wire, text: problems.append((order[wire], text)))
        if checks.conditional
        else ()
    )
    secrets = _held_for_validation(checks.secrets, data) if checks.secrets else {}
    uploads: list[PendingUpload] = []
    for param in checks.uploads:
        if param.wire in data:
            data[param.wire] = _take_uploads(param, data[param.wire], upload_host, uploads, problems, order)
    files: list[PendingUpload] = []
    for param in checks.files:
        if param.wire in data:
            data[param.wire] = _take_files(param, data[param.wire], files, problems, order)
    try:
        # The model's own validator and serializer, as model_validate/model_dump call them, less their wrappers.
        instance = model.__pydantic_validator__.validate_python(data)
    except ValidationError as error:
        for details in error.errors():
            wire = str(details["loc"][0]) if details["loc"] else ""
            if wire in non_finite:
                continue  # already reported, more plainly than a bounds error
            problems.append((order.get(wire, len(order)), _describe(details, params, model)))
        instance = None
    if problems:
        problems.sort(key=lambda item: item[0])
        raise InvalidParameterError([text for _, text in problems])
    assert instance is not None
    # Only what the caller set: a default is the provider's to apply, never sent on its behalf.
    body: dict[str, Any] = model.__pydantic_serializer__.to_python(
        instance, by_alias=True, mode="json", exclude_unset=True
    )
    for wire in omitted:
        body.pop(wire, None)
    for wire, secret in secrets.items():
        if wire in body:
            body[wire] = secret  # the request model serializes it masked; the driver fills it in (bodies.py)
    return ValidatedRequest(body, tuple(uploads), tuple(files))


def _held_for_validation(wires: Sequence[str], data: dict[str, object]) -> dict[str, Secret]:
    """The secret arguments in `data`, each replaced there by the pydantic SecretStr its request model field
    takes (a repr shows neither in clear)."""
    from pydantic import SecretStr

    found = {}
    for wire in wires:
        value = data.get(wire)
        if isinstance(value, str):  # passed to _generate without the generated method's wrapping
            value = Secret(value)
        if isinstance(value, Secret):
            found[wire] = value
            data[wire] = SecretStr(value.reveal())
    return found


def _non_finite(params: Mapping[str, ParamInfo], data: Mapping[str, object]) -> dict[str, str]:
    """A problem for each parameter holding NaN or an infinity: JSON cannot carry them, no provider takes them."""
    found = {}
    for wire, value in data.items():
        if isinstance(value, float):
            items: Sequence[tuple[int | None, object]] = [(None, value)]
        elif isinstance(value, (list, tuple)):
            items = list(enumerate(value))
        else:
            continue
        for index, item in items:
            if isinstance(item, float) and not math.isfinite(item):
                name = params[wire].name if wire in params else wire
                label = name if index is None else f"{name}[{index}]"
                found[wire] = f"{label}={item!r} is not allowed: numbers must be finite (no NaN or infinity)"
                break
    return found


def with_uploaded(body: Mapping[str, Any], uploads: Sequence[PendingUpload], urls: Sequence[str]) -> dict[str, Any]:
    """`body` with each pending upload's placeholder replaced by the URL it was uploaded to."""
    result = {key: list(value) if isinstance(value, list) else value for key, value in body.items()}
    for upload, url in zip(uploads, urls, strict=True):
        if upload.index is None:
            result[upload.wire] = url
        else:
            result[upload.wire][upload.index] = url
    return result


def _irrelevant(
    params: Mapping[str, ParamInfo],
    conditional: Sequence[ParamInfo],
    data: dict[str, object],
    report: Callable[[str, str], object],
) -> list[str]:
    """Wire names to leave out because their condition does not hold; reports those set to a non-default.

    A condition on a parameter the caller left out is judged by its documented default: what the provider applies.
    """
    omitted = []
    for param in conditional:
        wire, condition = param.wire, param.relevant_when
        if condition is None or wire not in data:
            continue
        other = params.get(condition.parameter)
        actual = data.get(condition.parameter, other.default if other is not None and other.has_default else None)
        if actual in condition.values:
            continue
        value = data[wire]
        if param.has_default and _same(value, param.default):
            omitted.append(wire)
            continue
        other_name = other.name if other is not None else condition.parameter
        expected = " or ".join(repr(v) for v in condition.values)
        report(
            wire,
            f"{param.name}={_show(value)} only applies when {other_name} is {expected} "
            f"(got {other_name}={_show(actual)})",
        )
    return omitted


def _take_uploads(
    param: ParamInfo,
    value: object,
    upload_host: str | None,
    uploads: list[PendingUpload],
    problems: list[tuple[int, str]],
    order: Mapping[str, int],
) -> object:
    def take(item: object, index: int | None) -> object:
        if not is_local_file(item):
            return item
        if upload_host is None:
            label = param.name if index is None else f"{param.name}[{index}]"
            problems.append(
                (
                    order[param.wire],
                    f"{label}={_show(item)} is not an http(s) URL; this provider cannot "
                    "take local files or bytes, so upload the file somewhere and pass "
                    "its URL",
                )
            )
            return PLACEHOLDER_URL
        uploads.append(PendingUpload(param.wire, index, item))
        return PLACEHOLDER_URL

    if param.upload == "many" and isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [take(item, i) for i, item in enumerate(value)]
    if param.upload == "one":
        return take(value, None)
    return value


def _take_files(
    param: ParamInfo,
    value: object,
    files: list[PendingUpload],
    problems: list[tuple[int, str]],
    order: Mapping[str, int],
) -> object:
    """The placeholder(s) standing for a file parameter's file(s), each listed in `files`; a problem for a
    value that is not a local file (a URL, a number): the parameter takes the file itself."""

    def take(item: object, index: int | None) -> object:
        label = param.name if index is None else f"{param.name}[{index}]"
        if is_local_file(item):
            files.append(PendingUpload(param.wire, index, item))
        elif is_url(item):
            what = f"is a URL; {param.name} takes a file itself"
            problems.append((order[param.wire], f"{label}={_show(item)} {what}: a path, bytes or an open binary file"))
        else:
            problems.append(
                (order[param.wire], f"{label}={_show(item)} is not a file: pass a path, bytes or an open binary file")
            )
        return PLACEHOLDER_FILE

    single = isinstance(value, (str, bytes, bytearray)) or not isinstance(value, Sequence)
    if param.file == "many" and not single:
        assert isinstance(value, Sequence)
        return [take(item, i) for i, item in enumerate(value)]
    if param.file == "many":  # one file where a list is taken: a list of one
        return [take(value, 0)]
    return take(value, None)


def _describe(details: ErrorDetails, params: Mapping[str, ParamInfo], model: type[BaseModel]) -> str:
    loc = details["loc"]
    wire = str(loc[0]) if loc else ""
    kind = details["type"]
    if kind == "extra_forbidden":
        known = [p.name for p in params.values()]
        near = difflib.get_close_matches(wire, known, n=1)
        return f"unexpected parameter {wire!r}" + (f"; did you mean {near[0]!r}?" if near else "")
    param = params.get(wire)
    name = (param.name if param else wire) + "".join(f"[{part}]" for part in loc[1:])
    if kind == "missing":
        return f"{name} is required"
    value = details.get("input")
    ctx = details.get("ctx", {})
    shown = f"{name}={_show(value)}"
    if kind == "literal_error":  # the allowed values are the model's Literal, not pydantic's context
        allowed = _literal_values(model, wire)
        text = BY_KEY["enum"].client_text.format(shown=shown, allowed=", ".join(repr(v) for v in allowed))
        near = difflib.get_close_matches(str(value), [str(v) for v in allowed], n=1, cutoff=0.5)
        return text + (f"; did you mean {next(v for v in allowed if str(v) == near[0])!r}?" if near else "")
    if kind in _EXCLUSIVE:
        symbol, key = _EXCLUSIVE[kind]
        return f"{shown} is out of range: must be {symbol} {ctx.get(key)}"
    constraint = BY_PYDANTIC_ERROR.get(kind)
    if param is not None and param.secret and kind in _SECRET_LENGTH:
        constraint = BY_KEY[_SECRET_LENGTH[kind]]
    if constraint is not None:
        bound = ctx.get(constraint.pydantic[1])
        got = ctx["actual_length"] if "actual_length" in ctx else len(value) if isinstance(value, str) else "?"
        return constraint.client_text.format(name=name, shown=shown, bound=bound, got=got, s="" if bound == 1 else "s")
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        return f"{shown} is not an http(s) URL" if "http" in pattern else f"{shown} does not match {pattern!r}"
    message = str(details["msg"])
    return f"{shown} is not allowed: {message[:1].lower()}{message[1:]}"


def _literal_values(model: type[BaseModel], wire: str) -> tuple[object, ...]:
    for field_name, field in model.model_fields.items():
        if field.alias == wire or field_name == wire:
            return _literals(field.annotation)
    return ()


def _literals(annotation: object) -> tuple[object, ...]:
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    found: tuple[object, ...] = ()
    for arg in typing.get_args(annotation):
        found += _literals(arg)
    return found


def _same(value: object, default: object) -> bool:
    return type(value) is type(default) and value == default


def _show(value: object) -> str:
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    if hasattr(value, "read"):
        return f"<file {getattr(value, 'name', '?')}>"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
