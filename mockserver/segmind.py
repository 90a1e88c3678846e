"""Segmind style: one POST per model with a flat JSON body; the answer is the image itself or JSON."""

from __future__ import annotations

import base64
import secrets
from typing import Any

from starlette.responses import JSONResponse, Response

from generator import ir

from .config import MockConfig, SegmindBody
from .media import mp4_bytes, png_bytes
from .routing import Call, Endpoint, Limit, fixed
from .state import MockState
from .validation import RequestValidator, summary

RESPONSE_HEADER = "x-mock-response"  # per request: json or bytes


def _seed_used(body: dict[str, Any]) -> int:
    """The seed sent; -1 or nothing means a random one (a seed shown on a model page is only an example)."""
    value = body.get("seed")
    if isinstance(value, int) and not isinstance(value, bool) and value != -1:
        return value
    return secrets.randbelow(2**31)


def _credits_text(credits: float) -> str:
    return f"{credits:.4f}".rstrip("0").rstrip(".")


class SegmindModel:
    def __init__(self, config: MockConfig, state: MockState, provider: ir.Provider, model: ir.Model) -> None:
        self.config = config
        self.state = state
        self.provider = provider
        self.model = model
        self.validator = RequestValidator(model)

    def body_mode(self, call: Call) -> SegmindBody | None:
        asked = call.request.headers.get(RESPONSE_HEADER, "").strip().lower()
        if asked in ("json", "bytes"):
            return "json" if asked == "json" else "bytes"
        if asked:
            return None
        if self.model.model_id in self.config.segmind_body_by_model:
            return self.config.segmind_body_by_model[self.model.model_id]
        return "json" if self.model.output.body == "json" else self.config.segmind_body

    async def generate(self, call: Call) -> Response:
        mode = self.body_mode(call)
        if mode is None:
            return call.error(400, f"{RESPONSE_HEADER} must be json or bytes")
        try:
            body = call.json()
        except ValueError:
            return call.error(400, "The request body is not valid JSON")
        problems = self.validator.problems(body)
        if problems:
            return call.error(400, summary(problems))
        seed = _seed_used(body)
        cost = self.model.cost.usd if self.model.cost is not None else self.config.credit_cost
        left = self.state.spend(cost)
        if left is None:
            return call.error(406, "Insufficient credits")
        names = self.provider.response_headers
        headers: dict[str, str] = {}
        if names.remaining_credits:
            headers[names.remaining_credits] = _credits_text(left)
        if names.seed:
            headers[names.seed] = str(seed)
        if self.model.output.media == "video":
            data, media_type, key = mp4_bytes(seed), "video/mp4", "video"
        else:
            width, height = self.config.image_size
            data, media_type, key = png_bytes(seed, width=width, height=height), "image/png", "image"
        if mode == "json":
            return JSONResponse({key: base64.b64encode(data).decode("ascii"), "status": "Success"}, headers=headers)
        return Response(data, media_type=media_type, headers=headers)


def endpoints(config: MockConfig, state: MockState, provider: ir.Provider) -> list[Endpoint]:
    account = config.account_limit(provider)
    result: list[Endpoint] = []
    for model in provider.models:
        route = f"{provider.id}:{model.model_id}"
        if model.rate_limit is not None:
            limit = Limit(route, model.rate_limit)
        else:  # Segmind's plan limits apply per account, across models
            limit = Limit(f"{provider.id}:account", account)
        handler = SegmindModel(config, state, provider, model)
        result.append(
            Endpoint(provider, provider.default_api.model_path(model), frozenset({"POST"}), "generate", handler.generate, fixed(route, limit))
        )
    return result
