"""Downloading an output URL (absolute, relative to the base URL, or a data: URI) as a flow."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from urllib.parse import unquote_to_bytes

import httpx

from .config import Session
from .endpoints import RateLimit
from .errors import ResponseParseError
from .exchange import fetch
from .flow import Flow, RequestSpec, blocking
from .options import Call
from .responses import check_complete


def download(
    session: Session,
    url: str,
    call: Call,
    *,
    until: float | None = None,
    limit: tuple[str, RateLimit] | None = None,
) -> Flow[bytes]:
    """The bytes at `url`. The API key goes only to the provider's own host (see exchange.py).

    `limit` is the rate limit of the provider's delivery endpoint, when `url` is on it.
    """
    if url.startswith("data:"):
        return decode_data_uri(url)
    spec = RequestSpec(method="GET", url=session.url(url), timeout=session.timeout_for("other", call.timeout))

    def complete(response: httpx.Response) -> bytes:
        check_complete(response)
        return response.content

    return (
        yield from fetch(
            session,
            spec,
            complete,
            max_retries=call.max_retries,
            budget=session.budget_for("transfer", call.timeout),
            until=until,
            limit_key=None if limit is None else limit[0],
            limit=None if limit is None else limit[1],
        )
    )


def save(
    session: Session,
    url: str,
    target: Path,
    call: Call,
    *,
    limit: tuple[str, RateLimit] | None = None,
) -> Flow[Path]:
    """Write the output at `url` to `target` as it arrives, in constant memory; a short body is retried.

    The file appears under its name only once complete (see flow.py's _Partial).
    """
    if url.startswith("data:"):
        data = decode_data_uri(url)
        yield from blocking(lambda: target.write_bytes(data))
        return target
    spec = RequestSpec(
        method="GET", url=session.url(url), timeout=session.timeout_for("other", call.timeout), save_to=target
    )

    def complete(response: httpx.Response) -> Path:
        if not response.extensions.get("saved"):
            size = response.extensions.get("saved_bytes", 0)
            raise ResponseParseError(
                f"truncated download from {response.request.url}: got {size} of "
                f"{response.headers.get('content-length')} bytes",
                request=response.request,
            )
        return target

    return (
        yield from fetch(
            session,
            spec,
            complete,
            max_retries=call.max_retries,
            budget=session.budget_for("transfer", call.timeout),
            limit_key=None if limit is None else limit[0],
            limit=None if limit is None else limit[1],
        )
    )


def decode_data_uri(url: str) -> bytes:
    """The bytes of a data: URI output (a server's hold may answer with the media inline)."""
    header, _, data = url.partition(",")
    try:
        return base64.b64decode(data, validate=True) if header.endswith(";base64") else unquote_to_bytes(data)
    except (binascii.Error, ValueError):
        raise ResponseParseError("the output's data: URI is not valid base64") from None
