"""Protocol `direct`: one POST per model with the inputs as the body; the answer is the media itself or JSON."""

from __future__ import annotations

import base64
import secrets
from typing import Any

from starlette.responses import JSONResponse, Response

from ...parser import ir
from ..config import DirectBody, MockConfig
from ..media import mp4_bytes, png_bytes
from ..routing import Call, Endpoint, Limit, fixed
from ..state import MockState
from ..validation import RequestValidator, summary
from .common import credits_refusal, credits_text, route_scope

RESPONSE_HEADER = "x-mock-response"  # per request: json or bytes


def _seed_used(body: dict[str, Any]) -> int:
    """The seed sent; -1 or nothing means a random one (a seed shown on a model page is only an example)."""
    value = body.get("seed")
    if isinstance(value, int) and not isinstance(value, bool) and value != -1:
        return value
    return secrets.randbelow(2**31)


class DirectModel:
    def __init__(self, config: MockConfig, state: MockState, provider: ir.Provider, model: ir.Model) -> None:
        self.config = config
        self.state = state
        self.provider = provider
        self.model = model
        self.validator = RequestValidator(model)

    def body_mode(self, call: Call) -> DirectBody | None:
        asked = call.request.headers.get(RESPONSE_HEADER, "").strip().lower()
        if asked in ("json", "bytes"):
            return "json" if asked == "json" else "bytes"
        if asked:
            return None
        if self.model.model_id in self.config.direct_body_by_model:
            return self.config.direct_body_by_model[self.model.model_id]
        return "json" if self.model.output.body == "json" else self.config.direct_body

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
            return call.error(credits_refusal(self.provider), "Insufficient credits")
        names = self.provider.response_headers
        headers: dict[str, str] = {}
        if names.remaining_credits:
            headers[names.remaining_credits] = credits_text(left)
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


def endpoints(config: MockConfig, state: MockState, provider: ir.Provider, api: ir.DirectAPI) -> list[Endpoint]:
    """One route per model the API serves, at the model's path."""
    scope = route_scope(provider, api)
    account = config.account_limit(provider, api)
    result: list[Endpoint] = []
    for model in provider.models_of(api):
        route = f"{scope}:{model.model_id}"
        # A model's own limit, else the account's, shared across the provider's models.
        limit = Limit(route, model.rate_limit) if model.rate_limit else Limit(f"{provider.id}:account", account)
        handler = DirectModel(config, state, provider, model)
        result.append(
            Endpoint(
                provider, api.model_path(model), frozenset({"POST"}), "generate", handler.generate, fixed(route, limit)
            )
        )
    return result
