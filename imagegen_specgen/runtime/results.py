"""What client calls return: generation results, prediction handles and statuses, uploaded files."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

from .errors import ResponseParseError

_IMAGE_KEYS = ("image", "images", "output", "data", "result")


@dataclass(frozen=True, slots=True, kw_only=True)
class MediaOutput:
    """One output of a generation: its media bytes; the URL it was downloaded from (None when the answer held
    the media itself); and the other fields of the JSON object that held it, such as a revised prompt."""

    data: bytes = field(repr=False)
    url: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the media to `path` and return it as a Path."""
        target = Path(path)
        target.write_bytes(self.data)
        return target


@dataclass(frozen=True, slots=True, kw_only=True)
class GenerationResult:
    """A direct API's answer: raw media bytes, or a JSON body (`json`) when the provider answered JSON.

    `outputs` holds every output, in the answer's order, with its bytes (URL outputs are fetched during the
    call); `finish_reason` is the provider's word for how the generation ended, where it reports one.
    `http_response` is the generation request's answer as it came (status, headers, body; its request without
    the key), for what the spec does not parse.
    """

    content: bytes | None
    content_type: str | None
    json: Any
    headers: httpx.Headers = field(repr=False)
    request_id: str | None
    remaining_credits: float | None
    seed: int | None
    outputs: tuple[MediaOutput, ...] = ()
    finish_reason: str | None = None
    http_response: httpx.Response = field(repr=False, compare=False)

    def media_bytes(self) -> bytes:
        """The (first) output's media: the body itself, the first output the spec locates in a JSON answer,
        or else a base64 image found in a JSON body under a common key."""
        if self.outputs:
            return self.outputs[0].data
        if self.content is not None:
            return self.content
        return _decode_media(self.json)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the (first) output's media to `path` and return it as a Path; `outputs[i].save` for others."""
        target = Path(path)
        target.write_bytes(self.media_bytes())
        return target


def _decode_media(body: object) -> bytes:
    candidate: object = None
    if isinstance(body, dict):
        for key in _IMAGE_KEYS:
            if key in body:
                candidate = body[key]
                break
    if isinstance(candidate, list) and candidate:
        candidate = candidate[0]
    if not isinstance(candidate, str) or not candidate:
        keys = sorted(body) if isinstance(body, dict) else type(body).__name__
        raise ResponseParseError(
            f"no base64 image in the JSON result (looked for {', '.join(_IMAGE_KEYS)}; got {keys})"
        )
    if candidate.startswith(("http://", "https://")):
        raise ResponseParseError(f"the JSON result holds a URL, not image data; download it: {candidate}")
    return decode_base64(candidate, "the JSON result's image")


def decode_base64(text: str, what: str) -> bytes:
    """Base64 media (or a base64 data: URI); ResponseParseError naming `what` when it is not valid base64."""
    encoded = text.split(",", 1)[1] if text.startswith("data:") else text
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ResponseParseError(f"{what} is not valid base64") from None
    if not data:
        raise ResponseParseError(f"{what} is empty")
    return data


Phase = Literal["pending", "succeeded", "failed", "canceled", "aborted", "unknown"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PredictionStatus:
    """One status report: `status` as the provider spells it, `phase` what it means, and the output so far."""

    id: str | None
    status: str
    phase: Phase
    message: str | None
    error: str | None
    output: Any = field(repr=False)
    raw: Any = field(repr=False)
    elapsed: float | None = None  # seconds since the call began, when reported to on_progress
    http_response: httpx.Response | None = field(default=None, repr=False, compare=False)  # the answer it came in


@dataclass(frozen=True, slots=True, kw_only=True)
class Prediction:
    """A submitted prediction: wait for it with `predictions.wait(prediction)`, cancel it with
    `predictions.cancel(prediction)`. The URLs are the ones the provider's answer gave, if any.

    `finished` holds the final status when the server's hold finished the job in the submit call; `model` is
    the model id it was submitted for (some APIs need it to follow a prediction); `http_response` the submit's
    answer as it came (None for a handle made from an id).
    """

    id: str | None
    status_url: str | None
    result_url: str | None
    cancel_url: str | None
    finished: PredictionStatus | None
    raw: Any = field(repr=False)
    model: str | None = None
    http_response: httpx.Response | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PredictionResult:
    """A finished prediction. `output_url` is its (first) output, absolute or a data: URI; `outputs` all of them.
    `download()` fetches the output; `save(path)` writes it to a file.

    `http_response` is the answer the outputs were read from, as it came (the final status, the result, or the
    submit when the server's hold finished the job); `submit_response` the submit's answer (None when
    `predictions.wait` was given an id or an error rather than the Prediction). Their requests hold no key.
    """

    id: str | None
    status: str
    output_url: str
    outputs: tuple[str, ...]
    raw: Any = field(repr=False)
    http_response: httpx.Response = field(repr=False, compare=False)
    submit_response: httpx.Response | None = field(default=None, repr=False, compare=False)
    _download: Callable[[str], bytes] = field(repr=False, compare=False)
    _save: Callable[[str, Path], Path] = field(repr=False, compare=False)

    def download(self) -> bytes:
        """The output's bytes, in memory; for a large output (video) prefer `save`."""
        return self._download(self.output_url)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the output to `path` as it arrives, in constant memory; the file appears once complete."""
        return self._save(self.output_url, Path(path))


@dataclass(frozen=True, slots=True, kw_only=True)
class AsyncPredictionResult:
    """A finished prediction from an async client: `await result.download()` / `await result.save(path)`;
    `http_response` and `submit_response` as on PredictionResult."""

    id: str | None
    status: str
    output_url: str
    outputs: tuple[str, ...]
    raw: Any = field(repr=False)
    http_response: httpx.Response = field(repr=False, compare=False)
    submit_response: httpx.Response | None = field(default=None, repr=False, compare=False)
    _download: Callable[[str], Awaitable[bytes]] = field(repr=False, compare=False)
    _save: Callable[[str, Path], Awaitable[Path]] = field(repr=False, compare=False)

    async def download(self) -> bytes:
        """The output's bytes, in memory; for a large output (video) prefer `save`."""
        return await self._download(self.output_url)

    async def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the output to `path` as it arrives, in constant memory, with the writes off the event loop."""
        return await self._save(self.output_url, Path(path))


@dataclass(frozen=True, slots=True, kw_only=True)
class UploadedFile:
    """A file uploaded to the provider; pass `url` as an image parameter."""

    id: str | None
    url: str
    raw: Any = field(repr=False)
