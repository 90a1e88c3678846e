"""What client calls return: generation results, prediction handles and statuses, uploaded files."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .errors import ResponseParseError

_IMAGE_KEYS = ("image", "images", "output", "data", "result")


@dataclass(frozen=True, slots=True, kw_only=True)
class GenerationResult:
    """A Segmind-style answer: raw media bytes, or a JSON body (`json`) when the provider answered JSON."""

    content: bytes | None
    content_type: str | None
    json: Any
    headers: httpx.Headers = field(repr=False)
    request_id: str | None
    remaining_credits: float | None
    seed: int | None

    def media_bytes(self) -> bytes:
        """The media: the body itself, or a base64 image found in a JSON body under a common key."""
        if self.content is not None:
            return self.content
        return _decode_media(self.json)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the media to `path` and return it as a Path."""
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
    encoded = candidate.split(",", 1)[1] if candidate.startswith("data:") else candidate
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ResponseParseError("the JSON result's image is not valid base64") from None


@dataclass(frozen=True, slots=True, kw_only=True)
class PredictionStatus:
    """One status report: `status` as the provider spells it, plus its message, error and output URL."""

    id: str | None
    status: str
    message: str | None
    error: str | None
    generation_url: str | None
    raw: Any = field(repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prediction:
    """A created prediction: wait for it with `predictions.wait(prediction)`.

    `finished` holds the final status when Try-Sync finished the job in the create call (then `id` may be None).
    """

    id: str | None
    model: str | None
    get_url: str | None
    input: Any
    finished: PredictionStatus | None
    raw: Any = field(repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PredictionResult:
    """A finished prediction; `generation_url` is absolute. `download()` fetches the output."""

    id: str | None
    status: str
    generation_url: str
    raw: Any = field(repr=False)
    _download: Callable[[str], bytes] = field(repr=False, compare=False)

    def download(self) -> bytes:
        return self._download(self.generation_url)

    def save(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path)
        target.write_bytes(self.download())
        return target


@dataclass(frozen=True, slots=True, kw_only=True)
class AsyncPredictionResult:
    """A finished prediction from an async client: `await result.download()` / `await result.save(path)`."""

    id: str | None
    status: str
    generation_url: str
    raw: Any = field(repr=False)
    _download: Callable[[str], Awaitable[bytes]] = field(repr=False, compare=False)

    async def download(self) -> bytes:
        return await self._download(self.generation_url)

    async def save(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path)
        target.write_bytes(await self.download())
        return target


@dataclass(frozen=True, slots=True, kw_only=True)
class UploadedFile:
    """A file uploaded to the provider; pass `url` as an image parameter."""

    id: str | None
    url: str
    raw: Any = field(repr=False)
