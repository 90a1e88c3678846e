"""Downloading an output URL (absolute, or relative to the base URL) as a flow."""

from __future__ import annotations

import httpx

from .config import Session, TimeoutArg
from .exchange import fetch
from .flow import Flow, RequestSpec
from .responses import check_complete


def download(
    session: Session, url: str, *, timeout: TimeoutArg, max_retries: int, until: float | None = None
) -> Flow[bytes]:
    """The bytes at `url`. The API key goes only to the provider's own host (see exchange.py)."""
    target = session.url(url)
    predictions = session.provider.predictions
    limit_key, limit = None, None
    if predictions is not None and session.is_own_host(target):
        prefix = predictions.delivery_path.split("{", 1)[0]
        if target.path.startswith(prefix):
            limit_key, limit = "delivery", predictions.delivery_rate_limit
    spec = RequestSpec(method="GET", url=target, timeout=session.timeout_for("other", timeout))

    def complete(response: httpx.Response) -> bytes:
        check_complete(response)
        return response.content

    return (
        yield from fetch(
            session,
            spec,
            complete,
            max_retries=max_retries,
            budget=session.budget_for("transfer", timeout),
            until=until,
            limit_key=limit_key,
            limit=limit,
        )
    )
